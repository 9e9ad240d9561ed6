package org.stanceline.export;

import org.stanceline.kernel.Invalid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stanceline.kernel.PrecisionDates;
import org.stanceline.statement.StatementQuery;
import org.stanceline.statement.StatementService;
import org.stanceline.statement.StatementView;
import org.stanceline.web.StancelineConfig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Every statement matching the list filters, as CSV (for spreadsheets) or JSON, up to a row limit. */
@ApplicationScoped
public class StatementExportService {

    /**
     * Column order of the CSV; provenance (source and span) last. {@code date} is ISO (sortable), {@code precision}
     * says how exactly it is known and {@code date_label} writes it so ("January 2026", "week of 17 March 2025").
     * {@code quote} is always the source's own words; {@code quote_language} and {@code translation} are empty
     * unless the quote is in another language than English.
     */
    public static final List<String> COLUMNS = List.of("id", "key", "date", "precision", "date_label", "date_note",
            "actor", "speaker", "speaker_role", "topic", "stance", "intensity", "quote", "quote_language", "translation", "verbatim", "cues", "confidence",
            "status", "coder", "note", "source_id", "source_title", "source_outlet", "source_url",
            "source_published_on", "span_start", "span_end");

    /** Makes Excel read the file as UTF-8. */
    static final String BOM = "\uFEFF";

    @Inject
    StatementService statements;

    @Inject
    StancelineConfig config;

    /** The query's page and size are ignored: all matching rows, or 400 when they are more than the limit. */
    public List<StatementView> rows(StatementQuery filters) {
        int limit = config.exports().maxRows();
        // Count before reading: an export over the limit is refused without loading its rows. The count stops
        // just past the limit, so a huge match set costs no more than a full export.
        long total = statements.countUpTo(filters, limit + 1L);
        if (total > limit) {
            throw new Invalid("More than " + limit + " statements match; an export "
                    + "holds at most " + limit + " (stanceline.exports.max-rows): narrow the filters (topic, actor, "
                    + "from, to)", java.util.Map.of("maxRows", limit));
        }
        return statements.list(filters, limit);
    }

    public byte[] csv(List<StatementView> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096 + rows.size() * 512);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write(BOM); // before the printer, which writes the header row when it is created
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                    .setHeader(COLUMNS.toArray(String[]::new)).get());
            for (StatementView s : rows) {
                csv.printRecord(COLUMNS.stream().map(c -> CsvCells.safe(cell(s, c))));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Object cell(StatementView s, String column) {
        return switch (column) {
            case "id" -> s.id();
            case "key" -> s.key();
            case "date" -> s.date();
            case "precision" -> s.precision();
            case "date_label" -> PrecisionDates.format(s.date(), s.precision());
            case "date_note" -> s.dateNote();
            case "actor" -> s.actor();
            case "speaker" -> s.speaker().name();
            case "speaker_role" -> s.speaker().role();
            case "topic" -> s.topic();
            case "stance" -> s.stance();
            case "intensity" -> s.intensity();
            case "quote" -> s.quote();
            case "quote_language" -> s.quoteLanguage();
            case "translation" -> s.translation();
            case "verbatim" -> s.verbatim();
            case "cues" -> String.join("; ", s.cues());
            case "confidence" -> s.confidence();
            case "status" -> s.status();
            case "coder" -> s.coder();
            case "note" -> s.note();
            case "source_id" -> s.source().id();
            case "source_title" -> s.source().title();
            case "source_outlet" -> s.source().outlet();
            case "source_url" -> s.source().url();
            case "source_published_on" -> s.source().publishedOn();
            case "span_start" -> s.span().start();
            case "span_end" -> s.span().end();
            default -> throw new IllegalArgumentException(column);
        };
    }
}
