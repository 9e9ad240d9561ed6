package org.stanceline.chart;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.stanceline.briefing.Briefing;
import org.stanceline.briefing.BriefingService;
import org.stanceline.statement.SmallListLimitsProfile;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A chart whose period holds more confirmed statements than {@code stanceline.charts.max-markers} (set to
 * {@link SmallListLimitsProfile#MAX_MARKERS} here, so the demo corpus exceeds it) marks each capital's last
 * statement of every bucket instead of every statement, says so, and still counts them all. The expected
 * markers are worked out from the statements list, not from the timeline the chart reads.
 */
@QuarkusTest
@TestProfile(SmallListLimitsProfile.class)
class ChartMarkerBoundTest {

    static final String ACTORS = "moscow,london,paris,washington,kyiv";
    static final String FROM = "2025-02-01";
    static final String TO = "2026-01-31";

    @Inject
    BriefingService briefings;

    record Said(long id, String actor, LocalDate date, int stance, int intensity) {
    }

    @Test
    void shouldMarkTheLastStatementOfEachCapitalsMonthAboveTheBound() {
        List<Said> confirmed = confirmed();
        assertTrue(confirmed.size() > SmallListLimitsProfile.MAX_MARKERS, "the demo corpus exceeds the bound");
        Map<String, Said> lastOfMonth = new HashMap<>();
        for (Said s : confirmed) {
            lastOfMonth.merge(s.actor() + "@" + s.date().withDayOfMonth(1), s, (a, b) ->
                    Comparator.comparing(Said::date).thenComparingLong(Said::id).compare(a, b) >= 0 ? a : b);
        }
        Set<Long> expected = lastOfMonth.values().stream().map(Said::id).collect(Collectors.toSet());

        JsonPath chart = chart();
        assertEquals(confirmed.size(), chart.getLong("statementCount"), "every statement is still counted");
        assertTrue(chart.getString("markerNote").contains("last statement of its month"), chart.getString("markerNote"));
        assertTrue(chart.getString("sourceLine").contains(confirmed.size() + " statements (each marker is"),
                chart.getString("sourceLine"));
        List<Number> marked = chart.getList("series.flatten().markers.flatten().statementId");
        assertEquals(expected, marked.stream().map(Number::longValue).collect(Collectors.toSet()));
        assertEquals(marked.size(), new HashSet<>(marked).size(), "no statement is marked twice");
        List<String> quotes = chart.getList("series.flatten().markers.flatten().quote");
        List<String> outlets = chart.getList("series.flatten().markers.flatten().outlet");
        assertTrue(quotes.stream().allMatch(q -> q != null && !q.isBlank()), "every marker opens a quote");
        assertTrue(outlets.stream().allMatch(o -> o != null && !o.isBlank()), "and names its source");

        // Each line ends at the capital's position: its last statement of the period.
        Map<String, Said> lastOfActor = confirmed.stream().collect(Collectors.toMap(Said::actor, s -> s, (a, b) ->
                Comparator.comparing(Said::date).thenComparingLong(Said::id).compare(a, b) >= 0 ? a : b));
        for (Map<String, Object> series : chart.<Map<String, Object>>getList("series")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> end = (Map<String, Object>) series.get("end");
            Said last = lastOfActor.get((String) series.get("actor"));
            @SuppressWarnings("unchecked")
            Map<String, Object> carried = (Map<String, Object>) series.get("carriedIn");
            Object stance = last != null ? last.stance() : carried.get("stance");
            assertEquals(stance, end.get("stance"), series.get("actor") + "'s line ends at its last stance");
        }
    }

    @Test
    void shouldDrawTheStaticChartAndSayWhatTheMarkersAre() {
        String svg = given().queryParam("topic", "troops").queryParam("actors", ACTORS).queryParam("from", FROM)
                .queryParam("to", TO).get("/charts/timeline.svg").then().statusCode(200)
                .contentType(containsString("image/svg+xml")).extract().asString();
        assertTrue(svg.contains("each marker is a capital"), "the source line under the chart says so");
    }

    @Test
    void shouldStillCiteTheStrongestStatementsInABriefing() {
        List<Said> confirmed = confirmed();
        Said strongest = confirmed.stream().max(Comparator.comparingInt(Said::intensity)
                .thenComparingInt(s -> Math.abs(s.stance())).thenComparing(Said::date)
                .thenComparing(Comparator.comparingLong(Said::id).reversed())).orElseThrow();
        Briefing b = briefings.build("troops", List.of(ACTORS.split(",")), LocalDate.parse(FROM), LocalDate.parse(TO));
        assertNotNull(b.chart().markerNote(), "the briefing's chart is above the bound too");
        String quote = given().get("/api/statements/" + strongest.id()).then().statusCode(200).extract()
                .path("quote");
        assertTrue(b.keyStatements().stream().anyMatch(c -> c.quote().equals(quote)),
                "the strongest statement of the period is cited although the chart does not mark it one by one");
    }

    @Test
    void shouldMarkEveryStatementOfAShortPeriodBelowTheBound() {
        JsonPath chart = given().queryParam("topic", "troops").queryParam("actors", ACTORS)
                .queryParam("from", "2025-02-01").queryParam("to", "2025-02-02").get("/api/chart").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(chart.getLong("statementCount") <= SmallListLimitsProfile.MAX_MARKERS);
        assertNull(chart.getString("markerNote"));
        assertEquals(chart.getLong("statementCount"),
                chart.getList("series.flatten().markers.flatten()").size(), "one marker per statement");
    }

    private static JsonPath chart() {
        return given().queryParam("topic", "troops").queryParam("actors", ACTORS).queryParam("from", FROM)
                .queryParam("to", TO).queryParam("bucket", "month").get("/api/chart").then().statusCode(200)
                .extract().jsonPath();
    }

    private static List<Said> confirmed() {
        JsonPath page = given().queryParam("topic", "troops").queryParam("actor", ACTORS.split(","))
                .queryParam("status", "confirmed").queryParam("from", FROM).queryParam("to", TO)
                .queryParam("size", 500).get("/api/statements").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        assertTrue(items.size() < 500, "one page holds them all");
        return items.stream().map(m -> new Said(((Number) m.get("id")).longValue(), (String) m.get("actor"),
                LocalDate.parse((String) m.get("date")), (Integer) m.get("stance"), (Integer) m.get("intensity")))
                .toList();
    }
}
