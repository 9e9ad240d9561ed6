package org.stanceline.briefing;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.stanceline.sql.SqlStatements;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A briefing is one read transaction of a fixed number of SQL statements, whatever the number of actors and of
 * statements: at most 26 here, each a bounded index read. The newest shifts are read back from the period's end in
 * windows that double (a month, two, four...), so a longer period adds a read per doubling: four for the demo
 * corpus's year, eight for ten years. (It was 10 when some reads were OR-ed together and every
 * shift of the period was loaded with its quotes, which at a million statements outlasted the transaction; the
 * confirmed count now comes from three rollup ranges rather than a count over the period's statements.) A chart
 * too full to mark every statement adds the strength index's reads: one per strength class needed, at most twelve.
 */
@QuarkusTest
public class BriefingStatementCountTest {

    static final int MAX_STATEMENTS = 26;

    @Inject
    BriefingService briefings;

    @Test
    void shouldBuildABriefingOfEveryActorInOneTransactionOfAFixedNumberOfStatements() {
        check(List.of(), LocalDate.parse("2025-02-01"), LocalDate.parse("2026-01-31"));
    }

    @Test
    void shouldBuildABriefingOfNamedActorsOverTheWholeRecordInAsFew() {
        check(List.of("moscow", "kyiv", "london"), null, null);
    }

    private void check(List<String> actors, LocalDate from, LocalDate to) {
        SqlStatements.Recorded<Briefing> run = SqlStatements.record(() -> briefings.build("troops", actors, from, to));
        String listing = String.join("\n", run.statements().stream().map(SqlStatements.Executed::sql).toList());
        assertTrue(!run.result().bottomLines().isEmpty(), "a briefing with bottom lines");
        assertTrue(run.statements().size() <= MAX_STATEMENTS,
                run.statements().size() + " statements:\n" + listing);
        assertTrue(run.allInATransaction(), "every statement inside a transaction:\n" + listing);
        assertEquals(1, run.transactions(), "one transaction:\n" + listing);
    }
}
