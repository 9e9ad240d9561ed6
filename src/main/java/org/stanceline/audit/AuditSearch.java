package org.stanceline.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lists the audit newest first, filtered, one keyset page at a time (one query per page). */
@ApplicationScoped
public class AuditSearch {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditPage search(AuditQuery q) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (q.user() != null) {
            where.add("e.username = :user");
            params.put("user", q.user());
        }
        if (q.entity() != null) {
            where.add("e.entity = :entity");
            params.put("entity", q.entity());
        }
        if (q.action() != null) {
            where.add("e.action = :action");
            params.put("action", q.action());
        }
        if (q.from() != null) {
            where.add("e.at >= :from");
            params.put("from", q.from());
        }
        if (q.toExclusive() != null) {
            where.add("e.at < :to");
            params.put("to", q.toExclusive());
        }
        if (q.after() != null) {
            where.add("(e.at < :afterAt or (e.at = :afterAt and e.id < :afterId))");
            params.put("afterAt", q.after().at());
            params.put("afterId", q.after().id());
        }
        String jpql = "select new org.stanceline.audit.AuditView(e.id, e.at, e.username, e.address, e.action, "
                + "e.entity, e.entityId, e.summary, e.httpMethod, e.httpPath) from AuditEntry e"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by e.at desc, e.id desc";
        TypedQuery<AuditView> query = em.createQuery(jpql, AuditView.class).setMaxResults(q.size() + 1);
        params.forEach(query::setParameter);
        List<AuditView> rows = query.getResultList();
        if (rows.size() <= q.size()) {
            return new AuditPage(rows, null);
        }
        List<AuditView> page = rows.subList(0, q.size());
        AuditView last = page.get(page.size() - 1);
        return new AuditPage(List.copyOf(page), new AuditQuery.Cursor(last.at(), last.id()).encode());
    }
}
