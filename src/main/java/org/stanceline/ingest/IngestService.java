package org.stanceline.ingest;

import org.stanceline.kernel.DomainException;
import org.stanceline.kernel.Invalid;
import org.stanceline.kernel.NotFound;
import org.stanceline.kernel.Duplicate;
import org.stanceline.web.DomainProblems;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.jboss.logging.Logger;
import org.stanceline.audit.AuditLog;
import org.stanceline.cache.DataVersion;
import org.stanceline.source.ContentHash;
import org.stanceline.source.NewSource;
import org.stanceline.source.Source;
import org.stanceline.ingest.SourceService;
import org.stanceline.ingest.SourceViews;
import org.stanceline.kernel.DatePrecision;
import org.stanceline.statement.Statement;
import org.stanceline.similarity.SimilarityJudge;
import org.stanceline.similarity.SimilarityService;
import org.stanceline.web.StancelineConfig;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Adds a source through the ingest pipeline: checks the input, normalizes, refuses a text already
 * stored (409 naming it), stores the source and its proposed statements (each with a first revision),
 * and creates speakers the gazetteer did not know. The pipeline itself is plain Java ({@link IngestPipeline}).
 */
@ApplicationScoped
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class);
    public static final String PIPELINE_CODER = "ingest-pipeline";
    /** Actor of new speakers whose role names no known country. */
    public static final String UNATTRIBUTED_ACTOR = "unattributed";

    public enum Format { TEXT, MARKDOWN, HTML, PDF, DOCX }

    /** One uploaded file. */
    public record Upload(String fileName, String contentType, byte[] bytes) {
    }

    public record FileResult(String file, int status, Long id, Integer proposed, String error) {
    }

    public record BulkResult(int files, int created, int duplicates, int failed, List<FileResult> results) {
    }

    @Inject
    StancelineConfig config;

    @Inject
    PipelineCache pipelines;

    @Inject
    ProposalWriter proposalWriter;

    @Inject
    DataVersion dataVersion;

    @Inject
    AuditLog audit;

    @Inject
    SimilarityService similarity;

    /** JSON or pasted text; the format is told by the content (HTML is recognised), else plain text. */
    @Transactional
    public SourceViews.CreatedSource ingest(@Valid NewSource input, Format format, String user) {
        if (input == null) {
            throw new Invalid("The request body is empty");
        }
        if (input.text() == null || input.text().isBlank()) {
            throw new Invalid("Field 'text' is empty");
        }
        UploadChecks.requireSize(config.maxSourceBytes(), input.text().getBytes(StandardCharsets.UTF_8).length, "Field 'text'");
        UploadChecks.requireText(input.text(), "Field 'text'");
        IngestNormalizer.NormalizedText normalized = switch (format) {
            case HTML -> IngestNormalizer.html(input.text());
            case MARKDOWN -> IngestNormalizer.markdown(input.text());
            case TEXT, PDF, DOCX -> IngestNormalizer.normalize(input.text());
        };
        if (normalized.text().isBlank()) {
            throw new Invalid("The text holds no words once markup and boilerplate are removed");
        }
        return store(input, normalized, user);
    }

    /** One uploaded .txt, .md or .html file (strict UTF-8, no binary content), or a .pdf or .docx (its text). */
    @Transactional
    public SourceViews.CreatedSource ingestFile(Upload file, @Valid NewSource metadata, String user) {
        Format format = UploadChecks.formatOf(file.fileName());
        UploadChecks.requireSize(config.maxSourceBytes(), file.bytes().length, "File '" + file.fileName() + "'");
        String text = switch (format) {
            case PDF -> DocumentText.pdf(file.bytes(), file.fileName());
            case DOCX -> DocumentText.docx(file.bytes(), file.fileName());
            default -> UploadChecks.decodeUtf8(file.bytes(), "File '" + file.fileName() + "'");
        };
        NewSource input = new NewSource(metadata == null ? null : metadata.title(), metadata == null ? null : metadata.outlet(),
                metadata == null ? null : metadata.url(), metadata == null ? null : metadata.publishedOn(),
                metadata == null ? null : metadata.precision(), metadata == null ? null : metadata.language(), text);
        if (text.isBlank()) {
            throw new Invalid("File '" + file.fileName() + "' is empty");
        }
        return ingest(input, format, user);
    }

    /** A folder's worth of files, each in its own transaction: one bad file does not stop the others. */
    public BulkResult ingestAll(List<Upload> files, String user) {
        if (files == null || files.isEmpty()) {
            throw new Invalid("No files: send one or more form parts named 'files'");
        }
        List<FileResult> results = new ArrayList<>();
        int created = 0;
        int duplicates = 0;
        int failed = 0;
        for (int i = 0; i < files.size(); i++) {
            Upload f = files.get(i);
            try {
                SourceViews.CreatedSource c = QuarkusTransaction.requiringNew().call(() -> ingestFile(f, null, user));
                results.add(new FileResult(f.fileName(), 201, c.id(), c.proposed().size(), null));
                created++;
            } catch (DomainException e) {
                Object existing = e.members().get("existingId");
                results.add(new FileResult(f.fileName(), DomainProblems.status(e), existing instanceof Number n ? n.longValue() : null,
                        null, e.getMessage()));
                if (e instanceof Duplicate) {
                    duplicates++;
                } else {
                    failed++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Bulk ingest: %s failed", f.fileName());
                results.add(new FileResult(f.fileName(), 500, null, null, "The server failed on this file; see its log"));
                failed++;
            }
            LOG.infof("Bulk ingest by %s: %d/%d %s -> %d", user, i + 1, files.size(), f.fileName(),
                    results.get(results.size() - 1).status());
        }
        if (created == 0) {
            audit.nothingWritten();
        }
        return new BulkResult(files.size(), created, duplicates, failed, results);
    }

    /**
     * Runs the pipeline again on a stored source (for a text already stored, which answered 409, or after
     * the gazetteer grew) and stores only proposals that no statement of the source already covers: same
     * speaker and topic on an overlapping span.
     */
    @Transactional
    public SourceViews.CreatedSource propose(long sourceId, String user) {
        Source s = Source.<Source>findByIdOptional(sourceId)
                .orElseThrow(() -> new NotFound("Unknown source " + sourceId));
        DateResolver.Dated published = s.publishedOn == null ? DateResolver.publication(s.text, null, null, null)
                : new DateResolver.Dated(s.publishedOn, s.publishedPrecision == null ? DatePrecision.DAY : s.publishedPrecision,
                s.publishedInferred, "Publication date of the stored source");
        List<Statement> existing = Statement.list("source.id = ?1", sourceId);
        List<IngestPipeline.Proposed> fresh = learnedPipeline().propose(s.text, published).stream()
                .filter(p -> existing.stream().noneMatch(e -> e.spanStart < p.end() && p.start() < e.spanEnd
                        && e.speaker.slug.equals(p.speakerKey()) && e.topic.slug.equals(p.topic())))
                .toList();
        SourceViews.CreatedSource created = new SourceViews.CreatedSource(s.id, s.contentHash, proposalWriter.persist(s, fresh, user));
        audit.record(user, AuditLog.PROPOSE, "source", s.id, created.proposed().size()
                + " statements proposed again (" + existing.size() + " already there)");
        if (!created.proposed().isEmpty()) {
            dataVersion.bump();
        }
        return created;
    }


    /** A pipeline over the speakers, actors and topics in the database now. */
    public IngestPipeline pipeline() {
        return pipelines.current();
    }

    /** Strict UTF-8 (a BOM is allowed); names the byte where decoding failed. */
    public static String decodeUtf8(byte[] bytes, String what) {
        return UploadChecks.decodeUtf8(bytes, what);
    }

    private volatile LearnedPipeline learned;

    private record LearnedPipeline(IngestPipeline rules, SimilarityJudge judge, IngestPipeline pipeline) {
    }

    /**
     * The rules with the sentence model's judge (which knows every confirmed statement), or the rules alone when
     * the model is switched off; kept while neither the reference data nor the confirmed statements change.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IngestPipeline learnedPipeline() {
        IngestPipeline rules = pipeline();
        SimilarityJudge judge = similarity.judge().orElse(null);
        if (judge == null) {
            return rules;
        }
        LearnedPipeline l = learned;
        if (l == null || l.rules() != rules || l.judge() != judge) {
            l = new LearnedPipeline(rules, judge, rules.withJudge(judge, similarity.relevance()));
            learned = l;
        }
        return l.pipeline();
    }

    public static Format formatOf(String fileName) {
        return UploadChecks.formatOf(fileName);
    }

    /** A url: line in pasted text is kept only if it is the kind of address the API accepts. */
    private static String headerUrl(String url) {
        return url != null && url.length() <= 2000 && HEADER_URL.matcher(url).matches() ? url : null;
    }

    private static final java.util.regex.Pattern HEADER_URL = java.util.regex.Pattern.compile("https?://[^\\s<>\"|\\\\]+");

    private SourceViews.CreatedSource store(NewSource input, IngestNormalizer.NormalizedText normalized, String user) {
        String text = normalized.text();
        String hash = ContentHash.of(text);
        Source.findByContentHash(hash).ifPresent(existing -> {
            Map<String, Object> ext = new LinkedHashMap<>();
            ext.put("existingId", existing.id);
            ext.put("existingTitle", existing.title);
            throw new Duplicate("The same text is already stored as source " + existing.id
                    + " (\"" + existing.title + "\")", ext);
        });
        DatePrecision givenPrecision;
        try {
            givenPrecision = input.precision() == null ? null : DatePrecision.parse(input.precision());
        } catch (IllegalArgumentException e) {
            throw new Invalid("Field 'precision': " + e.getMessage());
        }
        DateResolver.Dated published = DateResolver.publication(text, input.publishedOn(), givenPrecision,
                normalized.metaDate());

        String guessed = LanguageGuess.of(text);
        boolean inferred = published.known() && published.inferred();
        // Page metadata is the article's, not ours: cut it to the columns' sizes rather than fail the upload.
        Source s = Source.create(new Source.Draft(null,
                cut(firstNonBlank(input.title(), normalized.title(), SourceService.titleFrom(text)), 500),
                cut(firstNonBlank(input.outlet(), normalized.metaOutlet()), 300),
                firstNonBlank(input.url(), headerUrl(normalized.metaUrl())), published.date(), published.precision(),
                inferred, inferred ? published.note() : null,
                input.language() != null ? input.language() : guessed.equals("und") ? "en" : guessed, text, user));
        try {
            // Flushed at once: the same text posted twice at the same moment meets the unique hash here.
            s.persistAndFlush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw new Duplicate("The same text was stored by a concurrent request",
                    Map.of("contentHash", hash));
        }

        // The pipeline's cues are English: on another language it would propose noise, so it proposes nothing.
        boolean english = s.language.toLowerCase(Locale.ROOT).startsWith("en");
        String notice = english ? null : "This source is in '" + s.language + "', not English: the pipeline proposes no"
                + " statements for it. Code its statements by hand, keeping the original words and a translation.";
        List<IngestPipeline.Proposed> proposals = config.ingest().propose() && english ? learnedPipeline().propose(text, published)
                : List.of();
        SourceViews.CreatedSource created = new SourceViews.CreatedSource(s.id, hash, proposalWriter.persist(s, proposals, user), notice);
        audit.record(user, AuditLog.CREATE, "source", s.id, "\"" + s.title + "\" (" + text.length()
                + " characters), " + created.proposed().size() + " statements proposed");
        dataVersion.bump();
        return created;
    }


    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 3) + "...";
    }
}
