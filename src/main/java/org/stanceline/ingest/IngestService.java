package org.stanceline.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.stanceline.audit.AuditLog;
import org.stanceline.cache.DataVersion;
import org.stanceline.reference.Actor;
import org.stanceline.reference.Speaker;
import org.stanceline.reference.Topic;
import org.stanceline.source.ContentHash;
import org.stanceline.source.NewSource;
import org.stanceline.source.Source;
import org.stanceline.ingest.SourceService;
import org.stanceline.ingest.SourceViews;
import org.stanceline.kernel.DatePrecision;
import org.stanceline.statement.Statement;
import org.stanceline.similarity.SimilarityJudge;
import org.stanceline.similarity.SimilarityService;
import org.stanceline.statement.StatementNeighbour;
import org.stanceline.statement.StatementService;
import org.stanceline.statement.StatementView;
import org.stanceline.web.ProblemException;
import org.stanceline.web.RequestValidator;
import org.stanceline.web.StancelineConfig;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
    RequestValidator validator;

    @Inject
    StatementService statements;

    @Inject
    DataVersion dataVersion;

    @Inject
    AuditLog audit;

    @Inject
    SimilarityService similarity;

    /** JSON or pasted text; the format is told by the content (HTML is recognised), else plain text. */
    @Transactional
    public SourceViews.CreatedSource ingest(NewSource input, Format format, String user) {
        validator.check(input);
        if (input.text() == null || input.text().isBlank()) {
            throw ProblemException.badRequest("Field 'text' is empty");
        }
        requireSize(input.text().getBytes(StandardCharsets.UTF_8).length, "Field 'text'");
        requireText(input.text(), "Field 'text'");
        IngestNormalizer.NormalizedText normalized = switch (format) {
            case HTML -> IngestNormalizer.html(input.text());
            case MARKDOWN -> IngestNormalizer.markdown(input.text());
            case TEXT, PDF, DOCX -> IngestNormalizer.normalize(input.text());
        };
        if (normalized.text().isBlank()) {
            throw ProblemException.badRequest("The text holds no words once markup and boilerplate are removed");
        }
        return store(input, normalized, user);
    }

    /** One uploaded .txt, .md or .html file (strict UTF-8, no binary content), or a .pdf or .docx (its text). */
    @Transactional
    public SourceViews.CreatedSource ingestFile(Upload file, NewSource metadata, String user) {
        Format format = formatOf(file.fileName());
        requireSize(file.bytes().length, "File '" + file.fileName() + "'");
        String text = switch (format) {
            case PDF -> DocumentText.pdf(file.bytes(), file.fileName());
            case DOCX -> DocumentText.docx(file.bytes(), file.fileName());
            default -> decodeUtf8(file.bytes(), "File '" + file.fileName() + "'");
        };
        NewSource input = new NewSource(metadata == null ? null : metadata.title(), metadata == null ? null : metadata.outlet(),
                metadata == null ? null : metadata.url(), metadata == null ? null : metadata.publishedOn(),
                metadata == null ? null : metadata.precision(), metadata == null ? null : metadata.language(), text);
        if (text.isBlank()) {
            throw ProblemException.badRequest("File '" + file.fileName() + "' is empty");
        }
        return ingest(input, format, user);
    }

    /** A folder's worth of files, each in its own transaction: one bad file does not stop the others. */
    public BulkResult ingestAll(List<Upload> files, String user) {
        if (files == null || files.isEmpty()) {
            throw ProblemException.badRequest("No files: send one or more form parts named 'files'");
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
            } catch (ProblemException e) {
                Object existing = e.extensions().get("existingId");
                results.add(new FileResult(f.fileName(), e.status(), existing instanceof Number n ? n.longValue() : null,
                        null, e.getMessage()));
                if (e.status() == 409) {
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
                .orElseThrow(() -> ProblemException.notFound("Unknown source " + sourceId));
        DateResolver.Dated published = s.publishedOn == null ? DateResolver.publication(s.text, null, null, null)
                : new DateResolver.Dated(s.publishedOn, s.publishedPrecision == null ? DatePrecision.DAY : s.publishedPrecision,
                s.publishedInferred, "Publication date of the stored source");
        List<Statement> existing = Statement.list("source.id = ?1", sourceId);
        List<IngestPipeline.Proposed> fresh = learnedPipeline().propose(s.text, published).stream()
                .filter(p -> existing.stream().noneMatch(e -> e.spanStart < p.end() && p.start() < e.spanEnd
                        && e.speaker.slug.equals(p.speakerKey()) && e.topic.slug.equals(p.topic())))
                .toList();
        SourceViews.CreatedSource created = new SourceViews.CreatedSource(s.id, s.contentHash, persist(s, fresh, user));
        audit.record(user, AuditLog.PROPOSE, "source", s.id, created.proposed().size()
                + " statements proposed again (" + existing.size() + " already there)");
        if (!created.proposed().isEmpty()) {
            dataVersion.bump();
        }
        return created;
    }

    private volatile CachedPipeline cached;

    private record CachedPipeline(String version, IngestPipeline pipeline) {
    }

    /**
     * A pipeline over the speakers, actors and topics in the database now. Building one reads every speaker, so
     * it is kept while the reference data is unchanged (a cheap count and max id per table tells, on every
     * instance alike).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IngestPipeline pipeline() {
        String version = referenceVersion();
        CachedPipeline current = cached;
        if (current == null || !current.version().equals(version)) {
            current = new CachedPipeline(version, buildPipeline());
            cached = current;
        }
        return current.pipeline();
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

    private static String referenceVersion() {
        StringBuilder version = new StringBuilder();
        for (String entity : List.of("Speaker", "Actor", "Topic")) {
            Object[] row = (Object[]) Speaker.getEntityManager()
                    .createQuery("select count(e), max(e.id) from " + entity + " e").getSingleResult();
            version.append(row[0]).append(':').append(row[1]).append('|');
        }
        return version.toString();
    }

    private IngestPipeline buildPipeline() {
        List<Gazetteer.SpeakerEntry> speakers = new ArrayList<>();
        for (Speaker s : Speaker.<Speaker>find("select distinct s from Speaker s join fetch s.actor "
                + "left join fetch s.aliases").list()) {
            speakers.add(Gazetteer.speaker(s.slug, s.name, s.actor.slug, s.role, s.aliases, rolePhrases(s)));
        }
        List<Gazetteer.ActorEntry> actors = Actor.<Actor>listAll().stream()
                .map(a -> new Gazetteer.ActorEntry(a.slug, a.name, a.country)).toList();
        List<TopicClassifier.TopicEntry> topics = Topic.<Topic>listAll().stream()
                .map(t -> new TopicClassifier.TopicEntry(t.slug, t.question, t.description)).toList();
        return new IngestPipeline(new Gazetteer(speakers, actors), topics, Lexicon.standard());
    }

    private static List<String> rolePhrases(Speaker s) {
        return new ArrayList<>(s.rolePhrases);
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
            throw ProblemException.conflict("The same text is already stored as source " + existing.id
                    + " (\"" + existing.title + "\")", ext);
        });
        DatePrecision givenPrecision;
        try {
            givenPrecision = input.precision() == null ? null : DatePrecision.parse(input.precision());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Field 'precision': " + e.getMessage());
        }
        DateResolver.Dated published = DateResolver.publication(text, input.publishedOn(), givenPrecision,
                normalized.metaDate());

        Source s = new Source();
        // Page metadata is the article's, not ours: cut it to the columns' sizes rather than fail the upload.
        s.title = cut(firstNonBlank(input.title(), normalized.title(), SourceService.titleFrom(text)), 500);
        s.outlet = cut(firstNonBlank(input.outlet(), normalized.metaOutlet()), 300);
        s.url = firstNonBlank(input.url(), headerUrl(normalized.metaUrl()));
        s.publishedOn = published.date();
        s.publishedPrecision = published.precision();
        s.publishedInferred = published.known() && published.inferred();
        s.inferredReason = s.publishedInferred ? published.note() : null;
        String guessed = LanguageGuess.of(text);
        s.language = input.language() != null ? input.language() : guessed.equals("und") ? "en" : guessed;
        s.text = text;
        s.contentHash = hash;
        s.createdAt = Instant.now();
        s.createdBy = user;
        try {
            // Flushed at once: the same text posted twice at the same moment meets the unique hash here.
            s.persistAndFlush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw ProblemException.conflict("The same text was stored by a concurrent request",
                    Map.of("contentHash", hash));
        }

        // The pipeline's cues are English: on another language it would propose noise, so it proposes nothing.
        boolean english = s.language.toLowerCase(Locale.ROOT).startsWith("en");
        String notice = english ? null : "This source is in '" + s.language + "', not English: the pipeline proposes no"
                + " statements for it. Code its statements by hand, keeping the original words and a translation.";
        List<IngestPipeline.Proposed> proposals = config.ingest().propose() && english ? learnedPipeline().propose(text, published)
                : List.of();
        SourceViews.CreatedSource created = new SourceViews.CreatedSource(s.id, hash, persist(s, proposals, user), notice);
        audit.record(user, AuditLog.CREATE, "source", s.id, "\"" + s.title + "\" (" + text.length()
                + " characters), " + created.proposed().size() + " statements proposed");
        dataVersion.bump();
        return created;
    }

    private List<StatementView> persist(Source s, List<IngestPipeline.Proposed> proposals, String user) {
        Map<String, Speaker> speakers = new HashMap<>();
        List<StatementView> proposed = new ArrayList<>();
        for (IngestPipeline.Proposed p : proposals) {
            Topic topic = Topic.findBySlug(p.topic()).orElse(null);
            if (topic == null) {
                continue;
            }
            Speaker speaker = speakers.computeIfAbsent(p.speakerKey(), k -> speakerFor(p));
            Statement st = new Statement();
            st.source = s;
            st.speaker = speaker;
            st.actor = p.speaker() != null ? Actor.<Actor>findBySlug(p.actor()).orElse(speaker.actor) : speaker.actor;
            st.topic = topic;
            if (p.saidOn() != null) {
                st.saidOn = p.saidOn();
                st.saidPrecision = p.precision();
                st.dateNote = p.dateNote();
            } else {
                st.saidOn = LocalDate.now();
                st.saidPrecision = DatePrecision.DAY;
                st.dateNote = "Publication date unknown: dated to the day of ingestion; set the date on review";
            }
            st.quote = p.quote();
            st.verbatim = p.verbatim();
            st.spanStart = p.start();
            st.spanEnd = p.end();
            st.stance = p.stance();
            st.intensity = p.intensity();
            st.cues = new ArrayList<>(p.cues());
            st.confidence = p.confidence();
            st.coder = PIPELINE_CODER;
            st.note = p.note();
            st.neighbours = new ArrayList<>(p.neighbours().stream()
                    .map(n -> new StatementNeighbour(n.id(), n.quote(), n.topic(), n.stance(), n.similarity())).toList());
            proposed.add(statements.propose(st, user));
        }
        return proposed;
    }

    /** The gazetteer's speaker, or a new one: slug from the name, actor from the role's country or "unattributed". */
    private Speaker speakerFor(IngestPipeline.Proposed p) {
        if (p.speaker() != null) {
            return Speaker.findBySlug(p.speaker()).orElseThrow();
        }
        SpeakerAttributor.NewSpeaker n = p.newSpeaker();
        String base = n.key().isEmpty() ? "speaker" : n.key();
        base = base.length() > 56 ? base.substring(0, 56) : base;
        String slug = base;
        for (int i = 2; Speaker.findBySlug(slug).isPresent(); i++) {
            Speaker existing = Speaker.findBySlug(slug).get();
            if (existing.name.equalsIgnoreCase(n.name())) {
                return existing;
            }
            slug = base + "-" + i;
        }
        Speaker s = new Speaker();
        s.slug = slug;
        s.name = n.name();
        s.role = n.role() == null ? "Unknown role (added by ingest; please review)" : n.role();
        s.actor = n.actor() == null ? unattributedActor() : Actor.<Actor>findBySlug(n.actor()).orElseGet(this::unattributedActor);
        s.aliases = new ArrayList<>(List.of(n.name()));
        s.rolePhrases = new ArrayList<>();
        s.persist();
        return s;
    }

    private Actor unattributedActor() {
        return Actor.<Actor>findBySlug(UNATTRIBUTED_ACTOR).orElseGet(() -> {
            Actor a = new Actor();
            a.slug = UNATTRIBUTED_ACTOR;
            a.name = "Unattributed";
            a.country = "Unknown";
            a.colour = "#999999";
            a.displayOrder = 999;
            a.persist();
            return a;
        });
    }

    private void requireSize(long bytes, String what) {
        if (bytes > config.maxSourceBytes()) {
            throw new ProblemException(413, "Content too large", what + " has " + bytes
                    + " bytes; the limit is " + config.maxSourceBytes() + " bytes", null);
        }
    }

    /** Strict UTF-8 (a BOM is allowed); names the byte where decoding failed. */
    public static String decodeUtf8(byte[] bytes, String what) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            requireText(text, what);
            return text;
        } catch (CharacterCodingException e) {
            throw new ProblemException(400, "Bad request", what + " is not UTF-8 text (invalid byte sequence at byte "
                    + in.position() + "); save it as UTF-8 and send it again", null);
        }
    }

    /** Binary content (NUL bytes, many control characters) is not an article. */
    static void requireText(String text, String what) {
        int control = 0;
        int n = Math.min(text.length(), 65_536);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                control = n;
                break;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control > 0 && control * 100 >= Math.max(1, n)) {
            throw new ProblemException(400, "Bad request", what + " looks like binary content, not text", null);
        }
    }

    public static Format formatOf(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return Format.TEXT;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Format.MARKDOWN;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Format.HTML;
        }
        if (name.endsWith(".pdf")) {
            return Format.PDF;
        }
        if (name.endsWith(".docx")) {
            return Format.DOCX;
        }
        throw new ProblemException(415, "Unsupported Media Type", "File '" + fileName
                + "': only .txt, .md, .html, .pdf and .docx files are accepted", null);
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
