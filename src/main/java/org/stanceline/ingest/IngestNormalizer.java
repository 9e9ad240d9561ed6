package org.stanceline.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.stanceline.source.TextNormalizer;
import org.stanceline.source.TextNormalizer.Line;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stage 1: raw article (plain text or HTML) to the stored normalized text. Applies the rules of
 * data/FORMAT.md through {@link TextNormalizer#lines} (their one implementation), then drops boilerplate
 * lines ("Also Read:" blocks, image placeholders, share/subscribe prompts). Keeps, for plain text, a
 * map from every stored character back to its index in the input, so an analyst can find a span in
 * the original file.
 */
public final class IngestNormalizer {

    /** The stored text; {@code toRaw[i]} is the input index of {@code text.charAt(i)} (null for HTML input). */
    public record NormalizedText(String text, int[] toRaw, String title, String metaDate, String metaOutlet, String metaUrl) {
        NormalizedText(String text, int[] toRaw, String title, String metaDate, String metaOutlet) {
            this(text, toRaw, title, metaDate, metaOutlet, null);
        }

        public int rawIndex(int textIndex) {
            if (toRaw == null) {
                return -1;
            }
            return toRaw[Math.min(textIndex, toRaw.length - 1)];
        }
    }

    private static final Pattern BOILERPLATE_LINE = Pattern.compile(
            "(?i)^(advertisement|sponsored( content)?|article image|image|photo|video|share( this( article| story)?)?"
                    + "|follow us.*|sign up.*|subscribe.*|click here.*|getty images|©.*|copyright .*|all rights reserved.*"
                    + "|listen to (this|the) article.*|skip (to|advert).*|scroll to continue.*)[.:]?$");
    /** A header after which the lines are links to other stories until the next real paragraph. */
    private static final Pattern LINK_BLOCK_HEADER = Pattern.compile(
            "(?i)^(also read|read also|read more|more on this( story)?|related( articles| stories| news| coverage)?"
                    + "|recommended( for you| stories)?|you may also like|trending( now)?|most read|latest news|see also)\\s*[:.]?$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"')\\]]$");

    private IngestNormalizer() {
    }

    public static boolean looksLikeHtml(String raw) {
        String head = raw.substring(0, Math.min(raw.length(), 2000)).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
                || (head.contains("<p>") && head.contains("</p>"));
    }

    public static NormalizedText normalize(String raw) {
        return looksLikeHtml(raw) ? html(raw) : plain(raw);
    }

    /** Plain text: a metadata header read and dropped, the FORMAT.md rules with an index map, then boilerplate removal. */
    public static NormalizedText plain(String raw) {
        List<Line> lines = lines(raw);
        MetadataHeader header = MetadataHeader.read(lines.stream().map(Line::text).toList());
        if (header == MetadataHeader.NONE) {
            return assemble(lines, null, null, null);
        }
        List<Line> body = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!header.metadataLines().contains(i)) {
                body.add(lines.get(i));
            }
        }
        NormalizedText text = assemble(body, header.title(), header.date(), header.outlet());
        return new NormalizedText(text.text(), text.toRaw(), text.title(), text.metaDate(), text.metaOutlet(), header.url());
    }

    /** A block of text that is not a whole article (an HTML paragraph): no header to look for. */
    private static NormalizedText plainBlock(String raw) {
        return assemble(lines(raw), null, null, null);
    }

    private static List<Line> lines(String raw) {
        return TextNormalizer.lines(raw);
    }

    private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)(\\S[^*_`\\n]{0,300}?\\S|\\S)\\1");
    private static final Pattern MD_LINE_PREFIX = Pattern.compile("(?m)^\\s{0,3}(#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d+[.)]\\s+)");
    private static final Pattern MD_RULE = Pattern.compile("(?m)^\\s{0,3}([-*_]\\s*){3,}$");

    /** Markdown: headings, quotes, list markers, emphasis, images and link targets are dropped, words kept. */
    public static NormalizedText markdown(String raw) {
        // Front matter first: the rule below would take its "---" fences for horizontal rules.
        List<String> rawLines = raw.lines().toList();
        MetadataHeader header = MetadataHeader.read(rawLines);
        if (header != MetadataHeader.NONE) {
            StringBuilder rest = new StringBuilder();
            for (int i = 0; i < rawLines.size(); i++) {
                if (!header.metadataLines().contains(i)) {
                    rest.append(rawLines.get(i)).append('\n');
                }
            }
            raw = rest.toString();
        }
        String text = MD_RULE.matcher(raw).replaceAll("");
        text = MD_IMAGE.matcher(text).replaceAll("");
        text = MD_LINK.matcher(text).replaceAll("$1");
        text = MD_LINE_PREFIX.matcher(text).replaceAll("");
        text = MD_EMPHASIS.matcher(text).replaceAll("$2");
        NormalizedText plain = plainBlock(text);
        return new NormalizedText(plain.text(), null, header.title(), header.date(), header.outlet(), header.url());
    }

    /** HTML: block elements become paragraphs; scripts, navigation, captions and asides are dropped. */
    public static NormalizedText html(String raw) {
        Document doc = Jsoup.parse(raw);
        doc.select("script, style, noscript, nav, header, footer, aside, figure, figcaption, form, iframe, svg, button").remove();
        String title = doc.title().isBlank() ? null : doc.title();
        String date = firstNonBlank(
                doc.select("meta[property=article:published_time]").attr("content"),
                doc.select("meta[name=date], meta[name=pubdate], meta[name=publish-date], meta[itemprop=datePublished]").attr("content"),
                doc.select("time[datetime]").attr("datetime"));
        String outlet = firstNonBlank(doc.select("meta[property=og:site_name]").attr("content"));
        List<Line> lines = new ArrayList<>();
        for (Element e : doc.select("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre")) {
            if (e.parents().stream().anyMatch(p -> p.is("p, li, blockquote, pre"))) {
                continue;
            }
            lines.add(new Line(e.text(), null));
        }
        if (lines.isEmpty()) {
            for (String l : doc.body() == null ? new String[0] : doc.body().wholeText().split("\n")) {
                lines.add(new Line(l, null));
            }
        }
        // HTML has no meaningful character map: normalize each block like plain text and drop the map.
        List<Line> cleaned = new ArrayList<>();
        for (Line l : lines) {
            String block = plainBlock(l.text()).text();
            for (Line p : block.isEmpty() ? List.<Line>of() : List.of(new Line(block, null))) {
                for (String part : p.text().split("\n\n")) {
                    cleaned.add(new Line(part, null));
                }
            }
        }
        return assemble(cleaned, title, date, outlet);
    }

    private static NormalizedText assemble(List<Line> lines, String title, String date, String outlet) {
        StringBuilder text = new StringBuilder();
        TextNormalizer.IndexMap map = new TextNormalizer.IndexMap(4096);
        boolean mapped = true;
        Set<String> seen = new HashSet<>();
        boolean inLinkBlock = false;
        for (Line l : lines) {
            String p = l.text();
            if (p.isEmpty()) {
                continue;
            }
            if (LINK_BLOCK_HEADER.matcher(p).matches()) {
                inLinkBlock = true;
                continue;
            }
            if (inLinkBlock) {
                // Headlines of other stories have no closing punctuation; a real paragraph ends the block.
                if (!SENTENCE_END.matcher(p).find() && p.length() < 200) {
                    continue;
                }
                inLinkBlock = false;
            }
            if (BOILERPLATE_LINE.matcher(p).matches() || !seen.add(p)) {
                continue;
            }
            if (text.length() > 0) {
                int at = map.size() == 0 ? 0 : map.last() + 1;
                text.append("\n\n");
                map.add(at);
                map.add(at);
            }
            text.append(p);
            if (l.map() == null) {
                mapped = false;
            } else {
                map.addAll(l.map());
            }
        }
        int[] toRaw = null;
        if (mapped) {
            map.add(map.size() == 0 ? 0 : map.last() + 1);
            toRaw = map.toArray();
        }
        return new NormalizedText(text.toString(), toRaw, title, date == null || date.isBlank() ? null : date, outlet);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
