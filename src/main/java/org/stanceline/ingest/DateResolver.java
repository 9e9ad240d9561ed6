package org.stanceline.ingest;

import org.stanceline.kernel.DatePrecision;
import org.stanceline.web.DateBounds;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 3: when a source was published (metadata, a {@code date YYYY-MM-DD} header, a dateline, else
 * unknown) and when each statement was said (relative expressions such as "on Sunday", "this week",
 * "last month" resolved against the publication date, with the precision that expression allows).
 */
public final class DateResolver {

    /** A date stored as the first day of its period (see {@link DatePrecision}); null date = unknown. */
    public record Dated(LocalDate date, DatePrecision precision, boolean inferred, String note) {
        public static final Dated UNKNOWN = new Dated(null, null, true, "No date in the metadata or the text");

        public boolean known() {
            return date != null;
        }
    }

    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final Pattern HEADER = Pattern.compile(
            "(?i)^\\s*(?:date|published|posted|updated)\\s*[:\\s]\\s*(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    /** "March 17, 2025", "17 March 2025" at the very start of a paragraph, optionally after a CITY, prefix. */
    private static final Pattern DATELINE = Pattern.compile("(?m)^(?:[A-Z][A-Z .'-]{1,40},\\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:"
            + MONTHS + "\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+" + MONTHS + ",?\\s+(\\d{4}))\\b");
    /** A wire dateline without a year, "ROME, September 4. /TASS/.", "MOSCOW, March 3 (Reuters) -": CITY first. */
    private static final Pattern YEARLESS_DATELINE = Pattern.compile("(?m)^[A-Z][A-Z .'-]{1,40},\\s*(?:"
            + MONTHS + "\\s+(\\d{1,2})|(\\d{1,2})\\s+" + MONTHS + ")(?![\\d,]|\\s+\\d)");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(?:on|last|this past|on the)\\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    /** A bare capitalized weekday ("said Tuesday", "Peskov Tuesday declined"), not one that starts a full date. */
    private static final Pattern BARE_WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
            + "(?!,?\\s+(?:\\d|" + MONTHS + "))(?!\\s+(?:Times|Telegraph|Express|Mirror|Post)\\b)");
    private static final Pattern EXPLICIT_DAY = Pattern.compile("\\b(?:on\\s+)?(?:" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?"
            + "(?:,?\\s+(\\d{4}))?|(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + "(?:,?\\s+(\\d{4}))?)\\b");
    private static final Pattern DAYS_AGO = Pattern.compile("(?i)\\b(\\d{1,2}|two|three|four|five|six)\\s+days\\s+ago\\b");
    private static final Pattern TODAY = Pattern.compile("\\b(today|this morning|this afternoon|tonight|this evening)\\b");
    private static final Pattern WEEKEND = Pattern.compile("\\b((over|at|during) the|this) weekend\\b");
    private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6);
    private static final Map<String, Month> MONTH_NAMES = new HashMap<>();

    static {
        for (Month m : Month.values()) {
            MONTH_NAMES.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
            MONTH_NAMES.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
        }
        MONTH_NAMES.put("sept", Month.SEPTEMBER);
    }

    private DateResolver() {
    }

    /** Publication date: metadata first, then a date header, HTML metadata, a dateline; else unknown. */
    public static Dated publication(String text, LocalDate metadataDate, DatePrecision metadataPrecision, String htmlMetaDate) {
        if (metadataDate != null) {
            DatePrecision p = metadataPrecision == null ? DatePrecision.DAY : metadataPrecision;
            return new Dated(p.startOf(metadataDate), p, false, "Publication date from the source's metadata");
        }
        Matcher header = HEADER.matcher(text.substring(0, Math.min(text.length(), 200)));
        if (header.find()) {
            LocalDate d = parseIso(header.group(1));
            if (d != null) {
                return new Dated(d, DatePrecision.DAY, false, "Publication date from the text's date header");
            }
        }
        if (htmlMetaDate != null) {
            Matcher iso = ISO.matcher(htmlMetaDate);
            if (iso.find()) {
                LocalDate d = parseIso(iso.group());
                if (d != null) {
                    return new Dated(d, DatePrecision.DAY, false, "Publication date from the page's metadata");
                }
            }
        }
        Matcher line = DATELINE.matcher(text.substring(0, Math.min(text.length(), 600)));
        if (line.find()) {
            LocalDate d = line.group(1) != null
                    ? date(line.group(3), line.group(1), line.group(2))
                    : date(line.group(6), line.group(5), line.group(4));
            if (d != null) {
                return new Dated(d, DatePrecision.DAY, true, "Publication date from the dateline '" + line.group().strip() + "'");
            }
        }
        return Dated.UNKNOWN;
    }

    /**
     * The day an opening dateline names, with or without a year (a yearless one is the latest such day on or before
     * publication), or null. The codebook (2.6) dates undated remarks of a datelined report to it.
     */
    public static Dated dateline(String text, Dated published) {
        if (!published.known()) {
            return null;
        }
        String head = text.substring(0, Math.min(text.length(), 600));
        Matcher full = DATELINE.matcher(head);
        LocalDate d = null;
        String what = null;
        if (full.find() && full.group().contains(",")) {
            d = full.group(1) != null ? date(full.group(3), full.group(1), full.group(2)) : date(full.group(6), full.group(5), full.group(4));
            what = full.group().strip();
        }
        Matcher yearless = YEARLESS_DATELINE.matcher(head);
        if (d == null && yearless.find()) {
            String month = yearless.group(1) != null ? yearless.group(1) : yearless.group(4);
            String day = yearless.group(1) != null ? yearless.group(2) : yearless.group(3);
            LocalDate pub = published.date();
            d = date(String.valueOf(pub.getYear()), month, day);
            if (d != null && d.isAfter(pub)) {
                d = date(String.valueOf(pub.getYear() - 1), month, day);
            }
            what = yearless.group().strip();
        }
        if (d == null || d.isAfter(published.date()) || d.isBefore(published.date().minusDays(7))) {
            return null; // a dateline far from publication is another story's, or not a dateline
        }
        return new Dated(d, DatePrecision.DAY, true, "No date in the sentence: the report's dateline '" + what + "'");
    }

    /** An event word a few words before a weekday: "whom he met in the White House on Monday", "his talks Monday". */
    private static final Pattern EVENT_BEFORE_DAY = Pattern.compile("(?i)\\b(?:met|meet|meeting|meetings|talks|summit|visit|"
            + "visited|call|following|after|since)\\b(?:\\s+[\\p{L}'’.-]+){0,5}?\\s+(?:on\\s+|last\\s+|on the\\s+)?$");

    /**
     * Finds the next weekday in {@code m} that dates the remark, skipping one that dates another event named just
     * before it (an event word within five words, no reporting verb between them).
     */
    private static boolean nextOfRemark(Matcher m, String context) {
        while (m.find()) {
            String before = context.substring(Math.max(0, m.start() - 60), m.start());
            Matcher event = EVENT_BEFORE_DAY.matcher(before);
            if (!event.find() || reportingVerbIn(before.substring(event.start()))) {
                return true;
            }
        }
        return false;
    }

    /** A reporting verb of the extractor's list among {@code words}. */
    private static boolean reportingVerbIn(String words) {
        for (String w : words.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (StatementExtractor.QUOTE_VERBS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** When the words in {@code context} (the statement's sentence) were said, relative to publication. */
    public static Dated said(String context, Dated published) {
        if (!published.known()) {
            return Dated.UNKNOWN;
        }
        LocalDate pub = published.date();
        boolean dayKnown = published.precision() == DatePrecision.DAY;
        String lower = context.toLowerCase(Locale.ROOT);
        boolean digits = hasDigit(context);
        if (dayKnown) {
            Matcher hit = null;
            if (lower.contains("day")) {
                Matcher wd = WEEKDAY.matcher(context);
                Matcher bare = BARE_WEEKDAY.matcher(context);
                boolean onDay = nextOfRemark(wd, context), bareDay = nextOfRemark(bare, context);
                // The first weekday named is the remark's; a later one ("whom he met on Monday") is another event.
                hit = onDay && bareDay ? (wd.start() <= bare.start() ? wd : bare) : onDay ? wd : bareDay ? bare : null;
            }
            if (hit != null) {
                // The latest such weekday on or before publication: "said Friday" in Friday's paper is that Friday.
                DayOfWeek day = DayOfWeek.valueOf(hit.group(1).toUpperCase(Locale.ROOT));
                LocalDate d = pub.with(TemporalAdjusters.previousOrSame(day));
                return new Dated(d, DatePrecision.DAY, true, "'" + hit.group() + "' before publication on " + pub);
            }
            if (lower.contains("yesterday")) {
                return new Dated(pub.minusDays(1), DatePrecision.DAY, true, "'yesterday' before publication on " + pub);
            }
            if ((lower.contains("to") || lower.contains("this")) && TODAY.matcher(lower).find()) {
                return new Dated(pub, DatePrecision.DAY, true, "'today' in a source published on " + pub);
            }
            Matcher ago = DAYS_AGO.matcher(context);
            if (lower.contains(" ago") && ago.find()) {
                String n = ago.group(1).toLowerCase(Locale.ROOT);
                int days = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
                return new Dated(pub.minusDays(days), DatePrecision.DAY, true, "'" + ago.group() + "' before " + pub);
            }
            Matcher explicit = EXPLICIT_DAY.matcher(context);
            while (digits && explicit.find()) {
                LocalDate d = explicit.group(1) != null
                        ? date(explicit.group(3), explicit.group(1), explicit.group(2))
                        : date(explicit.group(6), explicit.group(5), explicit.group(4));
                if (d == null && (explicit.group(1) != null || explicit.group(5) != null)) {
                    d = explicit.group(1) != null ? date(String.valueOf(pub.getYear()), explicit.group(1), explicit.group(2))
                            : date(String.valueOf(pub.getYear()), explicit.group(5), explicit.group(4));
                    if (d != null && d.isAfter(pub)) {
                        d = d.minusYears(1);
                    }
                }
                if (d != null && !d.isAfter(pub)) {
                    return new Dated(d, DatePrecision.DAY, false, "Date named in the text: '" + explicit.group().strip() + "'");
                }
            }
            if (lower.contains("weekend") && WEEKEND.matcher(lower).find()) {
                LocalDate saturday = pub.getDayOfWeek() == DayOfWeek.SUNDAY ? pub.minusDays(1)
                        : pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
                return new Dated(DatePrecision.WEEK.startOf(saturday), DatePrecision.WEEK, true,
                        "'the weekend' before publication on " + pub + ": the week of Saturday " + saturday);
            }
        }
        if (lower.contains("last week")) {
            LocalDate d = DatePrecision.WEEK.startOf(pub).minusWeeks(1);
            return new Dated(d, DatePrecision.WEEK, true, "'last week' before publication on " + pub);
        }
        if (lower.contains("last month")) {
            return new Dated(pub.minusMonths(1).withDayOfMonth(1), DatePrecision.MONTH, true, "'last month' before " + pub);
        }
        if (lower.contains("last year")) {
            return new Dated(pub.minusYears(1).withDayOfYear(1), DatePrecision.YEAR, true, "'last year' before " + pub);
        }
        if (lower.contains("this month") && published.precision() != DatePrecision.YEAR) {
            return new Dated(pub.withDayOfMonth(1), DatePrecision.MONTH, true, "'this month' in a source of " + pub);
        }
        if (dayKnown || published.precision() == DatePrecision.WEEK) {
            String why = lower.contains("this week") ? "'this week'" : "No date for the remark in the text";
            return new Dated(DatePrecision.WEEK.startOf(pub), DatePrecision.WEEK, true,
                    why + ": dated to the week of publication (" + pub + ")");
        }
        return new Dated(pub, published.precision(), true,
                "No date for the remark in the text: dated to the source's " + published.precision().label());
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(String year, String month, String day) {
        if (year == null || month == null || day == null) {
            return null;
        }
        Month m = MONTH_NAMES.get(month.toLowerCase(Locale.ROOT).replace(".", ""));
        try {
            return m == null ? null : inRange(LocalDate.of(Integer.parseInt(year), m, Integer.parseInt(day)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDate parseIso(String s) {
        try {
            return inRange(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A date outside the accepted range (a typo, "+999999999-12-31" in a page's metadata) is no date at all. */
    private static LocalDate inRange(LocalDate d) {
        return d.isBefore(DateBounds.min()) || d.isAfter(DateBounds.max()) ? null : d;
    }
}
