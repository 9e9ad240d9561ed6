import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a synthetic Stanceline backup (the format of GET /api/export/dataset.json), streamed and gzip'd:
 *
 * <pre>java scripts/GenerateBackup.java --statements 1000000 --out /tmp/backup.json.gz [--seed 1]</pre>
 *
 * 50 actors (the first six are the demo corpus's capitals), 10 topics (the first is "troops"), 3 speakers
 * per actor, 10 years of dates bursty around generated events, statuses 85/10/5 % confirmed/proposed/
 * rejected, stance and intensity that drift per actor and topic, about 20 statements per source whose text
 * is the concatenation of their quotes (so every span holds its quote), day/week/month precisions with
 * the date at the period start, and a few revisions. JDK only; the same seed gives the same file.
 */
public class GenerateBackup {

    static final String[][] CAPITALS = {
            {"moscow", "Moscow", "Russia", "#D55E00"}, {"london", "London", "United Kingdom", "#0072B2"},
            {"paris", "Paris", "France", "#CC79A7"}, {"washington", "Washington", "United States", "#E69F00"},
            {"kyiv", "Kyiv", "Ukraine", "#009E73"}, {"copenhagen", "Copenhagen", "Denmark", "#56B4E9"}};
    static final String[] TOPICS = {"troops", "nato-membership", "guarantees", "territory", "sanctions",
            "peace-talks", "military-aid", "defence-spending", "zelensky-legitimacy", "energy"};
    static final String[] TOPIC_PHRASES = {"foreign troops in Ukraine", "Ukraine's NATO membership",
            "security guarantees", "the territorial question", "the sanctions regime", "the peace talks",
            "military aid to Kyiv", "defence spending", "the legitimacy of the government in Kyiv",
            "energy supplies"};
    /** Two verbs per stance, from -2 to 2. */
    static final String[] VERBS = {"will never accept", "warns against", "firmly rejects", "has doubts about",
            "is ready to discuss", "will not rule out", "welcomes", "calls for progress on", "fully supports",
            "insists on"};
    static final String[] QUALIFIERS = {"without a ceasefire", "under the current conditions", "at this stage",
            "as long as the fighting continues", "after the summit", "in close coordination with allies",
            "if the other side agrees", "whatever happens next", "before the end of the year", "for now"};
    static final String[] KINDS = {"summit", "talks", "plan", "strike", "announcement"};
    static final int ACTORS = 50;
    static final int SPEAKERS_PER_ACTOR = 3;
    static final LocalDate START = LocalDate.of(2016, 1, 1);
    static final int DAYS = (int) ChronoUnit.DAYS.between(START, LocalDate.of(2026, 1, 1));
    static final int MONTHS = 120;
    static final int EVENTS = 300;

    final long seed;
    final long statements;
    final String[] actorKeys = new String[ACTORS];
    final int[] eventDays = new int[EVENTS];
    /** Per actor × topic × month: the drifting position (stance) and intensity. */
    final double[][][] stanceWalk = new double[ACTORS][TOPICS.length][MONTHS];
    final double[][][] intensityWalk = new double[ACTORS][TOPICS.length][MONTHS];
    final int[] perSource;

    GenerateBackup(long seed, long statements) {
        this.seed = seed;
        this.statements = statements;
        Random r = new Random(seed);
        for (int a = 0; a < ACTORS; a++) {
            actorKeys[a] = a < CAPITALS.length ? CAPITALS[a][0] : String.format("actor-%02d", a + 1);
            for (int t = 0; t < TOPICS.length; t++) {
                double s = r.nextGaussian(), i = 1 + r.nextDouble() * 1.5;
                for (int m = 0; m < MONTHS; m++) {
                    s = clamp(s + r.nextGaussian() * 0.25, -2.4, 2.4);
                    i = clamp(i + r.nextGaussian() * 0.2, 0, 3.4);
                    stanceWalk[a][t][m] = s;
                    intensityWalk[a][t][m] = i;
                }
            }
        }
        for (int e = 0; e < EVENTS; e++) {
            eventDays[e] = r.nextInt(DAYS);
        }
        List<Integer> counts = new ArrayList<>();
        for (long left = statements; left > 0; ) {
            int n = (int) Math.min(left, 10 + r.nextInt(21));
            counts.add(n);
            left -= n;
        }
        perSource = counts.stream().mapToInt(Integer::intValue).toArray();
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** One generated statement, before it is placed in its source's text. */
    record Gen(int actor, int speaker, int topic, LocalDate saidOn, String precision, String quote, int stance,
               int intensity, double confidence, String status, int revisions) {
    }

    /** The statements of source {@code s}: regenerated identically for the source and the statement pass. */
    List<Gen> source(int s, LocalDate[] published) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + s);
        int day = r.nextInt(10) < 7 ? burst(r) : r.nextInt(DAYS);
        published[0] = START.plusDays(day);
        int mainTopic = r.nextInt(10) < 3 ? 0 : r.nextInt(TOPICS.length);
        List<Gen> gens = new ArrayList<>(perSource[s]);
        for (int i = 0; i < perSource[s]; i++) {
            int actor = r.nextInt(4) == 0 ? r.nextInt(CAPITALS.length) : r.nextInt(ACTORS);
            int topic = r.nextInt(4) == 0 ? r.nextInt(TOPICS.length) : mainTopic;
            LocalDate said = published[0].minusDays(r.nextInt(4));
            if (said.isBefore(START)) {
                said = START;
            }
            int p = r.nextInt(100);
            String precision = p < 80 ? "day" : p < 92 ? "week" : "month";
            said = precision.equals("week") ? said.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    : precision.equals("month") ? said.withDayOfMonth(1) : said;
            int month = (int) Math.min(MONTHS - 1, Math.max(0, ChronoUnit.MONTHS.between(START, said)));
            int stance = (int) Math.round(clamp(stanceWalk[actor][topic][month] + r.nextGaussian() * 0.45, -2, 2));
            int intensity = (int) Math.round(clamp(intensityWalk[actor][topic][month] + r.nextGaussian() * 0.4, 0, 3));
            int verb = Math.min(VERBS.length - 1, Math.max(0, (stance + 2) * 2 + r.nextInt(2)));
            String quote = name(actor) + " " + VERBS[verb] + " " + TOPIC_PHRASES[topic] + " "
                    + QUALIFIERS[r.nextInt(QUALIFIERS.length)] + ", statement " + (r.nextInt(900_000) + 100_000) + ".";
            int st = r.nextInt(100);
            String status = st < 85 ? "confirmed" : st < 95 ? "proposed" : "rejected";
            int revisions = r.nextInt(100) < 2 ? 1 + r.nextInt(2) : 0;
            gens.add(new Gen(actor, r.nextInt(SPEAKERS_PER_ACTOR), topic, said, precision, quote, stance, intensity,
                    0.5 + r.nextInt(50) / 100.0, status, revisions));
        }
        return gens;
    }

    /** A day near an event: most statements come in the days after one. */
    int burst(SplittableRandom r) {
        int event = eventDays[r.nextInt(EVENTS)];
        int offset = (int) Math.min(60, -Math.log(1 - r.nextDouble()) * 4);
        return Math.min(DAYS - 1, event + offset);
    }

    String name(int actor) {
        return actor < CAPITALS.length ? CAPITALS[actor][1] : String.format("Capital %02d", actor + 1);
    }

    /** The text of a source: its title, then its statements' quotes joined by spaces. */
    static String text(int s, List<Gen> gens, int[] starts) {
        StringBuilder b = new StringBuilder("Generated report ").append(s + 1).append(".\n\n");
        for (int i = 0; i < gens.size(); i++) {
            if (i > 0) {
                b.append(' ');
            }
            starts[i] = b.length();
            b.append(gens.get(i).quote());
        }
        return b.toString();
    }

    void write(Writer w) throws Exception {
        w.write("{\"format\":\"stanceline-dataset\",\"version\":1,\"topics\":[");
        for (int t = 0; t < TOPICS.length; t++) {
            w.write((t > 0 ? "," : "") + "{\"key\":" + q(TOPICS[t]) + ",\"question\":" + q("Where do actors stand on "
                    + TOPIC_PHRASES[t] + "?") + ",\"description\":null,\"scaleLabels\":{\"-2\":\"threatens\","
                    + "\"-1\":\"opposes\",\"0\":\"conditional\",\"1\":\"open to\",\"2\":\"commits\"},\"displayOrder\":"
                    + (t + 1) + "}");
        }
        w.write("],\"actors\":[");
        for (int a = 0; a < ACTORS; a++) {
            String country = a < CAPITALS.length ? CAPITALS[a][2] : String.format("Country %02d", a + 1);
            String colour = a < CAPITALS.length ? CAPITALS[a][3] : String.format("#%06X", (a * 2654435761L) & 0xFFFFFF);
            w.write((a > 0 ? "," : "") + "{\"key\":" + q(actorKeys[a]) + ",\"name\":" + q(name(a)) + ",\"country\":"
                    + q(country) + ",\"colour\":" + q(colour) + ",\"displayOrder\":" + (a + 1) + "}");
        }
        w.write("],\"speakers\":[");
        for (int a = 0; a < ACTORS; a++) {
            for (int s = 0; s < SPEAKERS_PER_ACTOR; s++) {
                String name = "Speaker " + (s + 1) + " of " + name(a);
                w.write((a + s > 0 ? "," : "") + "{\"key\":" + q(speaker(a, s)) + ",\"name\":" + q(name)
                        + ",\"role\":\"Spokesperson\",\"actor\":" + q(actorKeys[a]) + ",\"from\":null,\"to\":null,"
                        + "\"aliases\":[" + q(name) + "],\"rolePhrases\":[]}");
            }
        }
        w.write("],\"sources\":[");
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String[] hashes = new String[perSource.length];
        LocalDate[] published = new LocalDate[1];
        for (int s = 0; s < perSource.length; s++) {
            List<Gen> gens = source(s, published);
            String text = text(s, gens, new int[gens.size()]);
            hashes[s] = HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
            w.write((s > 0 ? "," : "") + "{\"hash\":\"" + hashes[s] + "\",\"key\":null,\"title\":" + q("Generated report "
                    + (s + 1)) + ",\"outlet\":\"Generated Wire\",\"url\":\"https://example.org/generated/" + (s + 1)
                    + "\",\"publishedOn\":\"" + published[0] + "\",\"precision\":\"day\",\"inferred\":false,"
                    + "\"inferredReason\":null,\"language\":\"en\",\"text\":" + q(text) + ",\"createdAt\":\""
                    + published[0] + "T12:00:00Z\",\"createdBy\":\"generator\"}");
        }
        w.write("],\"statements\":[");
        boolean first = true;
        for (int s = 0; s < perSource.length; s++) {
            List<Gen> gens = source(s, published);
            int[] starts = new int[gens.size()];
            text(s, gens, starts);
            for (int i = 0; i < gens.size(); i++) {
                Gen g = gens.get(i);
                String created = g.saidOn() + "T18:00:00Z";
                String updated = g.revisions() > 0 ? g.saidOn().plusDays(1) + "T09:00:00Z" : created;
                w.write((first ? "" : ",") + "{\"key\":null,\"source\":\"" + hashes[s] + "\",\"speaker\":"
                        + q(speaker(g.actor(), g.speaker())) + ",\"actor\":" + q(actorKeys[g.actor()]) + ",\"topic\":"
                        + q(TOPICS[g.topic()]) + ",\"saidOn\":\"" + g.saidOn() + "\",\"precision\":\"" + g.precision()
                        + "\",\"dateNote\":null,\"quote\":" + q(g.quote()) + ",\"verbatim\":true,\"spanStart\":"
                        + starts[i] + ",\"spanEnd\":" + (starts[i] + g.quote().length()) + ",\"stance\":" + g.stance()
                        + ",\"intensity\":" + g.intensity() + ",\"cues\":[],\"confidence\":" + g.confidence()
                        + ",\"status\":\"" + g.status() + "\",\"coder\":\"generator\",\"note\":null,\"createdAt\":\""
                        + created + "\",\"updatedAt\":\"" + updated + "\",\"revisions\":" + revisions(g, created, updated)
                        + "}");
                first = false;
            }
        }
        w.write("],\"events\":[");
        for (int e = 0; e < EVENTS; e++) {
            w.write((e > 0 ? "," : "") + "{\"key\":\"event-" + (e + 1) + "\",\"date\":\"" + START.plusDays(eventDays[e])
                    + "\",\"endDate\":null,\"label\":\"Generated event " + (e + 1) + "\",\"kind\":\""
                    + KINDS[e % KINDS.length] + "\",\"source\":null,\"url\":null}");
        }
        w.write("]}");
    }

    static String revisions(Gen g, String created, String updated) {
        if (g.revisions() == 0) {
            return "[]";
        }
        String first = "{\"revision\":1,\"action\":\"proposed\",\"by\":\"generator\",\"at\":\"" + created
                + "\",\"before\":null,\"after\":" + q("{\"status\":\"proposed\",\"stance\":" + g.stance() + "}") + "}";
        if (g.revisions() == 1) {
            return "[" + first + "]";
        }
        String action = g.status().equals("proposed") ? "edited" : g.status();
        return "[" + first + ",{\"revision\":2,\"action\":\"" + action + "\",\"by\":\"analyst\",\"at\":\"" + updated
                + "\",\"before\":" + q("{\"status\":\"proposed\"}") + ",\"after\":" + q("{\"status\":\"" + g.status()
                + "\"}") + "}]";
    }

    String speaker(int actor, int s) {
        return actorKeys[actor] + "-speaker-" + (s + 1);
    }

    /** A JSON string literal. */
    static String q(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    public static void main(String[] args) throws Exception {
        long statements = 1_000_000;
        long seed = 1;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--statements" -> statements = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Usage: java scripts/GenerateBackup.java "
                        + "--statements N --out FILE.json.gz [--seed S]; unknown argument " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out FILE.json.gz is required");
        }
        long start = System.nanoTime();
        try (OutputStream file = Files.newOutputStream(out);
             OutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(file, 1 << 16), 1 << 16) {
                 {
                     def.setLevel(Deflater.BEST_SPEED);
                 }
             };
             Writer w = new java.io.BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8), 1 << 16)) {
            new GenerateBackup(seed, statements).write(w);
        }
        System.out.printf("Wrote %,d statements to %s (%,d bytes) in %.1f s%n", statements, out, Files.size(out),
                (System.nanoTime() - start) / 1e9);
    }
}
