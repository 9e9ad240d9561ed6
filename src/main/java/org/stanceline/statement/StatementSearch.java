package org.stanceline.statement;

import org.stanceline.kernel.IdBatches;
import org.stanceline.kernel.Invalid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.stanceline.reference.ReferenceService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads statement lists without touching every match: the page's ids come from an index in sort order (by
 * offset, or after a keyset cursor), then only those rows are loaded with their speaker, actor, topic and
 * source; the count stops at a bound. Callers hold the transaction (see {@link StatementService}).
 */
@ApplicationScoped
public class StatementSearch {

    @Inject
    EntityManager em;

    @Inject
    ReferenceService references;

    @Inject
    StatementSearchConfig config;

    private volatile TextSearch textSearch;

    /** A speaker's id and name, to match query words against names. */
    public record SpeakerName(Long id, String name) {
    }

    StatementPage page(StatementQuery query) {
        long offset = (long) query.page() * query.size();
        if (query.after() != null && query.page() > 0) {
            throw new Invalid("Parameter 'page' cannot be combined with 'after': the cursor already "
                    + "says where the page starts");
        }
        if (offset > config.maxOffset()) {
            throw new Invalid("Parameter 'page' reaches row " + offset + "; pages reach "
                    + "at most row " + config.maxOffset() + " (stanceline.statements.max-offset): follow the page's "
                    + "'next' cursor with 'after' to read further", Map.of("maxOffset", config.maxOffset()));
        }
        StatementSql sql = filters(query);
        if (sql == null) {
            return new StatementPage(0, true, query.page(), query.size(), null, List.of());
        }
        List<Long> ids = ids(sql, query.sort(), query.after(), (int) offset, query.size() + 1);
        boolean more = ids.size() > query.size();
        List<Statement> rows = rows(more ? ids.subList(0, query.size()) : ids);
        String next = more ? StatementCursor.after(query.sort(), rows.get(rows.size() - 1)).encode() : null;
        long total;
        boolean exact;
        if (query.after() == null && !more && (offset == 0 || !rows.isEmpty())) {
            total = offset + rows.size(); // the last page: every row before it matched too
            exact = true;
        } else {
            int bound = query.text() == null || query.text().isBlank() ? config.countLimit() : config.searchCountLimit();
            long counted = count(sql, bound + 1L);
            exact = counted <= bound;
            total = exact ? counted : bound;
        }
        return new StatementPage(total, exact, query.page(), query.size(), next,
                rows.stream().map(StatementView::of).toList());
    }

    /** How many statements match, counting no further than {@code limit}. */
    long countUpTo(StatementQuery query, long limit) {
        StatementSql sql = filters(query);
        return sql == null ? 0 : count(sql, limit);
    }

    /** The first {@code limit} matches in the query's order (page and cursor ignored). */
    List<StatementView> list(StatementQuery query, int limit) {
        StatementSql sql = filters(query);
        if (sql == null) {
            return List.of();
        }
        return rows(ids(sql, query.sort(), null, 0, limit)).stream().map(StatementView::of).toList();
    }

    void onBulkLoad(@Observes StatementsBulkLoaded loaded) {
        if (!loaded.textIndexed()) {
            text().rebuild();
        }
    }

    /**
     * Re-indexes every statement outside any transaction, committing in chunks; for a restore whose marker
     * still stands, so that an interruption is undone by {@link #clearIndex}.
     */
    public void rebuildIndexCommitting(javax.sql.DataSource dataSource) throws java.sql.SQLException {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                text().rebuildCommitting(connection);
            } catch (java.sql.SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Empties the text index, outside any transaction: part of undoing an interrupted restore. */
    public void clearIndex(javax.sql.DataSource dataSource) throws java.sql.SQLException {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            text().clear(connection);
        }
    }

    /** Indexes a database whose statements predate the index (see {@link TextSearch#missesStatements()}). */
    @jakarta.transaction.Transactional
    @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 3600) // a million quotes take minutes
    void onStart(@Observes io.quarkus.runtime.StartupEvent start) {
        if (text().missesStatements()) {
            text().rebuild();
        }
    }

    /** Keeps the text index up to date after a statement's quote was written (previous quote null if new). */
    void indexed(Statement statement, String previousQuote) {
        text().indexed(statement, previousQuote);
    }

    /** The query's filters as SQL, or null when it cannot match anything (a search without words). */
    private StatementSql filters(StatementQuery q) {
        StatementSql sql = new StatementSql();
        if (q.topic() != null) {
            sql.where("s.topic_id = " + sql.bind(references.requireTopic(q.topic()).id));
        }
        if (!q.actors().isEmpty()) {
            List<Long> actors = references.requireActors(q.actors()).stream().map(a -> a.id).toList();
            sql.where("s.actor_id in (" + sql.bindAll(actors) + ")");
        }
        if (q.speaker() != null) {
            sql.where("s.speaker_id = " + sql.bind(references.requireSpeaker(q.speaker()).id));
        }
        if (q.source() != null) {
            sql.where("s.source_id = " + sql.bind(q.source()));
        }
        if (q.from() != null) {
            sql.where("s.said_on >= " + sql.bind(q.from()));
        }
        if (q.to() != null) {
            sql.where("s.said_on <= " + sql.bind(q.to()));
        }
        if (q.stance() != null) {
            sql.where("s.stance = " + sql.bind(q.stance()));
        }
        if (q.intensity() != null) {
            sql.where("s.intensity = " + sql.bind(q.intensity()));
        }
        if (q.status() != null) {
            sql.where("s.status = " + sql.bind(q.status().name()));
        }
        if (q.status() != null) {
            // ix_statement_topic_status_date and ix_statement_status_date
            sql.orderPrefix = q.topic() != null ? "s.topic_id, s.status, " : "s.status, ";
        }
        TextQuery text = TextQuery.parse(q.text(), config.maxQueryLength(), config.maxQueryWords());
        if (text != null) {
            if (text.isEmpty()) {
                return null;
            }
            text().restrict(text, speakersNamed(text), sql);
        }
        if (q.sort().joinsActor()) {
            sql.join("join actor a on a.id = s.actor_id");
        }
        if (q.sort().joinsSpeaker()) {
            sql.join("join speaker sp on sp.id = s.speaker_id");
        }
        return sql;
    }

    /** For each term, the speakers one of whose name's words it matches. The speaker table is small. */
    private Map<TextQuery.Term, List<Long>> speakersNamed(TextQuery text) {
        List<SpeakerName> speakers = em.createQuery("select sp.id, sp.name from Speaker sp", SpeakerName.class)
                .getResultList();
        Map<TextQuery.Term, List<Long>> named = new HashMap<>();
        for (SpeakerName speaker : speakers) {
            var words = TextQuery.words(speaker.name());
            for (TextQuery.Term term : text.terms()) {
                if (words.stream().anyMatch(term::matches)) {
                    named.computeIfAbsent(term, t -> new ArrayList<>()).add(speaker.id());
                }
            }
        }
        return named;
    }

    private List<Long> ids(StatementSql filters, StatementSort sort, StatementCursor after, int offset, int limit) {
        StatementSql sql = filters.copy();
        if (after != null) {
            sql.where(keyset(sort, after, sql));
        }
        var query = em.createNativeQuery(sql.select("s.id") + " order by " + sql.orderPrefix + sort.orderBy(),
                Long.class);
        bind(query, sql);
        @SuppressWarnings("unchecked")
        List<Long> ids = query.setFirstResult(offset).setMaxResults(limit).getResultList();
        return ids;
    }

    private long count(StatementSql sql, long limit) {
        var query = em.createNativeQuery("select count(*) from (" + sql.select("1") + " fetch first " + limit
                + " rows only) c");
        bind(query, sql);
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * Rows strictly after the cursor in the sort's order: (k1, k2, …) past (v1, v2, …) key by key. The
     * first key is also bounded on its own (≤ or ≥) so the database can start its index range there.
     */
    private static String keyset(StatementSort sort, StatementCursor after, StatementSql sql) {
        List<StatementSort.Key> keys = sort.keys;
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            List<String> parts = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                parts.add(keys.get(j).column + " = " + sql.bind(after.values().get(j)));
            }
            StatementSort.Key key = keys.get(i);
            parts.add(key.column + (key.descending ? " < " : " > ") + sql.bind(after.values().get(i)));
            alternatives.add("(" + String.join(" and ", parts) + ")");
        }
        StatementSort.Key first = keys.get(0);
        return first.column + (first.descending ? " <= " : " >= ") + sql.bind(after.values().get(0))
                + " and (" + String.join(" or ", alternatives) + ")";
    }

    private static void bind(jakarta.persistence.Query query, StatementSql sql) {
        for (int i = 0; i < sql.params.size(); i++) {
            query.setParameter(i + 1, sql.params.get(i));
        }
    }

    /** The statements with these ids, with everything a view shows, in the order of the ids. */
    private List<Statement> rows(List<Long> ids) {
        Map<Long, Statement> byId = new HashMap<>();
        for (List<Long> chunk : IdBatches.of(ids)) {
            // Left joins keep the statement the driving table (see StatementService.byIds).
            em.createQuery("select s from Statement s left join fetch s.speaker left join fetch s.actor "
                            + "left join fetch s.topic left join fetch s.source where s.id in :ids", Statement.class)
                    .setParameter("ids", chunk).getResultList().forEach(s -> byId.put(s.id, s));
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private TextSearch text() {
        TextSearch chosen = textSearch;
        if (chosen == null) {
            var dialect = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                    .getDialect();
            chosen = dialect instanceof PostgreSQLDialect ? new PostgresTextSearch() : new H2WordIndex(em);
            textSearch = chosen;
        }
        return chosen;
    }
}
