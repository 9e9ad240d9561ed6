package org.stanceline.statement;

import org.stanceline.kernel.Invalid;
import org.stanceline.kernel.NotFound;
import org.stanceline.kernel.Unprocessable;
import org.stanceline.kernel.Conflict;
import org.stanceline.kernel.DatePrecision;
import org.stanceline.kernel.IdBatches;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.stanceline.audit.AuditLog;
import org.stanceline.cache.DataVersion;
import org.stanceline.reference.Actor;
import org.stanceline.reference.ReferenceService;
import org.stanceline.reference.Speaker;
import org.stanceline.reference.Topic;
import org.stanceline.source.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

@ApplicationScoped
public class StatementService {

    @Inject
    ReferenceService references;


    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Inject
    StatementRevisions revisions;

    @Inject
    jakarta.enterprise.event.Event<StatementChanged> changed;

    @Inject
    DataVersion dataVersion;

    @Inject
    StatementSearch lists;

    @Inject
    AuditLog audit;

    /** One page of the statements matching the query (see {@link StatementSearch}). */
    @Transactional(SUPPORTS)
    public StatementPage search(StatementQuery query) {
        return lists.page(query);
    }

    /** How many statements match the query, counting no further than {@code limit}. */
    @Transactional(SUPPORTS)
    public long countUpTo(StatementQuery query, long limit) {
        return lists.countUpTo(query, limit);
    }

    /** The first {@code limit} statements matching the query, in its order. */
    @Transactional(SUPPORTS)
    public List<StatementView> list(StatementQuery query, int limit) {
        return lists.list(query, limit);
    }

    @Transactional(SUPPORTS)
    public StatementView get(long id) {
        return StatementView.of(require(id));
    }

    /**
     * Confirmed statements of a topic by these actors said in a period, oldest first, in one query (a chart's
     * markers); at most {@code limit}.
     */
    @Transactional(SUPPORTS)
    public List<StatementView> confirmedInPeriod(long topicId, Collection<Long> actorIds, LocalDate from, LocalDate to,
                                                 int limit) {
        if (actorIds.isEmpty()) {
            return List.of();
        }
        return Statement.<Statement>find("select s from Statement s join fetch s.speaker join fetch s.actor "
                        + "join fetch s.topic join fetch s.source where s.topic.id = ?1 and s.actor.id in ?2 "
                        + "and s.status = ?3 and s.saidOn between ?4 and ?5 order by s.saidOn, s.id",
                topicId, actorIds, StatementStatus.CONFIRMED, from, to).range(0, limit - 1).list().stream()
                .map(StatementView::of).toList();
    }

    /** These statements, oldest first, in one query; ids that name no statement are left out. */
    @Transactional(SUPPORTS)
    public List<StatementView> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Statement> found = new ArrayList<>();
        for (List<Long> batch : IdBatches.of(new LinkedHashSet<>(ids))) {
            // Left joins (every reference is mandatory, so the rows are the same) keep the statement the driving
            // table: with inner joins H2 sometimes began from another table at a million statements and checked
            // every statement of the topic against the list (27 s for one chart's markers).
            found.addAll(Statement.<Statement>find("select s from Statement s left join fetch s.speaker "
                    + "left join fetch s.actor left join fetch s.topic left join fetch s.source where s.id in ?1",
                    batch).list());
        }
        return found.stream().sorted(Comparator.<Statement, LocalDate>comparing(s -> s.saidOn)
                .thenComparing(s -> s.id)).map(StatementView::of).toList();
    }

    @Transactional(SUPPORTS)
    public List<StatementView> ofSource(long sourceId) {
        return Statement.<Statement>find("select s from Statement s join fetch s.speaker join fetch s.actor "
                        + "join fetch s.topic join fetch s.source where s.source.id = ?1 order by s.spanStart, s.id",
                sourceId).list().stream().map(StatementView::of).toList();
    }

    /** Adds a hand-coded statement; its span must hold its quote in the source's text. */
    @Transactional
    public StatementView create(@Valid NewStatement input, String coder) {
        requireBody(input);
        Source source = Source.<Source>findByIdOptional(input.sourceId()).orElseThrow(() ->
                new NotFound("Unknown source " + input.sourceId()));
        Speaker speaker = references.requireSpeaker(input.speaker());
        Actor actor = input.actor() == null ? speaker.actor : references.requireActor(input.actor());
        Topic topic = references.requireTopic(input.topic());
        DatePrecision precision = parse(() -> DatePrecision.parse(input.precision() == null ? "day" : input.precision()));
        StatementStatus status = parse(() -> StatementStatus.parse(input.status() == null ? "confirmed" : input.status()));
        if (!precision.isPeriodStart(input.saidOn())) {
            throw new Unprocessable("Field 'saidOn' " + input.saidOn() + " is not the first day of its "
                    + precision.label() + "; use " + precision.startOf(input.saidOn()));
        }
        SpanCheck.requireQuoteAt(source.text, input.span().start(), input.span().end(), input.quote());

        Statement s = Statement.create(source, speaker, actor, topic, null, new Statement.Coding(input.saidOn(),
                precision, input.dateNote(), input.quote(), input.verbatim(), input.span().start(), input.span().end(),
                input.stance(), input.intensity(), input.cues(), input.confidence() == null ? 1.0 : input.confidence(),
                status, coder, input.note()));
        s.translation = blankToNull(input.translation());
        s.quoteLanguage = blankToNull(input.quoteLanguage());
        s.persist();
        lists.indexed(s, null);
        revisions.record(s, StatementRevision.Action.CREATED, coder, null);
        audit.record(coder, AuditLog.CREATE, "statement", s.id, "by hand in source " + source.id + ": "
                + speaker.slug + " on " + topic.slug + ", stance " + s.stance + ", " + status.label());
        changed.fire(new StatementChanged(s.id, null, StatementChanged.State.of(s)));
        dataVersion.bump();
        return StatementView.of(s);
    }

    /** Changes the coding, span, speaker, topic or date of a statement; the change is kept as a revision. */
    @Transactional
    public StatementView update(long id, @Valid StatementEdit edit, String user) {
        requireBody(edit);
        if (edit.span() != null && edit.span().start() != null && edit.span().end() != null
                && edit.span().end() - edit.span().start() > MAX_QUOTE) {
            throw new Unprocessable("Field 'span' covers " + (edit.span().end() - edit.span().start())
                    + " characters; a quote holds at most " + MAX_QUOTE);
        }
        Statement s = requireForUpdate(id);
        String before = revisions.snapshot(s);
        StatementChanged.State counted = StatementChanged.State.of(s);
        if (edit.speaker() != null) {
            s.speaker = references.requireSpeaker(edit.speaker());
            if (edit.actor() == null) {
                s.actor = s.speaker.actor;
            }
        }
        if (edit.actor() != null) {
            s.actor = references.requireActor(edit.actor());
        }
        if (edit.topic() != null) {
            s.topic = references.requireTopic(edit.topic());
        }
        if (edit.saidOn() != null || edit.precision() != null) {
            DatePrecision precision = edit.precision() == null ? s.saidPrecision : parse(() -> DatePrecision.parse(edit.precision()));
            LocalDate saidOn = edit.saidOn() == null ? s.saidOn : edit.saidOn();
            if (!precision.isPeriodStart(saidOn)) {
                throw new Unprocessable("Field 'saidOn' " + saidOn + " is not the first day of its "
                        + precision.label() + "; use " + precision.startOf(saidOn));
            }
            s.saidOn = saidOn;
            s.saidPrecision = precision;
        }
        if (edit.dateNote() != null) {
            s.dateNote = edit.dateNote();
        }
        if (edit.span() != null || edit.quote() != null) {
            int start = edit.span() == null ? s.spanStart : edit.span().start();
            int end = edit.span() == null ? s.spanEnd : edit.span().end();
            String quote = edit.quote();
            if (quote == null) {
                // A new span without a quote takes the words it covers.
                String text = s.source.text;
                if (start < 0 || end <= start || end > text.length()) {
                    throw new Unprocessable("Field 'span': [" + start + ", " + end
                            + ") lies outside the source text of " + text.length() + " characters");
                }
                quote = text.substring(start, end);
            }
            SpanCheck.requireQuoteAt(s.source.text, start, end, quote);
            s.spanStart = start;
            s.spanEnd = end;
            String previousQuote = s.quote;
            s.quote = quote;
            lists.indexed(s, previousQuote);
        }
        if (edit.verbatim() != null) {
            s.verbatim = edit.verbatim();
        }
        if (edit.stance() != null) {
            s.stance = edit.stance();
        }
        if (edit.intensity() != null) {
            s.intensity = edit.intensity();
        }
        if (edit.cues() != null) {
            s.cues = new ArrayList<>(edit.cues());
        }
        if (edit.confidence() != null) {
            s.confidence = edit.confidence();
        }
        if (edit.note() != null) {
            s.note = edit.note();
        }
        if (edit.translation() != null) {
            s.translation = blankToNull(edit.translation()); // "" clears it
        }
        if (edit.quoteLanguage() != null) {
            s.quoteLanguage = blankToNull(edit.quoteLanguage());
        }
        s.coder = user;
        s.updatedAt = java.time.Instant.now();
        String after = revisions.record(s, StatementRevision.Action.EDITED, user, before);
        audit.record(user, AuditLog.UPDATE, "statement", s.id, StatementChanges.describe(json, before, after));
        changed.fire(new StatementChanged(s.id, counted, StatementChanged.State.of(s)));
        dataVersion.bump();
        return StatementView.of(s);
    }

    /** Confirms a proposed (or rejected) statement: from now on it counts in the timeline. */
    @Transactional
    public StatementView confirm(long id, String user) {
        return review(id, StatementStatus.CONFIRMED, StatementRevision.Action.CONFIRMED, user);
    }

    /** Rejects a statement: it stays stored, with its history, but never reaches the timeline. */
    @Transactional
    public StatementView reject(long id, String user) {
        return review(id, StatementStatus.REJECTED, StatementRevision.Action.REJECTED, user);
    }

    @Transactional(SUPPORTS)
    public List<RevisionView> revisions(long id) {
        require(id);
        return StatementRevision.ofStatement(id).stream().map(r -> new RevisionView(r.revision, r.action.label(),
                r.changedBy, r.changedAt, r.before == null ? null : revisions.read(r.before), revisions.read(r.after))).toList();
    }

    /**
     * Stores a statement proposed by the ingest pipeline, with its first revision. The caller bumps the
     * {@link DataVersion} once for the whole source rather than once per proposal.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StatementView propose(Statement s, String user) {
        s.status = StatementStatus.PROPOSED;
        SpanCheck.requireQuoteAt(s.source.text, s.spanStart, s.spanEnd, s.quote);
        s.persist();
        lists.indexed(s, null);
        revisions.record(s, StatementRevision.Action.PROPOSED, user, null);
        changed.fire(new StatementChanged(s.id, null, StatementChanged.State.of(s)));
        return StatementView.of(s);
    }

    private StatementView review(long id, StatementStatus status, StatementRevision.Action action, String user) {
        Statement s = requireForUpdate(id);
        if (s.status == status) {
            throw new Conflict("Statement " + id + " is already " + status.label(), Map.of("status", status.label()));
        }
        String before = revisions.snapshot(s);
        StatementChanged.State counted = StatementChanged.State.of(s);
        s.status = status;
        s.coder = user;
        s.updatedAt = java.time.Instant.now();
        revisions.record(s, action, user, before);
        audit.record(user, action == StatementRevision.Action.CONFIRMED ? AuditLog.CONFIRM : AuditLog.REJECT,
                "statement", s.id, "status: " + counted.status().label() + " → " + status.label());
        changed.fire(new StatementChanged(s.id, counted, StatementChanged.State.of(s)));
        dataVersion.bump();
        return StatementView.of(s);
    }

    static final int MAX_QUOTE = 8000;

    /**
     * Locks the statement's row first: two analysts reviewing the same statement at once are serialised, so
     * neither change is lost and revision numbers do not collide.
     */
    private static Statement requireForUpdate(long id) {
        Statement.<Statement>findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFound("Unknown statement " + id));
        return require(id);
    }

    private static Statement require(long id) {
        return Statement.<Statement>find("select s from Statement s join fetch s.speaker join fetch s.actor "
                        + "join fetch s.topic join fetch s.source where s.id = ?1", id)
                .firstResultOptional().orElseThrow(() -> new NotFound("Unknown statement " + id));
    }

    /** {@code @Valid} lets a missing body through: it is checked here. */
    private static void requireBody(Object body) {
        if (body == null) {
            throw new Invalid("The request body is empty");
        }
    }

    private static <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new Invalid(e.getMessage());
        }
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
