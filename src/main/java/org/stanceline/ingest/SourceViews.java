package org.stanceline.ingest;

import org.stanceline.kernel.DatePrecision;
import org.stanceline.source.Source;

import org.stanceline.statement.StatementView;

import java.time.LocalDate;
import java.util.List;

/** API shapes of sources. */
public final class SourceViews {

    private SourceViews() {
    }

    /** The columns of a source summary, as the list reads them. */
    public record SummaryRow(Long id, String slug, String title, String outlet, String url, LocalDate publishedOn,
                             DatePrecision precision, boolean inferred) {
        SourceSummary summary() {
            return new SourceSummary(id, slug, title, outlet, url, publishedOn,
                    precision == null ? null : precision.label(), inferred);
        }
    }

    public record SourceSummary(Long id, String key, String title, String outlet, String url, LocalDate publishedOn,
                                String precision, boolean inferred) {
        public static SourceSummary of(Source s) {
            return new SourceSummary(s.id, s.slug, s.title, s.outlet, s.url, s.publishedOn,
                    s.publishedPrecision == null ? null : s.publishedPrecision.label(), s.publishedInferred);
        }
    }

    public record SourceDetail(Long id, String key, String title, String outlet, String url, LocalDate publishedOn,
                               String precision, boolean inferred, String inferredReason, String language,
                               String contentHash, String text, List<StatementView> statements) {
    }

    /** {@code notice} (may be null) tells the analyst why nothing or little was proposed, e.g. a non-English text. */
    public record CreatedSource(Long id, String contentHash, List<StatementView> proposed, String notice) {
        public CreatedSource(Long id, String contentHash, List<StatementView> proposed) {
            this(id, contentHash, proposed, null);
        }
    }
}
