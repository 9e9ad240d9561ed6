package org.stanceline.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import org.stanceline.kernel.PrecisionDates;

import java.time.LocalDate;

/** The briefing as Markdown (CommonMark with GitHub tables); the chart is linked as the static SVG. */
@ApplicationScoped
public class BriefingMarkdown {

    public String markdown(Briefing b) {
        StringBuilder md = new StringBuilder(8192);
        md.append("# ").append(inline(b.question())).append("\n\n");
        md.append("Briefing for ").append(b.period()).append(" · generated ").append(day(b.generatedOn()))
                .append(" · data as of ").append(day(b.methodology().dataAsOf())).append("\n\n");
        if (b.description() != null) {
            md.append(inline(b.description())).append("\n\n");
        }

        md.append("## Bottom line\n\n");
        for (Briefing.BottomLine line : b.bottomLines()) {
            md.append("- **").append(inline(line.name())).append(": ").append(inline(line.position()));
            if (line.stance() != null) {
                md.append(" (").append(BriefingService.signed(line.stance())).append(")");
            }
            md.append(".** ").append(inline(line.change()));
            if (line.latest() != null) {
                md.append(" Latest: ").append(quote(line.latest())).append(" — ").append(cite(line.latest()));
            }
            md.append("\n");
        }

        md.append("\n## Timeline\n\n");
        String chartUrl = b.permalink().replaceFirst("/\\?", "/charts/timeline.svg?");
        md.append("![").append(inline(b.chart().subtitle())).append("](").append(chartUrl).append(")\n\n");
        for (Briefing.Event e : b.events()) {
            md.append(e.number()).append(". ").append(day(e.date()))
                    .append(e.endDate() == null ? "" : " – " + day(e.endDate())).append(": ")
                    .append(inline(e.label())).append("\n");
        }

        md.append("\n## Shifts\n\n");
        if (b.shifts().isEmpty()) {
            md.append("No shifts in the period.\n");
        }
        for (Briefing.Shift s : b.shifts()) {
            md.append("### ").append(inline(s.name())).append(", ").append(s.when()).append(": ")
                    .append(inline(s.headline())).append("\n\n");
            md.append("> Before (").append(s.before().when()).append(", ").append(inline(s.before().position()))
                    .append("): ").append(quote(s.before())).append(" — ").append(cite(s.before())).append("\n>\n");
            md.append("> After (").append(s.after().when()).append(", ").append(inline(s.after().position()))
                    .append("): ").append(quote(s.after())).append(" — ").append(cite(s.after())).append("\n\n");
        }

        md.append("\n## Key statements\n\n");
        md.append("| Date said | Actor | Speaker | Role | Statement | Stance | Outlet | Title | URL |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Briefing.Citation c : b.keyStatements()) {
            md.append("| ").append(c.when()).append(" | ").append(cell(c.actor())).append(" | ")
                    .append(cell(c.speaker())).append(" | ").append(cell(c.role())).append(" | ")
                    .append(cell((c.verbatim() ? "\u201C" + c.quote() + "\u201D" : c.quote() + " (reported)")
                            + (c.translationLine() == null ? "" : " (" + c.translationLine() + ")")))
                    .append(" | ").append(cell(c.position())).append(" (").append(BriefingService.signed(c.stance()))
                    .append(") | ").append(cell(c.outlet())).append(" | ").append(cell(c.title())).append(" | ")
                    .append(c.url() == null ? "" : "<" + safeUrl(c.url()) + ">").append(" |\n");
        }

        Briefing.Methodology m = b.methodology();
        md.append("\n## Methodology\n\n");
        md.append("**Stance** towards the question, from −2 to +2: ");
        m.stanceScale().forEach(s -> md.append(s.value()).append(" ").append(inline(s.word())).append(" (")
                .append(s.meaning()).append("); "));
        md.setLength(md.length() - 2);
        md.append(".\n\n**Intensity**, 0 to 3, independent of direction: ");
        m.intensityScale().forEach(s -> md.append(s.value()).append(" ").append(s.word()).append("; "));
        md.setLength(md.length() - 2);
        md.append(".\n\n**Cues.** ").append(inline(m.cues())).append("\n\n");
        md.append("**Rules.** ").append(m.selection()).append(" A position is marked stale when its statement is "
                + "more than ").append(m.staleAfterDays()).append(" days old.\n\n");
        md.append("**Statements in the period** for these actors: ").append(m.confirmed()).append(" confirmed, ")
                .append(m.proposed()).append(" proposed (awaiting review), ").append(m.rejected())
                .append(" rejected. Data as of ").append(day(m.dataAsOf())).append(".\n\n");
        md.append("Source: Stanceline, <").append(b.permalink()).append(">\n");
        return md.toString();
    }

    private static String quote(Briefing.Citation c) {
        return (c.verbatim() ? "\u201C" + inline(c.quote()) + "\u201D" : inline(c.quote()) + " (reported)")
                + (c.translationLine() == null ? "" : " (" + inline(c.translationLine()) + ")");
    }

    private static String cite(Briefing.Citation c) {
        String ref = c.reference();
        return inline(c.byline()) + ", " + c.when() + (ref.isEmpty() ? "" : ", " + inline(ref))
                + (c.url() == null ? "" : ", <" + safeUrl(c.url()) + ">");
    }

    /** Dates known to the day: the period, events, data as of. */
    private static String day(LocalDate date) {
        return date == null ? "" : PrecisionDates.day(date);
    }

    /** Text on one line with Markdown's active characters escaped. */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replaceAll("([*_`\\[\\]<>#|])", "\\\\$1")
                .replaceAll("\\s*\\R\\s*", " ");
    }

    private static String cell(String text) {
        return inline(text);
    }

    /** Source URLs are data: characters that would end the link, open HTML or split a table are encoded. */
    static String safeUrl(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (char c : url.toCharArray()) {
            switch (c) {
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '|' -> out.append("%7C");
                case '"' -> out.append("%22");
                case ' ' -> out.append("%20");
                case '\\' -> out.append("%5C");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
