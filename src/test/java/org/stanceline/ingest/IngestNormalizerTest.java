package org.stanceline.ingest;

import org.junit.jupiter.api.Test;
import org.stanceline.source.TextNormalizer;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestNormalizerTest {

    @Test
    void shouldApplyTheCorpusRulesAndKeepAMapToTheInput() {
        String raw = "\uFEFFHeadline \u2014 \u201Cquoted\u201D\r\n\r\n  It\u2019s   a\u00A0test.\u200B \n\nIt\u2019s   a\u00A0test.\n";
        IngestNormalizer.NormalizedText n = IngestNormalizer.plain(raw);
        assertEquals("Headline \u2014 \"quoted\"\n\nIt's a test.", n.text());
        int at = n.text().indexOf("test");
        assertEquals("test", raw.substring(n.rawIndex(at), n.rawIndex(at) + 4));
        int quote = n.text().indexOf('"');
        assertEquals('\u201C', raw.charAt(n.rawIndex(quote)));
    }

    @Test
    void shouldDropBoilerplateAndLinkBlocks() {
        String raw = "Minister says no.\n\narticle image\n\nThe minister said it twice.\n\nAlso Read:\n"
                + "Other Story About Something\nAnother Headline Here\n\nA real closing paragraph.\nADVERTISEMENT\n";
        String text = IngestNormalizer.plain(raw).text();
        assertEquals("Minister says no.\n\nThe minister said it twice.\n\nA real closing paragraph.", text);
        assertEquals(text, TextNormalizer.normalize(text), "the stored text is itself normalized");
    }

    @Test
    void shouldTurnHtmlIntoParagraphsWithTitleAndDate() {
        String html = "<html><head><title>Page title</title><meta property=\"article:published_time\" "
                + "content=\"2025-03-04T10:00:00Z\"><script>var x = 1;</script></head><body><nav>Home | World</nav>"
                + "<h1>Big news</h1><p>He said: &ldquo;We will stay.&rdquo;</p><figure><figcaption>Photo caption"
                + "</figcaption></figure><p>Second <b>paragraph</b>.</p><footer>Copyright</footer></body></html>";
        IngestNormalizer.NormalizedText n = IngestNormalizer.normalize(html);
        assertEquals("Big news\n\nHe said: \"We will stay.\"\n\nSecond paragraph.", n.text());
        assertEquals("Page title", n.title());
        assertEquals("2025-03-04T10:00:00Z", n.metaDate());
        assertNull(n.toRaw());
    }

    @Test
    void shouldStripMarkdownSyntax() {
        String md = "# A heading\n\nSome **bold** and *em* text with a [link](https://example.org).\n\n- a list item\n\n---\n";
        assertEquals("A heading\n\nSome bold and em text with a link.\n\na list item", IngestNormalizer.markdown(md).text());
    }

    @Test
    void shouldReproduceTheStoredCorpusTextOfASeedWithoutBoilerplate() throws Exception {
        String raw = Files.readString(Path.of("src/test/resources/ingest/seeds/000_c71e09ffdfdab7c7.txt"));
        String stored = Files.readString(Path.of("data/sources/000-medvedev-playing-dumb.txt"));
        assertEquals(stored, IngestNormalizer.normalize(raw).text());
        String repeated = Files.readString(Path.of("src/test/resources/ingest/seeds/004_59bbd9cc3efbba89.txt"));
        String text = IngestNormalizer.normalize(repeated).text();
        assertEquals(1, text.split("rightly says", -1).length - 1, "repeated paragraphs stored once");
        String withLinks = Files.readString(Path.of("src/test/resources/ingest/seeds/003_08a4fc1ee9be0eba.txt"));
        assertFalse(IngestNormalizer.normalize(withLinks).text().contains("Also Read"));
        assertTrue(IngestNormalizer.looksLikeHtml("<p>x</p>"));
    }

    @Test
    void shouldStripMarkdownEmphasisWithoutBacktrackingOnUnclosedMarkers() {
        // Unclosed markers on one long line once took quadratic time (minutes for a few hundred KB).
        String line = " __a".repeat(100_000);
        String text = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> IngestNormalizer.markdown(line).text());
        assertEquals(line.strip().length(), text.length());
    }

    @Test
    void shouldDropControlCharacters() {
        assertEquals("War with NATO.", IngestNormalizer.plain("War\u0001 with\u001B NATO.\u007F").text());
    }
}
