package org.stanceline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.stanceline.kernel.DatePrecision;
import org.stanceline.similarity.Neighbour;
import org.stanceline.similarity.SimilarityJudge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ingest pipeline in plain Java: normalize → segment → find speaker mentions → extract → attribute
 * → date → topic → code. Built from a {@link Gazetteer}, the topics and the {@link Lexicon}; holds no
 * state between runs, so one instance serves concurrent requests.
 */
public final class IngestPipeline {

    /** What the analyst supplied with the text; every field may be null. */
    public record Metadata(String title, LocalDate publishedOn, DatePrecision precision) {
        public static final Metadata NONE = new Metadata(null, null, null);
    }

    /**
     * A proposed statement; {@code speaker} null means {@code newSpeaker} (not in the gazetteer) said it.
     * {@code alternatives} are the other speaker / topic readings of the same span, best first, for the
     * reviewer to pick from ("speaker-key/topic stance"); one span is proposed once. {@code neighbours}: the
     * confirmed statements that voted on its topic (and stance, where the rules had no cue), closest first.
     */
    public record Proposed(int start, int end, String quote, boolean verbatim, String speaker,
                           SpeakerAttributor.NewSpeaker newSpeaker, String actor, String topic, LocalDate saidOn,
                           DatePrecision precision, String dateNote, int stance, int intensity, List<String> cues,
                           double confidence, String note, List<String> alternatives, List<Neighbour> neighbours) {
        public Proposed(int start, int end, String quote, boolean verbatim, String speaker,
                        SpeakerAttributor.NewSpeaker newSpeaker, String actor, String topic, LocalDate saidOn,
                        DatePrecision precision, String dateNote, int stance, int intensity, List<String> cues,
                        double confidence, String note, List<String> alternatives) {
            this(start, end, quote, verbatim, speaker, newSpeaker, actor, topic, saidOn, precision, dateNote, stance,
                    intensity, cues, confidence, note, alternatives, List.of());
        }

        public Proposed(int start, int end, String quote, boolean verbatim, String speaker,
                        SpeakerAttributor.NewSpeaker newSpeaker, String actor, String topic, LocalDate saidOn,
                        DatePrecision precision, String dateNote, int stance, int intensity, List<String> cues,
                        double confidence, String note) {
            this(start, end, quote, verbatim, speaker, newSpeaker, actor, topic, saidOn, precision, dateNote, stance,
                    intensity, cues, confidence, note, List.of());
        }

        public String speakerKey() {
            return speaker != null ? speaker : newSpeaker.key();
        }

        String reading() {
            return speakerKey() + "/" + topic + " " + (stance > 0 ? "+" : "") + stance;
        }
    }

    public record Result(IngestNormalizer.NormalizedText normalized, DateResolver.Dated published, List<Proposed> statements) {
        public String text() {
            return normalized.text();
        }
    }

    private final Gazetteer gazetteer;
    private final TopicClassifier topics;
    private final StanceCoder coder;
    private final SpeakerAttributor attributor;
    private final LearnedReading learned;
    private final CandidateSpans candidateSpans;
    private final List<TopicClassifier.TopicEntry> topicEntries;
    private final Lexicon lexicon;

    public IngestPipeline(Gazetteer gazetteer, List<TopicClassifier.TopicEntry> topics, Lexicon lexicon) {
        this(gazetteer, topics, lexicon, null, 0);
    }

    private IngestPipeline(Gazetteer gazetteer, List<TopicClassifier.TopicEntry> topics, Lexicon lexicon,
                           SimilarityJudge judge, double relevance) {
        this.gazetteer = gazetteer;
        this.topicEntries = topics;
        this.lexicon = lexicon;
        this.topics = new TopicClassifier(topics, lexicon);
        this.coder = new StanceCoder(lexicon);
        this.attributor = new SpeakerAttributor(gazetteer);
        this.candidateSpans = new CandidateSpans(this.topics);
        this.learned = new LearnedReading(judge, topics.stream().map(TopicClassifier.TopicEntry::key)
                .collect(java.util.stream.Collectors.toSet()), relevance);
    }

    /**
     * The same rules with the sentence model's judge beside them; {@code relevance}: how close (cosine) a span
     * the rules file under no topic must be to a topic's seeds or confirmed statements to be proposed at all.
     */
    public IngestPipeline withJudge(SimilarityJudge judge, double relevance) {
        return new IngestPipeline(gazetteer, topicEntries, lexicon, judge, relevance);
    }

    /** A pipeline over a data folder (speakers.json, actors.json, topics.json): for commands and tests. */
    public static IngestPipeline fromDataDir(Path dataDir) {
        try {
            List<TopicClassifier.TopicEntry> topics = new ArrayList<>();
            for (JsonNode n : new ObjectMapper().readTree(dataDir.resolve("topics.json").toFile())) {
                topics.add(new TopicClassifier.TopicEntry(n.path("key").asText(), n.path("question").asText(),
                        n.path("description").asText("")));
            }
            return new IngestPipeline(Gazetteer.fromDataDir(dataDir), topics, Lexicon.standard());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Result run(String raw, Metadata meta) {
        IngestNormalizer.NormalizedText normalized = IngestNormalizer.normalize(raw);
        DateResolver.Dated published = DateResolver.publication(normalized.text(), meta.publishedOn(), meta.precision(),
                normalized.metaDate());
        return new Result(normalized, published, propose(normalized.text(), published));
    }

    /** Statements of an already normalized text. */
    public List<Proposed> propose(String text, DateResolver.Dated published) {
        Segmenter.Segmented doc = Segmenter.segment(text);
        List<Gazetteer.Mention> mentions = gazetteer.mentions(doc);
        List<StatementExtractor.Candidate> candidates = StatementExtractor.extract(doc, mentions);
        List<SpeakerAttributor.Attributed> attributed = attributor.attribute(doc, mentions, candidates);
        List<CandidateSpans.Span> spans = candidateSpans.read(doc, attributed, published);
        // Every span the model will be asked about, embedded in one batch: one call costs far more than a span's share.
        LearnedReading.Vectors vectors = learned.embed(spans.stream().filter(s -> learned.asks(s.topics(),
                !s.topics().isEmpty() && coder.code(s.quote(), s.topics().get(0).key()).stance() != 0))
                .map(CandidateSpans.Span::quote).toList());

        List<Proposed> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CandidateSpans.Span span : spans) {
            StatementExtractor.Candidate c = span.candidate();
            String quote = span.quote();
            List<TopicClassifier.TopicScore> topicScores = span.topics();
            DateResolver.Dated said = span.said();
            List<SpeakerAttributor.Speaker> speakers = span.attributed().speakers();
            LearnedReading.Topics judged = null;
            for (SpeakerAttributor.Speaker speaker : speakers) {
                List<TopicClassifier.TopicScore> speakerTopics = topicScores.isEmpty()
                        ? inherited(out, speaker.key(), c.start()) : topicScores;
                if (judged == null) {
                    // One judgement per span: the first speaker's reading.
                    judged = learned.topics(quote, speakerTopics, !speakerTopics.isEmpty()
                            && coder.code(quote, speakerTopics.get(0).key()).stance() != 0, vectors);
                }
                if (speakerTopics == topicScores || topicScores.isEmpty() && speaker == speakers.get(0)) {
                    speakerTopics = judged.scores();
                }
                for (TopicClassifier.TopicScore topic : speakerTopics) {
                    StanceCoder.Coding ruled = coder.code(quote, topic.key());
                    StanceCoder.Coding coding = learned.stance(ruled, topic.key(), judged);
                    if (!seen.add(c.start() + ":" + c.end() + ":" + speaker.key() + ":" + topic.key())) {
                        continue;
                    }
                    List<String> cues = new ArrayList<>(coding.cues());
                    double confidence = Math.round(Math.min(coding.confidence(), speaker.confidence())
                            * (topic.fromContext() ? 0.8 : 1.0) * (c.verbatim() ? 1.0 : 0.95) * 100) / 100.0;
                    String note = "Proposed by the ingest pipeline: " + (c.verbatim() ? "direct quote" : "reported speech")
                            + " ('" + c.cue() + "'); speaker: " + speaker.method() + "; topic cues: "
                            + String.join(", ", topic.cues()) + (topic.fromContext() ? " (from the paragraph)" : "")
                            + LearnedReading.note(judged, ruled, coding);
                    out.add(new Proposed(c.start(), c.end(), quote, c.verbatim(), speaker.known() == null ? null : speaker.key(),
                            speaker.unknown(), speaker.actor(), topic.key(), said.date(), said.precision(), said.note(),
                            coding.stance(), coding.intensity(), cues.isEmpty() ? List.of(c.cue()) : cues,
                            Math.max(0.05, confidence), note.length() > 2000 ? note.substring(0, 2000) : note, List.of(),
                            judged.neighbours()));
                }
            }
        }
        out.sort(Comparator.comparingInt(Proposed::start).thenComparingInt(Proposed::end));
        return onePerSpan(RemarkDates.leadOccasion(RemarkDates.datelined(RemarkDates.continueDates(out),
                DateResolver.dateline(text, published)), published));
    }

    /**
     * One proposal per span: the first reading (best speaker, then best topic, as attribution and topic
     * detection ranked them) is proposed; the others stay on it as alternatives and in its note, so two
     * reviewers never see the same sentence twice with two speakers or two topics.
     */
    static List<Proposed> onePerSpan(List<Proposed> sorted) {
        java.util.Map<String, List<Proposed>> bySpan = new java.util.LinkedHashMap<>();
        for (Proposed p : sorted) {
            bySpan.computeIfAbsent(p.start() + ":" + p.end(), k -> new ArrayList<>()).add(p);
        }
        List<Proposed> out = new ArrayList<>(bySpan.size());
        for (List<Proposed> readings : bySpan.values()) {
            Proposed best = readings.get(0);
            if (readings.size() == 1) {
                out.add(best);
                continue;
            }
            List<String> alternatives = readings.subList(1, readings.size()).stream().map(Proposed::reading).distinct()
                    .filter(r -> !r.equals(best.reading())).toList();
            String note = best.note() + "; alternatives: " + String.join(", ", alternatives);
            out.add(new Proposed(best.start(), best.end(), best.quote(), best.verbatim(), best.speaker(), best.newSpeaker(),
                    best.actor(), best.topic(), best.saidOn(), best.precision(), best.dateNote(), best.stance(),
                    best.intensity(), best.cues(), best.confidence(), note.length() > 2000 ? note.substring(0, 2000) : note,
                    alternatives, best.neighbours()));
        }
        return out;
    }

    /**
     * A statement that names no topic (nor does its paragraph) continues the speaker's previous statement
     * a few paragraphs up: '"That means war with NATO," he concluded' after his quote on peacekeepers.
     */
    private static List<TopicClassifier.TopicScore> inherited(List<Proposed> before, String speaker, int at) {
        for (int k = before.size() - 1; k >= 0; k--) {
            Proposed p = before.get(k);
            if (at - p.end() >= 1500) {
                break;
            }
            if (p.speakerKey().equals(speaker) && p.start() < at) {
                return List.of(new TopicClassifier.TopicScore(p.topic(), 0.5, List.of("continues the speaker's statement on "
                        + p.topic()), true));
            }
        }
        return List.of();
    }
}
