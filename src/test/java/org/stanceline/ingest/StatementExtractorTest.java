package org.stanceline.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementExtractorTest {

    private static List<StatementExtractor.Candidate> extract(String text) {
        Segmenter.Segmented doc = Segmenter.segment(text);
        return StatementExtractor.extract(doc, TestPipelines.DATA.gazetteer().mentions(doc));
    }

    private static List<String> quotes(String text) {
        return extract(text).stream().map(c -> text.substring(c.start(), c.end())).toList();
    }

    @Test
    void shouldFindMultiSentenceAndSplitDirectQuotes() {
        String text = "\"We will never accept foreign troops. Never,\" the minister said, \"and that is final for all of us.\"";
        List<StatementExtractor.Candidate> found = extract(text);
        assertEquals(List.of("We will never accept foreign troops. Never", "and that is final for all of us."),
                found.stream().map(c -> text.substring(c.start(), c.end())).toList());
        assertTrue(found.stream().allMatch(StatementExtractor.Candidate::verbatim));
    }

    @Test
    void shouldLeaveShortScareQuotesToReportedSpeech() {
        String text = "Lavrov warned that any \"peacekeepers\" would be targets.";
        List<StatementExtractor.Candidate> found = extract(text);
        assertEquals(1, found.size());
        assertEquals(StatementExtractor.Mode.SUBJECT, found.get(0).mode());
        assertEquals(text, quotes(text).get(0));
    }

    @Test
    void shouldFindReportedSpeechPatterns() {
        assertEquals("according to", extract("According to Zakharova, the force is a threat.").get(0).cue());
        assertEquals("said", extract("Lavrov has repeatedly said that it will not be allowed.").get(0).cue());
        assertEquals("told", extract("Rasmussen told DR radio that Denmark is ready.").get(0).cue());
        assertEquals("criticized by", extract("The draft was criticized by Ukraine.").get(0).cue());
        assertEquals("threat from", extract("It echoed a threat from Putin against troops.").get(0).cue());
        assertEquals("idea", extract("Macron's idea is a European force.").get(0).cue());
    }

    @Test
    void shouldSkipCaptionsAndHeadings() {
        assertTrue(extract("Trump said nothing (pictured with Vance) at the resort.").isEmpty());
        assertTrue(extract("Putin says troops are a threat").isEmpty(), "a headline without closing punctuation");
    }
}
