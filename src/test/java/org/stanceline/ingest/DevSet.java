package org.stanceline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.stanceline.kernel.DatePrecision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation sets: the development set of real articles (src/test/resources/devset, see its README)
 * split into tune and test parts, and the five seeds with the demo corpus as their gold coding.
 */
final class DevSet {

    enum Part { TUNE, TEST, SEEDS }

    record Gold(String speaker, String actor, String topic, int stance, int intensity, LocalDate saidOn,
                DatePrecision precision, String quote) {
    }

    record Article(String id, Part part, String url, String outlet, LocalDate publishedOn, DatePrecision precision,
                   String text, List<Gold> gold) {
    }

    /**
     * The coded article files. Not in the repository (copyrighted text, see devset/SOURCES.md): supplied with
     * {@code -Dstanceline.devset=DIR}; tests that need them skip without them.
     */
    static final Path DEVSET = Path.of(System.getProperty("stanceline.devset", "src/test/resources/devset/articles"));

    /** Skips the calling test, saying why, when the coded article files are not supplied. */
    static void assumePresent() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(DEVSET), "the dev set's coded articles are "
                + "not in the repository (copyrighted text; see src/test/resources/devset/SOURCES.md): pass "
                + "-Dstanceline.devset=DIR to measure them");
    }

    private DevSet() {
    }

    /** Articles of the development set; odd-numbered files are the tune part, even-numbered the test part. */
    static List<Article> devset(Part part) throws IOException {
        List<Article> out = new ArrayList<>();
        try (var files = Files.list(DEVSET)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("a\\d+\\.txt")).sorted().toList()) {
                Article a = parse(f);
                if (a.part() == part) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    static Article parse(Path file) throws IOException {
        String all = Files.readString(file, StandardCharsets.UTF_8);
        int textAt = all.indexOf("=== text\n");
        int stmAt = all.indexOf("=== statements\n");
        if (textAt < 0 || stmAt < textAt) {
            throw new IllegalArgumentException(file + ": needs '=== text' then '=== statements'");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        for (String line : all.substring(0, textAt).split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                meta.put(line.substring(0, colon).trim(), line.substring(colon + 2).trim());
            }
        }
        String text = all.substring(textAt + "=== text\n".length(), stmAt).stripTrailing();
        List<Gold> gold = new ArrayList<>();
        for (String line : all.substring(stmAt + "=== statements\n".length()).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.split("\\|", 7);
            if (p.length != 7) {
                throw new IllegalArgumentException(file + ": statement line needs 7 fields: " + line);
            }
            String[] date = p[5].trim().split(" ");
            gold.add(new Gold(p[0].trim(), p[1].trim(), p[2].trim(), Integer.parseInt(p[3].trim()),
                    Integer.parseInt(p[4].trim()), LocalDate.parse(date[0]), DatePrecision.parse(date[1]), p[6].trim()));
        }
        String name = file.getFileName().toString();
        int number = Integer.parseInt(name.replaceAll("\\D", ""));
        String[] published = meta.get("published").split(" ");
        return new Article(name.replace(".txt", ""), number % 2 == 0 ? Part.TEST : Part.TUNE, meta.get("url"),
                meta.get("outlet"), LocalDate.parse(published[0]), DatePrecision.parse(published[1]), text, gold);
    }

    /** The five raw seed articles with the demo corpus (data/statements) as their gold coding. */
    static List<Article> seeds(Path dataDir, Path rawSeeds) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        for (JsonNode source : json.readTree(dataDir.resolve("sources.json").toFile())) {
            String key = source.path("key").asText();
            String raw = Files.readString(rawSeeds.resolve(source.path("seedFile").asText()), StandardCharsets.UTF_8);
            List<Gold> gold = new ArrayList<>();
            JsonNode doc = json.readTree(dataDir.resolve("statements").resolve(key + ".json").toFile());
            for (JsonNode s : doc.path("statements")) {
                if (!s.path("status").asText().equals("rejected")) {
                    gold.add(new Gold(s.path("speaker").asText(), s.path("actor").asText(), s.path("topic").asText(),
                            s.path("stance").asInt(), s.path("intensity").asInt(), LocalDate.parse(s.path("saidOn").asText()),
                            DatePrecision.parse(s.path("precision").asText()), s.path("quote").asText()));
                }
            }
            out.add(new Article(key, Part.SEEDS, source.path("url").asText(null), source.path("outlet").asText(),
                    LocalDate.parse(source.path("publishedOn").asText()),
                    DatePrecision.parse(source.path("precision").asText()), raw, gold));
        }
        return out;
    }
}
