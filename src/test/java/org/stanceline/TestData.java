package org.stanceline;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.stanceline.reference.Topic;

/** Data that tests write goes to its own topics, so the corpus-backed assertions stay exact. */
public final class TestData {

    public static final String SCRATCH_TOPIC = "test-scratch";

    private TestData() {
    }

    public static String ensureTopic(String key) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Topic.findBySlug(key).isEmpty()) {
                Topic t = new Topic();
                t.slug = key;
                t.question = "Test question " + key + "?";
                t.labelMinus2 = "threatens";
                t.labelMinus1 = "opposes";
                t.labelZero = "conditional";
                t.labelPlus1 = "open to";
                t.labelPlus2 = "commits";
                t.displayOrder = 900;
                t.persist();
            }
        });
        return key;
    }
}
