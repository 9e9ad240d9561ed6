package org.stanceline.briefing;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.stanceline.statement.SmallListLimitsProfile;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.ANALYST;
import static org.stanceline.TestUsers.ANALYST_PASSWORD;

/**
 * The reads a briefing makes when its chart cannot mark every statement ({@code stanceline.charts.max-markers} is
 * {@link SmallListLimitsProfile#MAX_MARKERS} here): the key statements come from the strength index and the
 * confirmed count from the rollups. Both are checked against the statements list, for periods that cut months at
 * either end, for a chosen set of capitals and for every actor, and over the whole record.
 */
@QuarkusTest
@TestProfile(SmallListLimitsProfile.class)
public class BriefingAtScaleReadsTest {

    static final List<String> SOME = List.of("moscow", "london", "paris", "kyiv");

    record Period(String from, String to) {
    }

    static final List<Period> PERIODS = List.of(new Period("2025-02-10", "2025-11-20"),
            new Period("2025-03-01", "2025-03-31"), new Period("2025-02-17", "2025-02-23"),
            new Period(null, null));

    record Said(long id, String actor, LocalDate date, int stance, int intensity, String quote) {
    }

    @Inject
    BriefingService briefings;

    @Test
    void shouldCountEachReviewStatusOfThePeriod() {
        for (Period period : PERIODS) {
            for (List<String> actors : List.of(SOME, List.<String>of())) {
                Briefing b = build(actors, period);
                String what = actors + " " + period;
                assertEquals(listed("confirmed", actors, b).size(), b.methodology().confirmed(), what);
                assertEquals(listed("proposed", actors, b).size(), b.methodology().proposed(), what);
                assertEquals(listed("rejected", actors, b).size(), b.methodology().rejected(), what);
            }
        }
    }

    /** "Each actor's latest statement and then the most intense ones", as the methodology says, from the list. */
    @Test
    void shouldCiteEachActorsLatestThenTheStrongestStatements() {
        for (Period period : PERIODS) {
            for (List<String> actors : List.of(SOME, List.<String>of())) {
                Briefing b = build(actors, period);
                assertNotNull(b.chart().markerNote(), "the chart of " + period + " is above the bound");
                List<Said> confirmed = listed("confirmed", actors, b);
                Set<Said> expected = new LinkedHashSet<>(confirmed.stream().collect(Collectors.toMap(Said::actor,
                        s -> s, (x, y) -> Comparator.comparing(Said::date).thenComparingLong(Said::id)
                                .compare(x, y) >= 0 ? x : y)).values());
                confirmed.stream().sorted(Comparator.comparingInt(Said::intensity).reversed()
                                .thenComparing(Comparator.comparingInt((Said s) -> Math.abs(s.stance())).reversed())
                                .thenComparing(Comparator.comparing(Said::date).reversed())
                                .thenComparingLong(Said::id))
                        .forEach(s -> {
                            if (expected.size() < 12) {
                                expected.add(s);
                            }
                        });
                Set<String> cited = b.keyStatements().stream().map(c -> c.date() + " " + c.quote())
                        .collect(Collectors.toSet());
                Set<String> wanted = expected.stream().limit(12).map(s -> s.date() + " " + s.quote())
                        .collect(Collectors.toSet());
                assertEquals(wanted, cited, actors + " " + period);
                assertTrue(!cited.isEmpty());
            }
        }
    }

    private Briefing build(List<String> actors, Period period) {
        return briefings.build("troops", actors, period.from() == null ? null : LocalDate.parse(period.from()),
                period.to() == null ? null : LocalDate.parse(period.to()));
    }

    /** The statements of the briefing's period with this status, from {@code /api/statements}. */
    private static List<Said> listed(String status, List<String> actors, Briefing b) {
        RequestSpecification request = given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD)
                .queryParam("topic", "troops").queryParam("status", status)
                .queryParam("from", b.from().toString()).queryParam("to", b.to().toString()).queryParam("size", 500);
        if (!actors.isEmpty()) {
            request = request.queryParam("actor", actors.toArray());
        }
        List<Map<String, Object>> items = request.get("/api/statements").then().statusCode(200).extract()
                .jsonPath().getList("items");
        assertTrue(items.size() < 500, "one page holds them all");
        return items.stream().map(m -> new Said(((Number) m.get("id")).longValue(), (String) m.get("actor"),
                LocalDate.parse((String) m.get("date")), (Integer) m.get("stance"), (Integer) m.get("intensity"),
                (String) m.get("quote"))).toList();
    }
}
