package org.stanceline.chart;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.PROBLEM_JSON;

@QuarkusTest
class ChartResourceTest {

    @Test
    void shouldDrawOneSeriesPerRequestedActorInSvg() throws Exception {
        byte[] svg = given().queryParam("topic", "troops").queryParam("actors", "moscow,london,kyiv")
                .queryParam("from", "2025-02-01").queryParam("to", "2026-01-31")
                .get("/charts/timeline.svg").then().statusCode(200)
                .contentType(containsString("image/svg+xml"))
                .header("ETag", notNullValue())
                .header("Cache-Control", containsString("max-age="))
                .extract().asByteArray();
        save("timeline.svg", svg);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        List<String> series = new ArrayList<>();
        NodeList groups = doc.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            String id = ((Element) groups.item(i)).getAttribute("id");
            if (id.startsWith("sl-series-")) {
                series.add(id.substring("sl-series-".length()));
            }
        }
        // The first actor is drawn last, on top.
        assertEquals(List.of("kyiv", "london", "moscow"), series);
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains("Should Western"), "title is the topic question");
        assertTrue(text.contains("threatens") && text.contains("commits"), "stance axis in words");
        assertTrue(text.contains("Moscow") && text.contains("London") && text.contains("Kyiv"), "direct labels");
        assertTrue(text.contains("Stanceline · ") && text.contains("statements · data as of "), "source line");
    }

    @Test
    void shouldDrawPngAtTheRequestedSizeAndScale() throws Exception {
        byte[] png = given().queryParam("topic", "troops").queryParam("width", "800").queryParam("height", "450")
                .get("/charts/timeline.png").then().statusCode(200).contentType("image/png")
                .extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(800, image.getWidth());
        assertEquals(450, image.getHeight());

        byte[] print = given().queryParam("topic", "troops").queryParam("width", "800").queryParam("height", "450")
                .queryParam("scale", "2").queryParam("theme", "dark")
                .get("/charts/timeline.png").then().statusCode(200).extract().asByteArray();
        save("timeline-dark@2x.png", print);
        BufferedImage doubled = ImageIO.read(new ByteArrayInputStream(print));
        assertEquals(1600, doubled.getWidth());
        assertEquals(900, doubled.getHeight());
        assertEquals(0x0D1117, doubled.getRGB(2, 2) & 0xFFFFFF, "dark theme background");
    }

    @Test
    void shouldAnswerNotModifiedForAMatchingETag() {
        Response first = given().queryParam("topic", "troops").queryParam("actors", "paris")
                .get("/charts/timeline.png");
        first.then().statusCode(200);
        String etag = first.getHeader("ETag");
        given().queryParam("topic", "troops").queryParam("actors", "paris").header("If-None-Match", etag)
                .get("/charts/timeline.png").then().statusCode(304).header("ETag", equalTo(etag));
        given().queryParam("topic", "troops").queryParam("actors", "paris").queryParam("theme", "dark")
                .header("If-None-Match", etag)
                .get("/charts/timeline.png").then().statusCode(200);
    }

    @Test
    void shouldRejectSizesOutsideTheLimits() {
        given().queryParam("topic", "troops").queryParam("width", "100000").get("/charts/timeline.png")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("detail", containsString("'width'"));
        given().queryParam("topic", "troops").queryParam("height", "10").get("/charts/timeline.svg")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("detail", containsString("'height'"));
        given().queryParam("topic", "troops").queryParam("scale", "9").get("/charts/timeline.png")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("detail", containsString("'scale'"));
        given().queryParam("topic", "troops").queryParam("width", "2400").queryParam("height", "1600")
                .queryParam("scale", "3").get("/charts/timeline.png")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("detail", containsString("pixels"));
        given().queryParam("topic", "troops").queryParam("theme", "neon").get("/charts/timeline.png")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("detail", containsString("'theme'"));
        given().queryParam("topic", "nope").get("/charts/timeline.svg")
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    static void save(String name, byte[] bytes) throws Exception {
        Path dir = Path.of("target", "artefacts");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }
}
