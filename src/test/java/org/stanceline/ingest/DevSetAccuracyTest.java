package org.stanceline.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Prints the figures (see {@link EvidenceFiguresCommand}) and holds the test part's figures, of the rules alone and
 * with the sentence model after 100 confirmations, at or above what the pipeline reached when this ratchet was last
 * raised; raise the floors when the figures improve.
 */
class DevSetAccuracyTest {

    // Floors: the test-part figures reached (docs/notes/evidence.md), rounded down. Actor and stance exact were
    // lowered once (0.91 -> 0.89, 0.28 -> 0.27) when lone surnames became speakers: 6 more statements are matched,
    // exact stances rose 17 -> 18 but their rate fell, and one new speaker has no actor (42 of 47, was 43).
    // Speaker and actor raised (evidence3: clause subjects, titles before unknown names, surnames after a full mention).
    // Stance within one and day dates raised (evidence5: conditions state a case; undated remarks take the occasion's day).
    static final double F1 = 0.79, SPEAKER = 0.84, ACTOR = 0.91, TOPIC = 0.76, STANCE_EXACT = 0.27, STANCE_WITHIN = 0.66,
            DAY_DATE = 0.81, MAX_DUPLICATES_PER_SPAN = 0.0;

    // Floors with the sentence model after 100 confirmations (docs/notes/evidence2.md), rounded down.
    static final double MODEL_F1 = 0.80, MODEL_SPEAKER = 0.85, MODEL_ACTOR = 0.91, MODEL_TOPIC = 0.82, MODEL_STANCE_EXACT = 0.40,
            MODEL_STANCE_WITHIN = 0.76, MODEL_DAY_DATE = 0.81;

    @Test
    void testPartFiguresStayAtOrAboveTheirFloor() throws Exception {
        DevSet.assumePresent();
        EvidenceFiguresCommand.All all = EvidenceFiguresCommand.measure();
        EvidenceFiguresCommand.print(all);
        EvidenceFigures.Figures t = all.test();
        EvidenceFigures.Figures m = all.model();
        assertEquals(0, t.unaligned + all.tune().unaligned, "every gold quote lies in its article's text");
        assertAll(
                () -> assertTrue(m.f1() >= MODEL_F1, "model: extraction F1 " + m.f1() + " < " + MODEL_F1),
                () -> assertTrue(m.speaker() >= MODEL_SPEAKER, "model: speaker " + m.speaker()),
                () -> assertTrue(m.actor() >= MODEL_ACTOR, "model: actor " + m.actor()),
                () -> assertTrue(m.topic() >= MODEL_TOPIC, "model: topic " + m.topic() + " < " + MODEL_TOPIC),
                () -> assertTrue(m.stanceExactRate() >= MODEL_STANCE_EXACT, "model: stance exact " + m.stanceExactRate()),
                () -> assertTrue(m.stanceWithinOneRate() >= MODEL_STANCE_WITHIN, "model: stance within one " + m.stanceWithinOneRate()),
                () -> assertTrue(m.dayDate() >= MODEL_DAY_DATE, "model: day date " + m.dayDate()),
                () -> assertTrue(m.duplicatesPerSpan() <= MAX_DUPLICATES_PER_SPAN, "model: duplicates " + m.duplicatesPerSpan()));
        assertAll(
                () -> assertTrue(t.f1() >= F1, "extraction F1 " + t.f1() + " < " + F1),
                () -> assertTrue(t.speaker() >= SPEAKER, "speaker " + t.speaker() + " < " + SPEAKER),
                () -> assertTrue(t.actor() >= ACTOR, "actor " + t.actor() + " < " + ACTOR),
                () -> assertTrue(t.topic() >= TOPIC, "topic " + t.topic() + " < " + TOPIC),
                () -> assertTrue(t.stanceExactRate() >= STANCE_EXACT, "stance exact " + t.stanceExactRate()),
                () -> assertTrue(t.stanceWithinOneRate() >= STANCE_WITHIN, "stance within one " + t.stanceWithinOneRate()),
                () -> assertTrue(t.dayDate() >= DAY_DATE, "day date " + t.dayDate() + " < " + DAY_DATE),
                () -> assertTrue(t.duplicatesPerSpan() <= MAX_DUPLICATES_PER_SPAN, "duplicates " + t.duplicatesPerSpan()));
    }
}
