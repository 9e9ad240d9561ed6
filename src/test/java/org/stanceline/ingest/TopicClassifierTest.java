package org.stanceline.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicClassifierTest {

    private final TopicClassifier classifier = new TopicClassifier(List.of(
            new TopicClassifier.TopicEntry("troops", "Should troops deploy?", ""),
            new TopicClassifier.TopicEntry("sanctions", "Should sanctions stay?", ""),
            new TopicClassifier.TopicEntry("nato-membership", "Should Ukraine join NATO?", ""),
            new TopicClassifier.TopicEntry("peace-talks", "Should the talks go on?", ""),
            new TopicClassifier.TopicEntry("guarantees", "Should allies guarantee Ukraine's security?", ""),
            new TopicClassifier.TopicEntry("fisheries", "Should the fishing quotas in the Baltic be cut?", "")),
            Lexicon.standard());

    @Test
    void shouldPickTheTopicWhoseCuesTheStatementNames() {
        List<TopicClassifier.TopicScore> t = classifier.classify("Any peacekeepers on the ground would be targets.", null);
        assertEquals("troops", t.get(0).key());
        assertTrue(t.get(0).cues().contains("peacekeepers"));
    }

    @Test
    void shouldFallBackToTheParagraphAndToTheQuestionsWords() {
        List<TopicClassifier.TopicScore> t = classifier.classify("That is final.", "They will tighten sanctions. That is final.");
        assertEquals("sanctions", t.get(0).key());
        assertTrue(t.get(0).fromContext());
        assertEquals("fisheries", classifier.classify("The fishing quotas must not be cut.", null).get(0).key(),
                "a topic the lexicon does not know uses the words of its question");
        assertTrue(classifier.classify("Nothing relevant here.", null).isEmpty());
    }

    @Test
    void shouldFileWhatASettlementWouldContainUnderThatTopicNotTheTalks() {
        List<TopicClassifier.TopicScore> t = classifier.classify(
                "NATO has never offered Ukraine membership as part of a peace agreement, Rutte said.", null);
        assertEquals("nato-membership", t.get(0).key(), "codebook 1.3: the settlement's content decides");
        assertEquals("peace-talks", t.get(1).key(), "the talks stay as the reviewer's alternative");
        assertEquals("peace-talks", classifier.classify("The peace talks must go on, he said.", null).get(0).key());
    }

    @Test
    void shouldFileAirSupportFromOutsideUnderGuarantees() {
        assertEquals("guarantees", classifier.classify("We're willing to help them, especially by air.", null).get(0).key(),
                "codebook 1: air cover from outside Ukraine is a guarantee, not troops");
    }
}
