package org.stanceline.ingest;

import org.stanceline.kernel.DatePrecision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores the pipeline on a list of articles, stage by stage. Unlike {@link GoldSetEvaluation}, each gold
 * statement is scored against the single proposal a reviewer would see first for its span (the one
 * overlapping it most, then the most confident), not against whichever proposal happens to agree.
 */
final class EvidenceFigures {

    /** Counts for one topic: gold statements, found with that topic, proposals with that topic, right ones. */
    static final class TopicCounts {
        int gold, foundWithTopic, proposed, proposedRight, matched, stanceWithinOne;
    }

    static final class Figures {
        final String name;
        int articles, goldStatements, goldSpans, proposedSpans, proposals, foundGoldSpans, truePositiveSpans;
        int matched, speakerRight, actorGold, actorRight, topicRight, stanceExact, stanceWithinOne;
        int dayGold, dayRight, spansWithSeveral, unaligned;
        final Map<String, TopicCounts> topics = new TreeMap<>();
        final List<String> details = new ArrayList<>();

        Figures(String name) {
            this.name = name;
        }

        double precision() {
            return ratio(truePositiveSpans, proposedSpans);
        }

        double recall() {
            return ratio(foundGoldSpans, goldSpans);
        }

        double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double speaker() {
            return ratio(speakerRight, matched);
        }

        double actor() {
            return ratio(actorRight, actorGold);
        }

        double topic() {
            return ratio(topicRight, matched);
        }

        double stanceExactRate() {
            return ratio(stanceExact, matched);
        }

        double stanceWithinOneRate() {
            return ratio(stanceWithinOne, matched);
        }

        double dayDate() {
            return ratio(dayRight, dayGold);
        }

        double duplicatesPerSpan() {
            return ratio(proposals - proposedSpans, proposedSpans);
        }

        String table() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%s: %d articles, %d gold statements on %d spans%s%n", name, articles,
                    goldStatements, goldSpans, unaligned > 0 ? " (" + unaligned + " gold quotes not found in the text!)" : ""));
            b.append(String.format(Locale.ROOT, "  %-34s %-26s %s%n", "stage / figure", "value", "target"));
            row(b, "extraction recall", recall(), foundGoldSpans, goldSpans, "");
            row(b, "extraction precision", precision(), truePositiveSpans, proposedSpans, "");
            b.append(String.format(Locale.ROOT, "  %-34s %-26s %s%n", "extraction F1", f(f1()), ">= 0.85"));
            row(b, "speaker (single best proposal)", speaker(), speakerRight, matched, ">= 0.95");
            row(b, "actor (where the actor exists)", actor(), actorRight, actorGold, ">= 0.95");
            row(b, "topic", topic(), topicRight, matched, ">= 0.85");
            row(b, "stance exact", stanceExactRate(), stanceExact, matched, ">= 0.60");
            row(b, "stance within one step", stanceWithinOneRate(), stanceWithinOne, matched, ">= 0.85");
            row(b, "date to the day (gold has a day)", dayDate(), dayRight, dayGold, ">= 0.70");
            b.append(String.format(Locale.ROOT, "  %-34s %-26s %s%n", "duplicate proposals per span",
                    f(duplicatesPerSpan()) + " (" + spansWithSeveral + " spans with more than one)", "0"));
            b.append("  per topic: gold / recall with the topic / precision of proposals filed under it / stance within one\n");
            topics.forEach((topic, c) -> b.append(String.format(Locale.ROOT, "    %-20s %3d  recall %s  precision %s (%d/%d)  stance±1 %s%n",
                    topic, c.gold, f(ratio(c.foundWithTopic, c.gold)), f(ratio(c.proposedRight, c.proposed)),
                    c.proposedRight, c.proposed, f(ratio(c.stanceWithinOne, c.matched)))));
            return b.toString();
        }

        private static void row(StringBuilder b, String label, double value, int n, int of, String target) {
            b.append(String.format(Locale.ROOT, "  %-34s %-26s %s%n", label, f(value) + " (" + n + "/" + of + ")", target));
        }

        private static String f(double v) {
            return String.format(Locale.ROOT, "%.3f", v);
        }

        private static double ratio(int n, int of) {
            return of == 0 ? 0 : (double) n / of;
        }
    }

    private record Span(int start, int end) {
        boolean overlaps(int s, int e) {
            return start < e && s < end;
        }
    }

    private EvidenceFigures() {
    }

    static Figures evaluate(String name, IngestPipeline pipeline, List<DevSet.Article> articles, Set<String> knownActors) {
        return evaluate(name, a -> pipeline, articles, knownActors);
    }

    /** The same with a pipeline per article (leave one article out: its own statements are never its neighbours). */
    static Figures evaluate(String name, java.util.function.Function<DevSet.Article, IngestPipeline> pipelines,
                            List<DevSet.Article> articles, Set<String> knownActors) {
        Figures fig = new Figures(name);
        for (DevSet.Article a : articles) {
            fig.articles++;
            IngestPipeline.Result result = pipelines.apply(a).run(a.text(),
                    new IngestPipeline.Metadata(null, a.publishedOn(), a.precision()));
            String text = result.text();
            List<IngestPipeline.Proposed> proposed = result.statements();
            Map<Span, List<IngestPipeline.Proposed>> bySpan = new HashMap<>();
            proposed.forEach(p -> bySpan.computeIfAbsent(new Span(p.start(), p.end()), k -> new ArrayList<>()).add(p));
            fig.proposals += proposed.size();
            fig.proposedSpans += bySpan.size();
            fig.spansWithSeveral += (int) bySpan.values().stream().filter(l -> l.size() > 1).count();

            List<Span> goldSpans = new ArrayList<>();
            Set<Span> distinctGold = new HashSet<>();
            for (DevSet.Gold g : a.gold()) {
                int at = locate(text, g.quote());
                Span s = at < 0 ? null : new Span(at, at + g.quote().length());
                goldSpans.add(s);
                if (s == null) {
                    fig.unaligned++;
                    fig.details.add("  UNALIGNED " + a.id() + ": " + g.quote());
                } else {
                    distinctGold.add(s);
                }
            }
            fig.goldSpans += distinctGold.size();
            for (Span g : distinctGold) {
                if (bySpan.keySet().stream().anyMatch(p -> p.overlaps(g.start(), g.end()))) {
                    fig.foundGoldSpans++;
                } else {
                    fig.details.add("  FN " + a.id() + " " + abbreviate(text.substring(g.start(), g.end())));
                }
            }
            for (Map.Entry<Span, List<IngestPipeline.Proposed>> e : bySpan.entrySet()) {
                Span p = e.getKey();
                boolean hit = distinctGold.stream().anyMatch(g -> g.overlaps(p.start(), p.end()));
                fig.truePositiveSpans += hit ? 1 : 0;
                if (!hit) {
                    IngestPipeline.Proposed first = e.getValue().get(0);
                    fig.details.add("  FP " + a.id() + " " + first.speakerKey() + "/" + first.topic() + " "
                            + abbreviate(first.quote()));
                }
                for (IngestPipeline.Proposed x : e.getValue()) {
                    TopicCounts c = fig.topics.computeIfAbsent(x.topic(), k -> new TopicCounts());
                    c.proposed++;
                    boolean right = false;
                    for (int i = 0; i < a.gold().size(); i++) {
                        Span g = goldSpans.get(i);
                        right |= g != null && g.overlaps(p.start(), p.end()) && a.gold().get(i).topic().equals(x.topic());
                    }
                    c.proposedRight += right ? 1 : 0;
                }
            }
            for (int i = 0; i < a.gold().size(); i++) {
                DevSet.Gold g = a.gold().get(i);
                Span gs = goldSpans.get(i);
                fig.goldStatements++;
                TopicCounts tc = fig.topics.computeIfAbsent(g.topic(), k -> new TopicCounts());
                tc.gold++;
                boolean dayGold = g.precision() == DatePrecision.DAY;
                fig.dayGold += dayGold ? 1 : 0;
                if (gs == null) {
                    continue;
                }
                List<IngestPipeline.Proposed> over = proposed.stream().filter(p -> gs.overlaps(p.start(), p.end())).toList();
                if (over.isEmpty()) {
                    continue;
                }
                tc.foundWithTopic += over.stream().anyMatch(p -> p.topic().equals(g.topic())) ? 1 : 0;
                IngestPipeline.Proposed best = over.stream().max(Comparator
                        .comparingInt((IngestPipeline.Proposed p) -> Math.min(p.end(), gs.end()) - Math.max(p.start(), gs.start()))
                        .thenComparingDouble(IngestPipeline.Proposed::confidence)).orElseThrow();
                fig.matched++;
                tc.matched++;
                boolean speakerOk = sameSpeaker(g.speaker(), best.speakerKey());
                fig.speakerRight += speakerOk ? 1 : 0;
                if (knownActors.contains(g.actor())) {
                    fig.actorGold++;
                    fig.actorRight += g.actor().equals(best.actor()) ? 1 : 0;
                }
                boolean topicOk = g.topic().equals(best.topic());
                fig.topicRight += topicOk ? 1 : 0;
                int diff = Math.abs(g.stance() - best.stance());
                fig.stanceExact += diff == 0 ? 1 : 0;
                fig.stanceWithinOne += diff <= 1 ? 1 : 0;
                tc.stanceWithinOne += diff <= 1 ? 1 : 0;
                boolean dayOk = dayGold && g.saidOn().equals(best.saidOn()) && best.precision() == DatePrecision.DAY;
                fig.dayRight += dayOk ? 1 : 0;
                if (!speakerOk || !topicOk || diff > 0 || (dayGold && !dayOk)) {
                    fig.details.add("  MISS " + a.id() + " gold " + g.speaker() + "/" + g.topic() + "/" + g.stance() + "/"
                            + g.saidOn() + " proposed " + best.speakerKey() + "/" + best.topic() + "/" + best.stance() + "/"
                            + best.saidOn() + " " + best.precision().label() + " cues " + best.cues() + " :: " + abbreviate(g.quote()));
                }
            }
        }
        return fig;
    }

    /** Where a gold quote lies in the pipeline's normalized text (gold quotes are typed with straight quotes). */
    static int locate(String text, String quote) {
        int at = text.indexOf(quote);
        if (at < 0) {
            String normalized = IngestNormalizer.normalize(quote).text();
            at = text.indexOf(normalized);
        }
        return at;
    }

    /** Same speaker: same key, or a new speaker whose name ends in the gold key's surname ("mark-rutte" for "rutte"). */
    static boolean sameSpeaker(String gold, String proposed) {
        if (gold.equals(proposed)) {
            return true;
        }
        String[] g = gold.split("-");
        String[] p = proposed.split("-");
        return g.length == 1 && p[p.length - 1].equals(g[0]);
    }

    private static String abbreviate(String s) {
        return s.length() <= 110 ? s : s.substring(0, 107) + "...";
    }
}
