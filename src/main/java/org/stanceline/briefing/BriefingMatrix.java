package org.stanceline.briefing;

import io.quarkus.qute.TemplateData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The briefing's optional first page: every question × the briefing's capitals at its end date, each cell the
 * scale word with its value, the position's date at its precision, the last change and staleness. Decided once by
 * {@link BriefingMatrixBuilder}, drawn by {@link BriefingMatrixPage} (HTML, PDF, Markdown) and
 * {@link BriefingMatrixDocx}.
 */
@TemplateData
public record BriefingMatrix(LocalDate at, int staleAfterDays, List<Capital> capitals, List<Row> rows) {

    /** At most this many capitals side by side; more make further tables under the first. */
    static final int CAPITALS_PER_TABLE = 6;

    @TemplateData
    public record Capital(String key, String name, String colour) {
    }

    /** One question and its cells, in the order of {@link #capitals}. */
    @TemplateData
    public record Row(String topic, String question, List<Cell> cells) {
    }

    /**
     * {@code stance} null: no confirmed statement by then; the other texts are then empty. {@code since} is the
     * position's date at its precision ("wk of 17 Mar 2025"), {@code change} "changed Mar 2025" or "unchanged".
     */
    @TemplateData
    public record Cell(Integer stance, String word, String since, String change, boolean stale) {

        public String position() {
            return stance == null ? "no position" : word + " (" + BriefingService.signed(stance) + ")";
        }

        /** Background of the cell: a diverging scale, orange for opposed to purple for supportive. */
        public String fill() {
            return stance == null ? "#ffffff" : FILLS.get(stance + 2);
        }

        /** White on the two dark ends of the scale, black elsewhere. */
        public String ink() {
            return stance != null && Math.abs(stance) == 2 ? "#ffffff" : "#1f2328";
        }

        public String detail() {
            if (stance == null) {
                return "";
            }
            return since + " · " + change + (stale ? " · stale" : "");
        }
    }

    static final List<String> FILLS = List.of("#b35806", "#f1a340", "#eeeeee", "#998ec3", "#542788");

    /** One table of the page: up to {@link #CAPITALS_PER_TABLE} capitals, every question. */
    @TemplateData
    public record Table(List<Capital> capitals, List<Row> rows) {
    }

    /** The capitals in groups of {@link #CAPITALS_PER_TABLE}, each group a table with every question. */
    public List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        for (int start = 0; start < capitals.size(); start += CAPITALS_PER_TABLE) {
            int from = start;
            int to = Math.min(capitals.size(), start + CAPITALS_PER_TABLE);
            tables.add(new Table(capitals.subList(from, to), rows.stream()
                    .map(r -> new Row(r.topic(), r.question(), r.cells().subList(from, to))).toList()));
        }
        return tables;
    }

    /** The sentence under the title, shared by every format. */
    public String legend() {
        return "Each cell: the capital's position on the question (scale word and value, from −2 to +2), the date "
                + "of the statement it rests on, as exactly as that date is known, and when it last changed. Stale: "
                + "the statement is more than " + staleAfterDays + " days old on " + BriefingMatrixPage.day(at) + ".";
    }
}
