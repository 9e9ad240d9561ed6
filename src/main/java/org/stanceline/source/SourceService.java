package org.stanceline.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.stanceline.statement.DatePrecision;
import org.stanceline.statement.StatementService;
import org.stanceline.web.ProblemException;
import org.stanceline.web.RequestValidator;
import org.stanceline.web.StancelineConfig;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

@ApplicationScoped
public class SourceService {

    @Inject
    StatementService statements;

    @Inject
    StancelineConfig config;

    @Inject
    RequestValidator validator;

    @Transactional(SUPPORTS)
    public List<SourceViews.SourceSummary> list() {
        return Source.<Source>list("order by publishedOn desc nulls last, id desc").stream()
                .map(SourceViews.SourceSummary::of).toList();
    }

    @Transactional(SUPPORTS)
    public SourceViews.SourceDetail get(long id) {
        Source s = Source.<Source>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Unknown source " + id));
        return new SourceViews.SourceDetail(s.id, s.slug, s.title, s.outlet, s.url, s.publishedOn,
                s.publishedPrecision == null ? null : s.publishedPrecision.label(), s.publishedInferred,
                s.inferredReason, s.language, s.contentHash, s.text, statements.ofSource(id));
    }

    /** Stores a source in normalized form; the same text twice is a conflict naming the first. */
    @Transactional
    public SourceViews.CreatedSource create(NewSource input, String user) {
        validator.check(input);
        if (input.text() == null || input.text().isBlank()) {
            throw ProblemException.badRequest("Field 'text' is empty");
        }
        int bytes = input.text().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > config.maxSourceBytes()) {
            throw new ProblemException(413, "Content too large", "Field 'text' has " + bytes
                    + " bytes; the limit is " + config.maxSourceBytes() + " bytes", null);
        }
        String text = TextNormalizer.normalize(input.text());
        String hash = ContentHash.of(text);
        Source.findByContentHash(hash).ifPresent(existing -> {
            Map<String, Object> ext = new LinkedHashMap<>();
            ext.put("existingId", existing.id);
            ext.put("existingTitle", existing.title);
            throw ProblemException.conflict("The same text is already stored as source " + existing.id
                    + " (\"" + existing.title + "\")", ext);
        });
        Source s = new Source();
        s.title = input.title() == null || input.title().isBlank() ? titleFrom(text) : input.title().strip();
        s.outlet = input.outlet();
        s.url = input.url();
        s.publishedOn = input.publishedOn();
        s.publishedPrecision = input.publishedOn() == null ? null
                : DatePrecision.parse(input.precision() == null ? "day" : input.precision());
        s.publishedInferred = false;
        s.language = input.language() == null ? "en" : input.language();
        s.text = text;
        s.contentHash = hash;
        s.createdAt = Instant.now();
        s.createdBy = user;
        s.persist();
        return new SourceViews.CreatedSource(s.id, hash, List.of());
    }

    /** First line of the text, shortened: a pasted article usually starts with its headline. */
    static String titleFrom(String text) {
        String first = text.lines().findFirst().orElse("Untitled source").strip();
        return first.length() <= 200 ? first : first.substring(0, 197) + "...";
    }
}
