package org.stanceline.watch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.stanceline.reference.Topic;
import org.stanceline.kernel.PrecisionDates;
import org.stanceline.statement.StatementStatus;
import org.stanceline.web.StancelineConfig;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * Loads confirmed statements and the shifts that end at them, by id or by topic, actors and date: each a single
 * query whatever the number of rows. Shifts come from table stance_shift (kept by rollup/), never recomputed.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class StatementItems {

    private static final String ROW = "select new org.stanceline.watch.StatementItem$Row(s.id, t.slug, a.slug, "
            + "a.name, s.saidOn, s.saidPrecision, s.quote, s.verbatim, sp.name, sp.role, s.stance, s.intensity, "
            + "src.id, src.title, src.outlet, src.url, s.updatedAt) from Statement s join s.topic t join s.actor a "
            + "join s.speaker sp join s.source src ";

    /** The later and earlier statement of a shift, with its deltas. */
    record ShiftPair(long statementId, long prevStatementId, int stanceDelta, int intensityDelta) {
    }

    @Inject
    EntityManager em;

    @Inject
    StancelineConfig config;

    /** The statements with these ids, by id (absent ids are left out). */
    public Map<Long, StatementItem> byId(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return items(em.createQuery(ROW + "where s.id in :ids", StatementItem.Row.class)
                .setParameter("ids", ids).getResultList());
    }

    /**
     * Confirmed statements said on or after {@code since} on these topics (null: all) by these actors (null: all),
     * newest first, at most {@code limit}.
     */
    public List<StatementItem> confirmedSince(Collection<Long> topicIds, Collection<Long> actorIds, LocalDate since,
                                              int limit) {
        String where = "where s.status = :confirmed and s.saidOn >= :since"
                + (topicIds == null ? "" : " and t.id in :topics") + (actorIds == null ? "" : " and a.id in :actors");
        var query = em.createQuery(ROW + where + " order by s.saidOn desc, s.id desc", StatementItem.Row.class)
                .setParameter("confirmed", StatementStatus.CONFIRMED).setParameter("since", since)
                .setMaxResults(limit);
        if (topicIds != null) {
            query.setParameter("topics", topicIds);
        }
        if (actorIds != null) {
            query.setParameter("actors", actorIds);
        }
        return List.copyOf(items(query.getResultList()).values());
    }

    /** The shifts that end at these statements, keyed by the later statement, with both ends loaded. */
    public Map<Long, ShiftItem> shiftsEndingAt(Collection<Long> statementIds) {
        if (statementIds.isEmpty()) {
            return Map.of();
        }
        List<ShiftPair> pairs = em.createQuery("select new org.stanceline.watch.StatementItems$ShiftPair("
                        + "sh.statementId, sh.prevStatementId, sh.stanceDelta, sh.intensityDelta) from StanceShift sh "
                        + "where sh.statementId in :ids", ShiftPair.class)
                .setParameter("ids", statementIds).getResultList();
        return shifts(pairs, null);
    }

    /**
     * Shifts on these topics (null: all) by these actors (null: all) said on or after {@code since}, newest first,
     * at most {@code limit}: an index range of stance_shift, then both ends with one query.
     */
    public List<ShiftItem> shiftsSince(Collection<Long> topicIds, Collection<Long> actorIds, LocalDate since,
                                       int limit) {
        String where = "where sh.saidOn >= :since" + (topicIds == null ? "" : " and sh.topicId in :topics")
                + (actorIds == null ? "" : " and sh.actorId in :actors");
        var query = em.createQuery("select new org.stanceline.watch.StatementItems$ShiftPair(sh.statementId, "
                        + "sh.prevStatementId, sh.stanceDelta, sh.intensityDelta) from StanceShift sh " + where
                        + " order by sh.saidOn desc, sh.statementId desc", ShiftPair.class)
                .setParameter("since", since).setMaxResults(limit);
        if (topicIds != null) {
            query.setParameter("topics", topicIds);
        }
        if (actorIds != null) {
            query.setParameter("actors", actorIds);
        }
        return List.copyOf(shifts(query.getResultList(), null).values());
    }

    /**
     * Confirmed statements on any of these topics or by any of these actors (a watch list: either may be empty),
     * newest said first, at most {@code limit}.
     */
    public List<StatementItem> confirmedOnEither(Collection<Long> topicIds, Collection<Long> actorIds, int limit) {
        String either = either("t.id", "a.id", topicIds, actorIds);
        if (either == null) {
            return List.of();
        }
        var query = em.createQuery(ROW + "where s.status = :confirmed and " + either
                        + " order by s.saidOn desc, s.id desc", StatementItem.Row.class)
                .setParameter("confirmed", StatementStatus.CONFIRMED).setMaxResults(limit);
        bindEither(query, topicIds, actorIds);
        return List.copyOf(items(query.getResultList()).values());
    }

    /** Shifts on any of these topics or by any of these actors, newest said first, at most {@code limit}. */
    public List<ShiftItem> shiftsOnEither(Collection<Long> topicIds, Collection<Long> actorIds, int limit) {
        String either = either("sh.topicId", "sh.actorId", topicIds, actorIds);
        if (either == null) {
            return List.of();
        }
        var query = em.createQuery("select new org.stanceline.watch.StatementItems$ShiftPair(sh.statementId, "
                        + "sh.prevStatementId, sh.stanceDelta, sh.intensityDelta) from StanceShift sh where " + either
                        + " order by sh.saidOn desc, sh.statementId desc", ShiftPair.class).setMaxResults(limit);
        bindEither(query, topicIds, actorIds);
        return List.copyOf(shifts(query.getResultList(), null).values());
    }

    /** "(topic in … or actor in …)" for the non-empty lists; null when both are empty (nothing matches). */
    private static String either(String topicColumn, String actorColumn, Collection<Long> topicIds,
                                 Collection<Long> actorIds) {
        List<String> parts = new java.util.ArrayList<>(2);
        if (!topicIds.isEmpty()) {
            parts.add(topicColumn + " in :topics");
        }
        if (!actorIds.isEmpty()) {
            parts.add(actorColumn + " in :actors");
        }
        return parts.isEmpty() ? null : "(" + String.join(" or ", parts) + ")";
    }

    private static void bindEither(jakarta.persistence.Query query, Collection<Long> topicIds,
                                   Collection<Long> actorIds) {
        if (!topicIds.isEmpty()) {
            query.setParameter("topics", topicIds);
        }
        if (!actorIds.isEmpty()) {
            query.setParameter("actors", actorIds);
        }
    }

    /** Shift items of these pairs, in their order; both ends are loaded with one query. */
    Map<Long, ShiftItem> shifts(List<ShiftPair> pairs, Map<Long, StatementItem> known) {
        Map<Long, StatementItem> ends = new HashMap<>(known == null ? Map.of() : known);
        List<Long> missing = pairs.stream().flatMap(p -> java.util.stream.Stream.of(p.statementId(), p.prevStatementId()))
                .filter(id -> !ends.containsKey(id)).distinct().toList();
        ends.putAll(byId(missing));
        Map<Long, ShiftItem> shifts = new LinkedHashMap<>();
        for (ShiftPair p : pairs) {
            StatementItem after = ends.get(p.statementId());
            StatementItem before = ends.get(p.prevStatementId());
            if (after != null && before != null) {
                shifts.put(p.statementId(), new ShiftItem(after.topic(), after.actor(), p.stanceDelta(),
                        p.intensityDelta(), before, after, summary(before, after)));
            }
        }
        return shifts;
    }

    private static String summary(StatementItem before, StatementItem after) {
        if (before.stance() != after.stance()) {
            return after.actorName() + " moves from " + before.stanceWord() + " (" + signed(before.stance()) + ") to "
                    + after.stanceWord() + " (" + signed(after.stance()) + ")";
        }
        return after.actorName() + " raises intensity from " + before.intensity() + " to " + after.intensity()
                + ", still " + after.stanceWord();
    }

    private static String signed(int stance) {
        return stance > 0 ? "+" + stance : Integer.toString(stance);
    }

    private Map<Long, StatementItem> items(List<StatementItem.Row> rows) {
        Map<String, Topic> topics = rows.isEmpty() ? Map.of() : Topic.<Topic>listAll().stream()
                .collect(Collectors.toMap(t -> t.slug, t -> t));
        Map<Long, StatementItem> items = new LinkedHashMap<>();
        for (StatementItem.Row r : rows) {
            Topic topic = topics.get(r.topic());
            items.put(r.id(), new StatementItem(r.id(), r.topic(), r.actor(), r.actorName(), r.date(),
                    r.precision().label(), PrecisionDates.format(r.date(), r.precision()), r.quote(), r.verbatim(),
                    r.speaker(), r.role(), r.stance(), topic == null ? null : topic.labelFor(r.stance()),
                    r.intensity(), new StatementItem.SourceLink(r.sourceId(), r.sourceTitle(), r.sourceOutlet(),
                    r.sourceUrl(), config.publicUrl() + "/api/sources/" + r.sourceId()),
                    r.updatedAt(), permalink(r)));
        }
        return items;
    }

    /** The statement in the dashboard's statement list, filtered to its topic and actor. */
    String permalink(StatementItem.Row r) {
        return config.publicUrl() + "/?view=statements&topic=" + encode(r.topic()) + "&actors=" + encode(r.actor())
                + "&statement=" + r.id();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
