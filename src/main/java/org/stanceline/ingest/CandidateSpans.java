package org.stanceline.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules' reading of each attributed span before speakers and topics are paired: its text, the topics its own
 * words (else its paragraph's) name, and when it was said. Read for the whole article first, so the sentence model
 * can embed every span it will be asked about in one batch ({@link LearnedReading#embed}).
 */
final class CandidateSpans {

    /** Longest quote a statement stores (the column's size). */
    static final int MAX_QUOTE = 8000;

    /** One span: {@code topics} empty when neither the span nor its paragraph names a tracked question. */
    record Span(SpeakerAttributor.Attributed attributed, String quote, List<TopicClassifier.TopicScore> topics,
                DateResolver.Dated said) {
        StatementExtractor.Candidate candidate() {
            return attributed.candidate();
        }
    }

    private final TopicClassifier topics;

    CandidateSpans(TopicClassifier topics) {
        this.topics = topics;
    }

    List<Span> read(Segmenter.Segmented doc, List<SpeakerAttributor.Attributed> attributed, DateResolver.Dated published) {
        String text = doc.text();
        Map<Integer, List<SpeakerAttributor.Attributed>> quotesBySentence = new HashMap<>();
        for (SpeakerAttributor.Attributed a : attributed) {
            if (a.candidate().verbatim()) {
                quotesBySentence.computeIfAbsent(a.candidate().sentence(), k -> new ArrayList<>()).add(a);
            }
        }
        Map<Integer, List<TopicClassifier.TopicScore>> paragraphTopics = new HashMap<>();
        List<Span> out = new ArrayList<>(attributed.size());
        for (SpeakerAttributor.Attributed a : attributed) {
            StatementExtractor.Candidate c = a.candidate();
            if (c.end() - c.start() > MAX_QUOTE) {
                continue; // a "quote" longer than a statement can hold is a pairing of unrelated marks
            }
            Segmenter.Sentence sentence = doc.sentences().get(c.sentence());
            if (!c.verbatim() && coveredByQuote(quotesBySentence.getOrDefault(c.sentence(), List.of()), a)) {
                continue;
            }
            String quote = text.substring(c.start(), c.end());
            List<TopicClassifier.TopicScore> topicScores = topics.classify(quote, null);
            if (topicScores.isEmpty()) {
                topicScores = paragraphTopics.computeIfAbsent(sentence.paragraph(),
                        k -> topics.classify("", paragraphOf(doc, sentence)));
            }
            out.add(new Span(a, quote, topicScores, said(doc, sentence, c, published)));
        }
        return out;
    }

    /** The remark's date: from its sentence, else from its paragraph before it. */
    private static DateResolver.Dated said(Segmenter.Segmented doc, Segmenter.Sentence sentence,
                                           StatementExtractor.Candidate c, DateResolver.Dated published) {
        String text = doc.text();
        String dateContext = text.substring(Math.min(sentence.start(), c.start()), Math.max(sentence.end(), c.end()));
        DateResolver.Dated said = DateResolver.said(dateContext, published);
        if (said.known() && said.note().startsWith("No date")) {
            String before = text.substring(paragraphStart(doc, sentence), c.start());
            DateResolver.Dated fromParagraph = DateResolver.said(before, published);
            if (!fromParagraph.note().startsWith("No date")) {
                said = fromParagraph;
            }
        }
        return said;
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
