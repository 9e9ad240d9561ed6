package org.stanceline.similarity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The judge with the real model: topic seeds decide without confirmations, confirmed neighbours vote on stance. */
class SimilarityJudgeTest {

    static SimilarityJudge judge;
    static final Set<String> TOPICS = Set.of("troops", "nato-membership", "guarantees", "peace-talks", "territory",
            "sanctions", "military-aid", "defence-spending", "zelensky-legitimacy");

    @BeforeAll
    static void load() {
        judge = SimilarityJudge.create(MiniLmEmbedder.load(1), TopicSeed.standard(), SimilarityJudge.Settings.STANDARD);
    }

    @Test
    void vectorsHaveUnitLengthAndCloseSentencesAreClose() {
        float[] a = judge.embedder().embed("Europe should send soldiers to Ukraine after a ceasefire.");
        float[] b = judge.embedder().embed("European troops could deploy on Ukrainian soil once the fighting stops.");
        float[] c = judge.embedder().embed("The central bank raised interest rates by a quarter point.");
        assertEquals(1.0, SentenceEmbedder.cosine(a, a), 1e-4);
        assertTrue(SentenceEmbedder.cosine(a, b) > SentenceEmbedder.cosine(a, c) + 0.3);
    }

    @Test
    void seedsAloneFindTheTopicAndNoNeighboursVote() {
        SimilarityJudge.Judgement j = judge.judge("Kyiv must be allowed to join the North Atlantic alliance.", List.of(), TOPICS);
        assertEquals("nato-membership", j.topic());
        assertTrue(j.neighbours().isEmpty());
        assertNull(j.stance(), "no confirmed statement, no stance vote");
    }

    @Test
    void confirmedNeighboursVoteOnTopicAndStanceAndAreNamed() {
        SentenceEmbedder e = judge.embedder();
        String[] refusals = {"Italy will not send its soldiers to Ukraine.", "Poland has no plans to deploy troops in Ukraine.",
                "Germany ruled out sending ground forces to Ukraine."};
        List<ConfirmedExample> confirmed = new java.util.ArrayList<>();
        for (int i = 0; i < refusals.length; i++) {
            confirmed.add(new ConfirmedExample((long) i + 1, refusals[i], "troops", -1, e.embed(refusals[i])));
        }
        SimilarityJudge learned = judge.withExamples(confirmed);
        SimilarityJudge.Judgement j = learned.judge("Spain will not be sending troops to Ukraine either.",
                List.of(new SimilarityJudge.RuleTopic("guarantees", 1, true)), TOPICS);
        assertEquals("troops", j.topic());
        assertTrue(j.overruled(), "the paragraph's guarantees cue gives way to the neighbours and seeds");
        assertEquals(-1, j.stance());
        assertEquals(3, j.neighbours().size());
        assertTrue(j.neighbours().get(0).similarity() >= j.neighbours().get(2).similarity(), "closest first");
        assertTrue(j.neighbours().get(0).describe().startsWith("#"));
    }
}
