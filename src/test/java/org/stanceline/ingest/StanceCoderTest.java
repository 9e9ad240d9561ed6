package org.stanceline.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StanceCoderTest {

    private final StanceCoder coder = new StanceCoder(Lexicon.standard());

    @Test
    void shouldCodeThreatsOfForceAsStrongOppositionWithTopIntensity() {
        StanceCoder.Coding c = coder.code("All such units will be considered legitimate military targets.");
        assertEquals(-2, c.stance());
        assertEquals(3, c.intensity());
        assertTrue(c.cues().contains("military targets"), c.cues().toString());
    }

    @Test
    void shouldCodeCommitmentsAsStrongSupport() {
        StanceCoder.Coding c = coder.code("We are committed and we will accelerate our support.");
        assertEquals(2, c.stance());
        assertTrue(c.intensity() >= 1);
    }

    @Test
    void shouldCapConditionalAndHedgedSupport() {
        StanceCoder.Coding c = coder.code("Britain is committed to troops, but only with a US backstop.");
        assertEquals(1, c.stance());
        assertTrue(c.cues().contains("only with"));
        StanceCoder.Coding p = coder.code("Denmark is in principle prepared for that.");
        assertEquals(1, p.stance());
        assertEquals(0, p.intensity());
    }

    @Test
    void shouldFlipANegatedCue() {
        assertEquals(-1, coder.code("We do not support it.").stance());
        assertEquals(1, coder.code("We support it.").stance());
    }

    @Test
    void shouldCodeARefusalOfOnesOwnPartAsOpposition() {
        for (String refusal : List.of("Italy would not send troops to Ukraine.", "He promised not to send American troops,"
                + " and support the allies instead.", "The government has no plans to deploy soldiers.",
                "Rome ruled out any participation.")) {
            StanceCoder.Coding c = coder.code(refusal, "troops");
            assertEquals(-1, c.stance(), refusal);
            assertTrue(c.intensity() >= 1, refusal);
        }
        assertEquals(1, coder.code("Rutte did not rule out eventual membership.", "nato-membership").stance(),
                "a negated refusal is openness");
    }

    @Test
    void shouldUseTheTopicsOwnCues() {
        assertEquals(2, coder.code("Ukraine must relinquish the territories.", "territory").stance());
        assertEquals(0, coder.code("The weather was mild.").stance());
        assertEquals(0.3, coder.code("The weather was mild.").confidence());
    }

    @Test
    void shouldCountCuesNextToEachOtherAsOneIdea() {
        StanceCoder.Coding objection = coder.code("The ministry pushed back against the idea of a summit.");
        assertEquals(-1, objection.stance(), "two words for one objection are one mild objection");
        assertTrue(objection.cues().containsAll(List.of("pushed back", "against")), objection.cues().toString());
        assertEquals(-1, coder.code("The government refuse to support the plan.").stance(),
                "a negative verb on a positive object is opposition");
        assertEquals(-1, coder.code("Its desire to prevent any deployment is well known.", "troops").stance(),
                "a wish to do something negative is opposition");
        assertEquals(1, coder.code("They are ready and they support the plan.").stance(),
                "cues apart still add up, within their step");
    }

    @Test
    void shouldCodeAWishOrIntentionAsSupport() {
        assertEquals(1, coder.code("Several capitals want to have soldiers on the ground.", "troops").stance());
        assertEquals(-1, coder.code("Several capitals do not want to have soldiers there.", "troops").stance());
    }

    @Test
    void shouldCodeAFirstPersonCommitmentAsSupportCappedByItsCondition() {
        assertEquals(2, coder.code("I will talk to both leaders next week.", "peace-talks").stance());
        assertEquals(1, coder.code("I'll talk to him and see if the fighting can stop.", "peace-talks").stance());
    }

    @Test
    void shouldReadRefusalsWithOtherDeploymentVerbs() {
        for (String refusal : List.of("We would not put our soldiers on the ground.", "Berlin won't send its brigades.")) {
            StanceCoder.Coding c = coder.code(refusal, "troops");
            assertEquals(-1, c.stance(), refusal);
            assertTrue(c.intensity() >= 1, refusal);
        }
    }

    @Test
    void shouldNotCountWhatASpeakerWarnsOfAsSupport() {
        StanceCoder.Coding c = coder.code("The ministry warned that more support for the army would only prolong the fighting.");
        assertEquals(-1, c.stance(), c.cues().toString());
        assertEquals(2, c.intensity());
        assertEquals(0, coder.code("He warned of delays, but he will support the mission.").stance(),
                "a contrast ends what is warned of");
    }

    @Test
    void shouldCodeADeploymentOnlyUnderAConditionAsConditionalSupport() {
        assertEquals(1, coder.code("The brigades would only be deployed once the guns fall silent.", "troops").stance());
    }

    @Test
    void shouldNotTakeTheCaseAConditionStatesAsThePosition() {
        StanceCoder.Coding c = coder.code("If the country does not join NATO, it will need an army of its own.", "nato-membership");
        assertTrue(c.stance() >= 0, c.toString());
        assertTrue(c.cues().contains("If"), c.cues().toString());
        assertEquals(-1, coder.code("Unless the talks fail, Moscow opposes any deployment.", "troops").stance(),
                "the main clause still decides");
    }

    @Test
    void shouldReadANegationThatDescribesAForceAsNoRefusal() {
        assertEquals(1, coder.code("These units are not intended to be peacekeepers on the front line.", "troops").stance());
    }

    @Test
    void shouldReadANegatedOfferAsOppositionAndAWarNamedInPassingAsNoCue() {
        assertEquals(-1, coder.code("NATO has never offered Ukraine membership as part of a peace agreement.",
                "nato-membership").stance());
        assertEquals(0, coder.code("He said he met the leaders after the war with Russia began.").stance(),
                "a war named as an event is not a threat");
        assertEquals(-2, coder.code("That means war with every one of you.").stance());
    }
}
