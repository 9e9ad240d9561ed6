package org.stanceline.embed;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

class EmbedPageTest {

    static final String TEMPLATE = "<head><link rel=\"alternate\" type=\"application/json+oembed\" "
            + "href=\"/oembed?url=%2Fembed%2Ftimeline&amp;format=json\" title=\"t\" data-stanceline-oembed /></head>"
            + "<noscript><img data-stanceline-static src=\"/charts/timeline.png?topic=troops&amp;width=800&amp;height=450\" "
            + "alt=\"x\" /></noscript>";

    @Test
    void shouldWriteTheChartParametersIntoTheStaticImageAndTheOembedLink() {
        Map<String, String> chart = EmbedPage.chartParameters(Map.of("topic", "troops", "actors", "moscow,london",
                "from", "2025-02-01", "bucket", "week"));
        String html = EmbedPage.render(TEMPLATE, chart, "http://example.org/embed/timeline?topic=troops");
        assertTrue(html.contains("src=\"/charts/timeline.png?topic=troops&amp;actors=moscow,london&amp;from=2025-02-01"
                + "&amp;bucket=week&amp;width=800&amp;height=450\""), html);
        assertTrue(html.contains("href=\"/oembed?url=http%3A%2F%2Fexample.org%2Fembed%2Ftimeline%3Ftopic%3Dtroops&amp;format=json\""), html);
    }

    @Test
    void shouldDropParametersThatAreNotWellFormed() {
        Map<String, String> chart = EmbedPage.chartParameters(Map.of("topic", "troops\"><script>alert(1)</script>",
                "from", "yesterday", "bucket", "month", "theme", "dark"));
        assertEquals(Map.of("bucket", "month"), chart);
        assertFalse(EmbedPage.render(TEMPLATE, chart, "http://x/").contains("<script>"));
    }
}
