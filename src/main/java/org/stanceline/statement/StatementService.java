package org.stanceline.statement;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.stanceline.reference.Actor;
import org.stanceline.reference.ReferenceService;
import org.stanceline.reference.Speaker;
import org.stanceline.reference.Topic;
import org.stanceline.source.Source;
import org.stanceline.web.ProblemException;
import org.stanceline.web.RequestValidator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

@ApplicationScoped
public class StatementService {

    @Inject
    ReferenceService references;

    @Inject
    RequestValidator validator;

    @Transactional(SUPPORTS)
    public StatementPage search(StatementQuery query) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (query.topic() != null) {
            where.add("s.topic = :topic");
            params.and("topic", references.requireTopic(query.topic()));
        }
        if (!query.actors().isEmpty()) {
            where.add("s.actor in :actors");
            params.and("actors", references.requireActors(query.actors()));
        }
        if (query.speaker() != null) {
            where.add("s.speaker = :speaker");
            params.and("speaker", references.requireSpeaker(query.speaker()));
        }
        if (query.source() != null) {
            where.add("s.source.id = :source");
            params.and("source", query.source());
        }
        if (query.from() != null) {
            where.add("s.saidOn >= :from");
            params.and("from", query.from());
        }
        if (query.to() != null) {
            where.add("s.saidOn <= :to");
            params.and("to", query.to());
        }
        if (query.stance() != null) {
            where.add("s.stance = :stance");
            params.and("stance", query.stance());
        }
        if (query.intensity() != null) {
            where.add("s.intensity = :intensity");
            params.and("intensity", query.intensity());
        }
        if (query.status() != null) {
            where.add("s.status = :status");
            params.and("status", query.status());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.add("(lower(s.quote) like :text escape '\\' or lower(s.speaker.name) like :text escape '\\')");
            params.and("text", "%" + escapeLike(query.text().toLowerCase()) + "%");
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        Map<String, Object> map = params.map();
        long total = Statement.count("from Statement s" + filter, map);
        List<Statement> rows = Statement.find("select s from Statement s join fetch s.speaker join fetch s.actor "
                        + "join fetch s.topic join fetch s.source" + filter + " order by " + query.sort().orderBy, map)
                .page(query.page(), query.size()).list();
        return new StatementPage(total, query.page(), query.size(), rows.stream().map(StatementView::of).toList());
    }

    @Transactional(SUPPORTS)
    public StatementView get(long id) {
        return StatementView.of(require(id));
    }

    @Transactional(SUPPORTS)
    public List<StatementView> ofSource(long sourceId) {
        return Statement.<Statement>find("select s from Statement s join fetch s.speaker join fetch s.actor "
                        + "join fetch s.topic join fetch s.source where s.source.id = ?1 order by s.spanStart, s.id",
                sourceId).list().stream().map(StatementView::of).toList();
    }

    /** Adds a hand-coded statement; its span must hold its quote in the source's text. */
    @Transactional
    public StatementView create(NewStatement input, String coder) {
        validator.check(input);
        Source source = Source.<Source>findByIdOptional(input.sourceId()).orElseThrow(() ->
                ProblemException.notFound("Unknown source " + input.sourceId()));
        Speaker speaker = references.requireSpeaker(input.speaker());
        Actor actor = input.actor() == null ? speaker.actor : references.requireActor(input.actor());
        Topic topic = references.requireTopic(input.topic());
        DatePrecision precision = parse(() -> DatePrecision.parse(input.precision() == null ? "day" : input.precision()));
        StatementStatus status = parse(() -> StatementStatus.parse(input.status() == null ? "confirmed" : input.status()));
        if (!precision.isPeriodStart(input.saidOn())) {
            throw ProblemException.unprocessable("Field 'saidOn' " + input.saidOn() + " is not the first day of its "
                    + precision.label() + "; use " + precision.startOf(input.saidOn()));
        }
        SpanCheck.requireQuoteAt(source.text, input.span().start(), input.span().end(), input.quote());

        Statement s = new Statement();
        s.source = source;
        s.speaker = speaker;
        s.actor = actor;
        s.topic = topic;
        s.saidOn = input.saidOn();
        s.saidPrecision = precision;
        s.dateNote = input.dateNote();
        s.quote = input.quote();
        s.verbatim = input.verbatim();
        s.spanStart = input.span().start();
        s.spanEnd = input.span().end();
        s.stance = input.stance();
        s.intensity = input.intensity();
        s.cues = input.cues() == null ? new ArrayList<>() : new ArrayList<>(input.cues());
        s.confidence = input.confidence() == null ? 1.0 : input.confidence();
        s.status = status;
        s.coder = coder;
        s.note = input.note();
        s.persist();
        return StatementView.of(s);
    }

    private static Statement require(long id) {
        return Statement.<Statement>find("select s from Statement s join fetch s.speaker join fetch s.actor "
                        + "join fetch s.topic join fetch s.source where s.id = ?1", id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Unknown statement " + id));
    }

    private static <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
