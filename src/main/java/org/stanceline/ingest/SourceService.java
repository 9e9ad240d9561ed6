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
        return Source.<Source>list("order by publishedOn desc nulls last, id desc").stream()
                .map(SourceViews.SourceSummary::of).toList();
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
