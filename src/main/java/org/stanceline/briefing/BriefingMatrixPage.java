package org.stanceline.briefing;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stanceline.kernel.PrecisionDates;

import java.time.LocalDate;

/**
 * The matrix page as an XHTML section (Qute, escaped; the briefing template puts it first, and the PDF breaks the
 * page after it) and as Markdown (one GitHub table per group of capitals).
 */
@ApplicationScoped
public class BriefingMatrixPage {

    @Inject
    @Location("briefing-matrix.html")
    Template template;

    public String html(BriefingMatrix matrix) {
        return template.data("m", matrix).render();
    }

    public String markdown(BriefingMatrix m) {
        StringBuilder md = new StringBuilder(4096);
        md.append("# Every question at a glance\n\n").append("Positions on ").append(day(m.at())).append("\n\n");
        for (BriefingMatrix.Table table : m.tables()) {
            md.append("| Question |");
            table.capitals().forEach(c -> md.append(' ').append(BriefingMarkdown.inline(c.name())).append(" |"));
            md.append("\n|---|").append("---|".repeat(table.capitals().size())).append('\n');
            for (BriefingMatrix.Row row : table.rows()) {
                md.append("| ").append(BriefingMarkdown.inline(row.question())).append(" |");
                for (BriefingMatrix.Cell cell : row.cells()) {
                    md.append(' ').append(cell.stance() == null ? "—"
                            : "**" + BriefingMarkdown.inline(cell.position()) + "**<br>"
                            + BriefingMarkdown.inline(cell.detail())).append(" |");
                }
                md.append('\n');
            }
            md.append('\n');
        }
        md.append(m.legend()).append("\n\n---\n\n");
        return md.toString();
    }

    static String day(LocalDate date) {
        return PrecisionDates.day(date);
    }
}
