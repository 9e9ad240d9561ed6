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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the pipeline over the raw seed articles and scores it against the hand-coded gold set in
 * data/statements. Extraction counts distinct spans (one utterance coded on two topics is one unit); a
 * proposed span matches a gold span when they overlap. Attribution, stance and date are scored per gold
 * statement against the overlapping proposals (the one with the gold speaker and topic first).
 */
final class GoldSetEvaluation {

    record Gold(String source, String key, String speaker, String topic, LocalDate saidOn, String precision, int start,
                int end, int stance, int intensity) {
    }

    record Figures(int goldUnits, int proposedUnits, int truePositiveProposed, int foundGold, int goldStatements,
                   int matchedGold, int speakerRight, int stanceExact, int stanceWithinOne, int topicRight,
                   int dateRight, int dateCompatible, int strictSpeakerRight, List<String> lines) {
        double precision() {
            return proposedUnits == 0 ? 0 : (double) truePositiveProposed / proposedUnits;
        }

        double recall() {
            return goldUnits == 0 ? 0 : (double) foundGold / goldUnits;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double attribution() {
            return matchedGold == 0 ? 0 : (double) speakerRight / matchedGold;
        }

        double stanceExactRate() {
            return matchedGold == 0 ? 0 : (double) stanceExact / matchedGold;
        }

        double stanceWithinOneRate() {
            return matchedGold == 0 ? 0 : (double) stanceWithinOne / matchedGold;
        }

        String table() {
            return String.format(Locale.ROOT, """
                    Ingest accuracy on the gold set (%d gold statements, %d distinct gold spans)
                      extraction  precision %.3f (%d/%d proposed spans)  recall %.3f (%d/%d gold spans)  F1 %.3f
                      attribution %.3f (%d/%d matched gold statements have a proposal with the gold speaker)
                      attribution, strict %.3f (%d/%d: the proposal overlapping the gold span most has the gold speaker)
                      stance      exact %.3f (%d/%d)  within one step %.3f (%d/%d)
                      topic       %.3f (%d/%d)   date exact %.3f (%d/%d)  date compatible %.3f (%d/%d)
                    """, goldStatements, goldUnits, precision(), truePositiveProposed, proposedUnits, recall(), foundGold,
                    goldUnits, f1(), attribution(), speakerRight, matchedGold, rate(strictSpeakerRight), strictSpeakerRight,
                    matchedGold, stanceExactRate(), stanceExact,
                    matchedGold, stanceWithinOneRate(), stanceWithinOne, matchedGold, rate(topicRight), topicRight,
                    matchedGold, rate(dateRight), dateRight, matchedGold, rate(dateCompatible), dateCompatible, matchedGold);
        }

        private double rate(int n) {
            return matchedGold == 0 ? 0 : (double) n / matchedGold;
        }
    }

    private GoldSetEvaluation() {
    }

    static Figures evaluate(Path dataDir, Path rawSeeds) throws IOException {
        ObjectMapper json = new ObjectMapper();
        IngestPipeline pipeline = IngestPipeline.fromDataDir(dataDir);
        int goldUnits = 0, proposedUnits = 0, tpProposed = 0, foundGold = 0, goldStatements = 0, matched = 0;
        int strictRight = 0;
        int speakerRight = 0, stanceExact = 0, stanceWithin = 0, topicRight = 0, dateRight = 0, dateCompatible = 0;
        List<String> lines = new ArrayList<>();
        for (JsonNode source : json.readTree(dataDir.resolve("sources.json").toFile())) {
            String key = source.path("key").asText();
            String goldText = Files.readString(dataDir.resolve(source.path("file").asText()), StandardCharsets.UTF_8);
            String raw = Files.readString(rawSeeds.resolve(source.path("seedFile").asText()), StandardCharsets.UTF_8);
            // The analyst's metadata for the seeds (METADATA.md): publication date and its precision.
            IngestPipeline.Metadata meta = new IngestPipeline.Metadata(source.path("title").asText(),
                    LocalDate.parse(source.path("publishedOn").asText()),
                    DatePrecision.parse(source.path("precision").asText()));
            IngestPipeline.Result result = pipeline.run(raw, meta);
            List<IngestPipeline.Proposed> proposed = new ArrayList<>();
            for (IngestPipeline.Proposed p : result.statements()) {
                int at = align(result.text(), goldText, p);
                if (at >= 0) {
                    proposed.add(new IngestPipeline.Proposed(at, at + p.quote().length(), p.quote(), p.verbatim(),
                            p.speaker(), p.newSpeaker(), p.actor(), p.topic(), p.saidOn(), p.precision(), p.dateNote(),
                            p.stance(), p.intensity(), p.cues(), p.confidence(), p.note()));
                } else {
                    proposed.add(new IngestPipeline.Proposed(-10, -5, p.quote(), p.verbatim(), p.speaker(),
                            p.newSpeaker(), p.actor(), p.topic(), p.saidOn(), p.precision(), p.dateNote(), p.stance(),
                            p.intensity(), p.cues(), p.confidence(), p.note()));
                }
            }
            List<Gold> gold = readGold(json, dataDir, key);
            Set<String> goldSpans = new HashSet<>();
            gold.forEach(g -> goldSpans.add(g.start() + ":" + g.end()));
            Set<String> proposedSpans = new HashSet<>();
            proposed.forEach(p -> proposedSpans.add(p.start() + ":" + p.end()));
            goldUnits += goldSpans.size();
            proposedUnits += proposedSpans.size();
            for (String span : proposedSpans) {
                int s = Integer.parseInt(span.split(":")[0]);
                int e = Integer.parseInt(span.split(":")[1]);
                boolean hit = gold.stream().anyMatch(g -> overlap(s, e, g.start(), g.end()));
                tpProposed += hit ? 1 : 0;
                if (!hit) {
                    lines.add("  FP " + key + " [" + s + "," + e + ") " + proposedAt(proposed, s, e));
                }
            }
            for (String span : goldSpans) {
                int s = Integer.parseInt(span.split(":")[0]);
                int e = Integer.parseInt(span.split(":")[1]);
                if (proposed.stream().anyMatch(p -> overlap(s, e, p.start(), p.end()))) {
                    foundGold++;
                } else {
                    lines.add("  FN " + key + " [" + s + "," + e + ") " + abbreviate(goldText.substring(s, e)));
                }
            }
            for (Gold g : gold) {
                goldStatements++;
                List<IngestPipeline.Proposed> over = proposed.stream()
                        .filter(p -> overlap(g.start(), g.end(), p.start(), p.end())).toList();
                if (over.isEmpty()) {
                    continue;
                }
                matched++;
                IngestPipeline.Proposed best = over.stream()
                        .filter(p -> g.speaker().equals(p.speakerKey()) && g.topic().equals(p.topic())).findFirst()
                        .orElse(over.stream().filter(p -> g.speaker().equals(p.speakerKey())).findFirst()
                                .orElse(over.get(0)));
                IngestPipeline.Proposed most = over.stream().max(java.util.Comparator.comparingInt(
                        p -> Math.min(p.end(), g.end()) - Math.max(p.start(), g.start()))).orElseThrow();
                strictRight += g.speaker().equals(most.speakerKey()) ? 1 : 0;
                boolean speakerOk = g.speaker().equals(best.speakerKey());
                speakerRight += speakerOk ? 1 : 0;
                topicRight += g.topic().equals(best.topic()) ? 1 : 0;
                stanceExact += g.stance() == best.stance() ? 1 : 0;
                stanceWithin += Math.abs(g.stance() - best.stance()) <= 1 ? 1 : 0;
                boolean exactDate = g.saidOn().equals(best.saidOn()) && g.precision().equals(best.precision().label());
                dateRight += exactDate ? 1 : 0;
                boolean compatible = best.saidOn() != null && (within(g.saidOn(), best.saidOn(), best.precision())
                        || within(best.saidOn(), g.saidOn(), DatePrecision.parse(g.precision())));
                dateCompatible += compatible ? 1 : 0;
                if (!speakerOk || Math.abs(g.stance() - best.stance()) > 1) {
                    lines.add("  MISS " + g.key() + ": gold " + g.speaker() + "/" + g.topic() + " stance " + g.stance()
                            + "; proposed " + best.speakerKey() + "/" + best.topic() + " stance " + best.stance()
                            + " cues " + best.cues());
                }
            }
        }
        return new Figures(goldUnits, proposedUnits, tpProposed, foundGold, goldStatements, matched, speakerRight,
                stanceExact, stanceWithin, topicRight, dateRight, dateCompatible, strictRight, lines);
    }

    private static boolean within(LocalDate date, LocalDate periodStart, DatePrecision precision) {
        return !date.isBefore(periodStart) && !date.isAfter(precision.endOf(periodStart));
    }

    /** Where the proposal's quote lies in the gold text: same offsets when the texts agree, else the nearest copy. */
    static int align(String text, String goldText, IngestPipeline.Proposed p) {
        if (p.end() <= goldText.length() && goldText.substring(p.start(), p.end()).equals(p.quote())) {
            return p.start();
        }
        int best = -1;
        for (int at = goldText.indexOf(p.quote()); at >= 0; at = goldText.indexOf(p.quote(), at + 1)) {
            if (best < 0 || Math.abs(at - p.start()) < Math.abs(best - p.start())) {
                best = at;
            }
        }
        return best;
    }

    private static String proposedAt(List<IngestPipeline.Proposed> proposed, int s, int e) {
        IngestPipeline.Proposed p = proposed.stream().filter(x -> x.start() == s && x.end() == e).findFirst().orElseThrow();
        return p.speakerKey() + "/" + p.topic() + " " + abbreviate(p.quote());
    }

    private static String abbreviate(String s) {
        return s.length() <= 110 ? s : s.substring(0, 107) + "...";
    }

    private static boolean overlap(int s1, int e1, int s2, int e2) {
        return s1 < e2 && s2 < e1;
    }

    private static List<Gold> readGold(ObjectMapper json, Path dataDir, String sourceKey) throws IOException {
        List<Gold> out = new ArrayList<>();
        try (var files = Files.list(dataDir.resolve("statements"))) {
            for (Path f : files.sorted().toList()) {
                JsonNode doc = json.readTree(f.toFile());
                if (!doc.path("source").asText().equals(sourceKey)) {
                    continue;
                }
                for (JsonNode s : doc.path("statements")) {
                    if (s.path("status").asText().equals("rejected")) {
                        continue;
                    }
                    out.add(new Gold(sourceKey, s.path("key").asText(), s.path("speaker").asText(),
                            s.path("topic").asText(), LocalDate.parse(s.path("saidOn").asText()),
                            s.path("precision").asText(), s.path("span").path("start").asInt(),
                            s.path("span").path("end").asInt(), s.path("stance").asInt(), s.path("intensity").asInt()));
                }
            }
        }
        return out;
    }
}
