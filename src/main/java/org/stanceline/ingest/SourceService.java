package org.stanceline.ingest;

import org.stanceline.kernel.NotFound;
import org.stanceline.source.Source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.stanceline.statement.StatementService;

import java.util.List;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

@ApplicationScoped
public class SourceService {

    @Inject
    StatementService statements;

    @Transactional(SUPPORTS)
    public List<SourceViews.SourceSummary> list() {
        // A projection, so that the articles' texts are never read: loading the entities took 37 s for the
        // 50,000 sources of a million statements.
        return Source.getEntityManager().createQuery("select new org.stanceline.ingest.SourceViews$SummaryRow(s.id, "
                        + "s.slug, s.title, s.outlet, s.url, s.publishedOn, s.publishedPrecision, s.publishedInferred) "
                        + "from Source s order by s.publishedOn desc nulls last, s.id desc", SourceViews.SummaryRow.class)
                .getResultList().stream().map(SourceViews.SummaryRow::summary).toList();
    }

    @Transactional(SUPPORTS)
    public SourceViews.SourceDetail get(long id) {
        Source s = Source.<Source>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("Unknown source " + id));
        return new SourceViews.SourceDetail(s.id, s.slug, s.title, s.outlet, s.url, s.publishedOn,
                s.publishedPrecision == null ? null : s.publishedPrecision.label(), s.publishedInferred,
                s.inferredReason, s.language, s.contentHash, s.text, statements.ofSource(id));
    }

    /** First line of the text, shortened: a pasted article usually starts with its headline. */
    public static String titleFrom(String text) {
        String first = text.lines().findFirst().orElse("Untitled source").strip();
        return first.length() <= 200 ? first : first.substring(0, 197) + "...";
    }
}
