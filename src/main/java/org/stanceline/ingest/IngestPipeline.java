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

    /** Longest quote a statement stores (the column's size). */
    static final int MAX_QUOTE = 8000;

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

        List<Proposed> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        java.util.Map<Integer, List<SpeakerAttributor.Attributed>> quotesBySentence = new java.util.HashMap<>();
        for (SpeakerAttributor.Attributed a : attributed) {
            if (a.candidate().verbatim()) {
                quotesBySentence.computeIfAbsent(a.candidate().sentence(), k -> new ArrayList<>()).add(a);
            }
        }
        java.util.Map<Integer, List<TopicClassifier.TopicScore>> paragraphTopics = new java.util.HashMap<>();
        for (SpeakerAttributor.Attributed a : attributed) {
            StatementExtractor.Candidate c = a.candidate();
            if (c.end() - c.start() > MAX_QUOTE) {
                continue; // a "quote" longer than a statement can hold is a pairing of unrelated marks
            }
            Segmenter.Sentence sentence = doc.sentences().get(c.sentence());
            String quote = text.substring(c.start(), c.end());
            if (!c.verbatim() && coveredByQuote(quotesBySentence.getOrDefault(c.sentence(), List.of()), a)) {
                continue;
            }
            List<TopicClassifier.TopicScore> topicScores = topics.classify(quote, null);
            if (topicScores.isEmpty()) {
                topicScores = paragraphTopics.computeIfAbsent(sentence.paragraph(),
                        k -> topics.classify("", paragraphOf(doc, sentence)));
            }
            String dateContext = text.substring(Math.min(sentence.start(), c.start()), Math.max(sentence.end(), c.end()));
            DateResolver.Dated said = DateResolver.said(dateContext, published);
            if (said.known() && said.note().startsWith("No date")) {
                String before = text.substring(paragraphStart(doc, sentence), c.start());
                DateResolver.Dated fromParagraph = DateResolver.said(before, published);
                if (!fromParagraph.note().startsWith("No date")) {
                    said = fromParagraph;
                }
            }
            LearnedReading.Topics judged = null;
            for (SpeakerAttributor.Speaker speaker : a.speakers()) {
                List<TopicClassifier.TopicScore> speakerTopics = topicScores.isEmpty()
                        ? inherited(out, speaker.key(), c.start(), text) : topicScores;
                if (judged == null) {
                    // One judgement per span: the first speaker's reading.
                    judged = learned.topics(quote, speakerTopics, !speakerTopics.isEmpty()
                            && coder.code(quote, speakerTopics.get(0).key()).stance() != 0);
                }
                if (speakerTopics == topicScores || topicScores.isEmpty() && speaker == a.speakers().get(0)) {
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
        return onePerSpan(datelined(continueDates(out), DateResolver.dateline(text, published)));
    }

    private static final java.util.regex.Pattern EARLIER_OCCASION = java.util.regex.Pattern.compile(
            "(?i)\\b(previously|earlier|has long|have long|repeatedly|in the past|recently|has been|had been|long-standing|longstanding)\\b");

    /**
     * An undated remark continues the speaker's last remark dated to the day earlier in the text: a news
     * report names the occasion once ("said Tuesday", "at a 3 January press conference") and quotes on from it.
     * A remark that points to another occasion ("previously", "has long said") keeps the publication period.
     */
    static List<Proposed> continueDates(List<Proposed> sorted) {
        java.util.Map<String, Proposed> lastDated = new java.util.HashMap<>();
        List<Proposed> out = new ArrayList<>(sorted.size());
        for (Proposed p : sorted) {
            Proposed q = p;
            Proposed before = lastDated.get(p.speakerKey());
            boolean undated = p.dateNote() != null && p.dateNote().startsWith("No date for the remark");
            if (undated && before != null && !EARLIER_OCCASION.matcher(p.quote()).find()) {
                q = new Proposed(p.start(), p.end(), p.quote(), p.verbatim(), p.speaker(), p.newSpeaker(), p.actor(),
                        p.topic(), before.saidOn(), before.precision(), "Continues the speaker's remarks dated earlier in the text ("
                        + before.saidOn() + "): " + before.dateNote(), p.stance(), p.intensity(), p.cues(), p.confidence(),
                        p.note(), p.alternatives(), p.neighbours());
            } else if (p.precision() == DatePrecision.DAY && p.saidOn() != null) {
                lastDated.put(p.speakerKey(), p);
            }
            out.add(q);
        }
        return out;
    }

    /**
     * Codebook 2.6: a remark still undated after {@link #continueDates} (no date in its sentence or paragraph, no
     * earlier dated remark of its speaker) takes the day of the report's dateline. It comes last so that it never
     * hides a date the text gives: a dateline only says when the report was filed, a named occasion says more.
     */
    static List<Proposed> datelined(List<Proposed> sorted, DateResolver.Dated dateline) {
        if (dateline == null) {
            return sorted;
        }
        List<Proposed> out = new ArrayList<>(sorted.size());
        for (Proposed p : sorted) {
            boolean undated = p.dateNote() != null && p.dateNote().startsWith("No date for the remark");
            out.add(!undated || EARLIER_OCCASION.matcher(p.quote()).find() ? p
                    : new Proposed(p.start(), p.end(), p.quote(), p.verbatim(), p.speaker(), p.newSpeaker(), p.actor(),
                    p.topic(), dateline.date(), dateline.precision(), dateline.note(), p.stance(), p.intensity(), p.cues(),
                    p.confidence(), p.note(), p.alternatives(), p.neighbours()));
        }
        return out;
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
    private static List<TopicClassifier.TopicScore> inherited(List<Proposed> before, String speaker, int at, String text) {
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

    /** Reported speech around a direct quote by the same speaker adds nothing: the quote is kept. */
    private static boolean coveredByQuote(List<SpeakerAttributor.Attributed> quotes, SpeakerAttributor.Attributed a) {
        for (SpeakerAttributor.Attributed q : quotes) {
            if (q.candidate().verbatim() && q.candidate().start() >= a.candidate().start()
                    && q.candidate().end() <= a.candidate().end()
                    && q.speakers().get(0).key().equals(a.speakers().get(0).key())) {
                return true;
            }
        }
        return false;
    }

    private static int paragraphStart(Segmenter.Segmented doc, Segmenter.Sentence sentence) {
        int start = doc.text().lastIndexOf("\n\n", sentence.start());
        return start < 0 ? 0 : start + 2;
    }

    private static String paragraphOf(Segmenter.Segmented doc, Segmenter.Sentence sentence) {
        int start = paragraphStart(doc, sentence);
        int end = doc.text().indexOf("\n\n", sentence.end());
        return doc.text().substring(start, end < 0 ? doc.text().length() : end);
    }
}
