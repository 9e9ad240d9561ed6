package org.stanceline.oembed;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.PROBLEM_JSON;

@QuarkusTest
class OEmbedResourceTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldDescribeADashboardAddressAsARichEmbed() throws Exception {
        String dashboard = root + "?topic=troops&actors=moscow,london&from=2025-02-01&to=2026-01-31&bucket=month";
        JsonPath o = given().queryParam("url", dashboard).queryParam("maxwidth", "600")
                .queryParam("format", "json").get("/oembed")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
        assertEquals("rich", o.getString("type"));
        assertEquals("1.0", o.getString("version"));
        assertEquals("Stanceline", o.getString("provider_name"));
        assertTrue(o.getString("title").startsWith("Should Western"));
        assertEquals(600, o.getInt("width"));
        assertTrue(o.getInt("height") <= 600 * 540 / 960 + 1);
        String html = o.getString("html");
        assertTrue(html.startsWith("<iframe src=\""), html);
        assertTrue(html.contains("/embed/timeline?topic=troops&amp;actors=moscow,london&amp;from=2025-02-01"
                + "&amp;to=2026-01-31&amp;bucket=month"), html);
        assertTrue(html.contains("width=\"600\""), html);

        int thumbWidth = o.getInt("thumbnail_width");
        int thumbHeight = o.getInt("thumbnail_height");
        assertTrue(thumbWidth <= 600);
        String thumbnail = URI.create(o.getString("thumbnail_url")).getRawPath() + "?"
                + URI.create(o.getString("thumbnail_url")).getRawQuery();
        assertTrue(thumbnail.startsWith("/charts/timeline.png?"), thumbnail);
        byte[] png = given().urlEncodingEnabled(false).get(thumbnail).then().statusCode(200).extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(thumbWidth, image.getWidth());
        assertEquals(thumbHeight, image.getHeight());
    }

    @Test
    void shouldAcceptTheEmbedPageAndHonourMaxHeight() {
        given().queryParam("url", root + "embed/timeline?topic=troops").queryParam("maxheight", "300")
                .get("/oembed").then().statusCode(200)
                .body("height", org.hamcrest.Matchers.lessThanOrEqualTo(300))
                .body("thumbnail_height", org.hamcrest.Matchers.lessThanOrEqualTo(300));
    }

    @Test
    void shouldRefuseAddressesThatAreNotOurs() {
        given().queryParam("url", "https://evil.example/?topic=troops").get("/oembed")
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().queryParam("url", root + "api/statements?topic=troops").get("/oembed")
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().queryParam("url", "javascript:alert(1)").get("/oembed")
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().get("/oembed").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", containsString("'url'"));
    }

    @Test
    void shouldAnswerNotImplementedForXml() {
        given().queryParam("url", root + "?topic=troops").queryParam("format", "xml").get("/oembed")
                .then().statusCode(501).contentType(PROBLEM_JSON);
    }
}
