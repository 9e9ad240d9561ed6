package org.stanceline.chart;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;

/**
 * The static SVG and the PDF briefing draw the model's stale segments, at the model's dates, for the same query
 * (with the dashboard too: ChartAgreementBrowserIT).
 */
@QuarkusTest
class StaleSegmentsAgreeTest {

    static final String QUERY = "topic=troops&actors=moscow,london,paris,kyiv&from=2025-02-01&to=2026-01-31&bucket=month";

    @Inject
    ObjectMapper json;

    @Test
    void shouldDrawTheModelsStaleSegmentsInTheSvgAndThePdf() throws Exception {
        ChartModel model = json.readValue(given().get("/api/chart?" + QUERY).then().statusCode(200).extract()
                .asByteArray(), ChartModel.class);
        List<DrawnStaleSegments.Expected> expected = DrawnStaleSegments.expected(model);
        String svg = given().get("/charts/timeline.svg?" + QUERY).then().statusCode(200).extract().asString();
        DrawnStaleSegments.assertDrawn(expected, DrawnStaleSegments.fromSvg(svg), "static SVG");
        byte[] pdf = given().get("/briefings/troops.pdf?" + QUERY.replace("topic=troops&", "")).then()
                .statusCode(200).extract().asByteArray();
        DrawnStaleSegments.assertDrawn(expected, DrawnStaleSegments.fromPdf(pdf), "PDF briefing");
    }
}
