package org.stanceline.timeline;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.stanceline.TestData;
import org.stanceline.reference.Actor;
import org.stanceline.reference.Speaker;
import org.stanceline.reference.Topic;
import org.stanceline.source.ContentHash;
import org.stanceline.source.Source;
import org.stanceline.kernel.DatePrecision;
import org.stanceline.statement.Statement;
import org.stanceline.statement.StatementStatus;
import org.stanceline.statement.StatementsBulkLoaded;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A small, fully known history on its own topic: Moscow hardens and escalates, London opens once, and one
 * proposed (unreviewed) statement that must not count anywhere.
 */
final class TimelineFixture {

    static final String TOPIC = "test-steps";

    private TimelineFixture() {
    }

    static void ensure() {
        TestData.ensureTopic(TOPIC);
        QuarkusTransaction.requiringNew().run(() -> {
            Topic topic = Topic.findBySlug(TOPIC).orElseThrow();
            if (Statement.count("topic", topic) > 0) {
                return;
            }
            String text = "M1 M2 M3 L1 P1 (synthetic fixture text for timeline tests)";
            Source source = new Source();
            source.title = "Timeline fixture";
            source.text = text;
            source.contentHash = ContentHash.of(text);
            source.createdAt = Instant.now();
            source.createdBy = "test";
            source.persist();
            Actor moscow = Actor.findBySlug("moscow").orElseThrow();
            Actor london = Actor.findBySlug("london").orElseThrow();
            Speaker russian = Speaker.<Speaker>list("actor", moscow).get(0);
            Speaker british = Speaker.<Speaker>list("actor", london).get(0);
            add(source, topic, russian, "2025-01-10", -1, 1, StatementStatus.CONFIRMED, 0);
            add(source, topic, russian, "2025-01-20", -2, 2, StatementStatus.CONFIRMED, 3);
            add(source, topic, russian, "2025-02-10", 2, 0, StatementStatus.PROPOSED, 12);
            add(source, topic, russian, "2025-03-05", -2, 3, StatementStatus.CONFIRMED, 6);
            add(source, topic, british, "2025-02-14", 1, 0, StatementStatus.CONFIRMED, 9);
            // Written past StatementService, like a bulk load: derived data (rollups, the data version) follows the same way.
            io.quarkus.arc.Arc.container().beanManager().getEvent().select(StatementsBulkLoaded.class)
                    .fire(new StatementsBulkLoaded("timeline fixture", 5));
        });
    }

    private static void add(Source source, Topic topic, Speaker speaker, String date, int stance, int intensity,
                            StatementStatus status, int start) {
        Statement s = new Statement();
        s.source = source;
        s.topic = topic;
        s.speaker = speaker;
        s.actor = speaker.actor;
        s.saidOn = LocalDate.parse(date);
        s.saidPrecision = DatePrecision.DAY;
        s.quote = source.text.substring(start, start + 2);
        s.verbatim = true;
        s.spanStart = start;
        s.spanEnd = start + 2;
        s.stance = stance;
        s.intensity = intensity;
        s.cues = List.of("fixture");
        s.confidence = 1;
        s.status = status;
        s.coder = "test";
        s.persist();
    }
}
