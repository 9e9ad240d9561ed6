package org.stanceline.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Seeded mutations of a text, each a way real input goes wrong. */
final class Mutations {

    private static final String[] INSERTS = {"\u0000", "\u0001", "\u001B[31m", "\u007F", "\u0085", "\u2028", "\uFEFF",
            "\uD800", "\uDC00", "\uD83D", "\uFFFE", "\uFFFF", "\r", "\r\n\r\n", "\t\t", "<script>alert(1)</script>",
            "<meta name=\"date\" content=\"+999999999-12-31\">", "date 1899-12-31\n", "date 2101-01-01\n",
            "date +999999999-12-31\n", "\u201C", "\u201D said Medvedev", "\"", "**", "# ", "<p>", "</p>", "&amp;",
            "&#0;", "&#xD800;", "e\u0301", "\u202E", "ﬀ", "\u00A0", "yesterday", "last week", "3 days ago",
            "on 31 February 2025", "on 5 March 10000"};

    private Mutations() {
    }

    static String mutate(String seed, Random random) {
        String s = seed;
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            s = once(s, random);
        }
        return s;
    }

    static String mutateShort(String seed, Random random) {
        String s = seed;
        for (int r = 0; r < 1 + random.nextInt(2); r++) {
            s = switch (random.nextInt(4)) {
                case 0 -> s.isEmpty() ? s : s.substring(0, random.nextInt(s.length() + 1));
                case 1 -> insert(s, Character.toString((char) random.nextInt(0x3000)), random);
                case 2 -> insert(s, String.valueOf(random.nextInt(10)), random);
                default -> s.isEmpty() ? s : replaceAt(s, random.nextInt(s.length()), (char) ('0' + random.nextInt(12)));
            };
        }
        return s;
    }

    private static String once(String s, Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> flipBytes(s, random);
            case 1 -> s.isEmpty() ? s : s.substring(0, random.nextInt(s.length() + 1));
            case 2 -> insert(s, INSERTS[random.nextInt(INSERTS.length)], random);
            case 3 -> insert(s, INSERTS[random.nextInt(INSERTS.length)].repeat(1 + random.nextInt(50)), random);
            case 4 -> random.nextInt(30) == 0 ? insert(s, "x".repeat(50_000 + random.nextInt(70_000)), random)
                    : insert(s, "word ".repeat(random.nextInt(2000)), random);
            case 5 -> insert(s, randomChars(random, 1 + random.nextInt(40)), random);
            case 6 -> s.isEmpty() ? s : s.substring(random.nextInt(s.length())) + s.substring(0, random.nextInt(s.length()));
            default -> s.replace("\n", random.nextBoolean() ? "" : "\n\n\n");
        };
    }

    /** Flips bytes of the UTF-8 form and decodes it back leniently, as a broken file would arrive. */
    private static String flipBytes(String s, Random random) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            return s;
        }
        for (int i = 0; i < 1 + random.nextInt(20); i++) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String insert(String s, String what, Random random) {
        int at = random.nextInt(s.length() + 1);
        return s.substring(0, at) + what + s.substring(at);
    }

    private static String replaceAt(String s, int at, char c) {
        return s.substring(0, at) + c + s.substring(at + 1);
    }

    private static String randomChars(Random random, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append((char) random.nextInt(0x10000));
        }
        return out.toString();
    }
}
