package org.stanceline.rollup;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;

/** Every rollup and shift row of some topics, in key order: two snapshots compare with equals. */
record RollupSnapshot(List<Bucket> buckets, List<Shift> shifts) {

    record Bucket(long topicId, long actorId, Character kind, LocalDate start, int count, int stanceSum,
                  int stanceMin, int stanceMax, int intensityMax, LocalDate firstSaidOn, long lastStatementId,
                  LocalDate lastSaidOn, int lastStance, int lastIntensity) {
    }

    record Shift(long statementId, long prevStatementId, long topicId, long actorId, LocalDate saidOn,
                 int stanceDelta, int intensityDelta) {
    }

    static RollupSnapshot read(EntityManager em, List<String> topics) {
        return QuarkusTransaction.requiringNew().call(() -> new RollupSnapshot(
                em.createQuery("select new org.stanceline.rollup.RollupSnapshot$Bucket(r.topicId, r.actorId, r.kind, "
                                + "r.bucketStart, r.statementCount, r.stanceSum, r.stanceMin, r.stanceMax, r.intensityMax, "
                                + "r.firstSaidOn, r.lastStatementId, r.lastSaidOn, r.lastStance, r.lastIntensity) "
                                + "from StanceRollup r where r.topicId in (select t.id from Topic t where t.slug in :topics) "
                                + "order by r.topicId, r.actorId, r.kind, r.bucketStart", Bucket.class)
                        .setParameter("topics", topics).getResultList(),
                em.createQuery("select new org.stanceline.rollup.RollupSnapshot$Shift(s.statementId, s.prevStatementId, "
                                + "s.topicId, s.actorId, s.saidOn, s.stanceDelta, s.intensityDelta) from StanceShift s "
                                + "where s.topicId in (select t.id from Topic t where t.slug in :topics) "
                                + "order by s.statementId", Shift.class)
                        .setParameter("topics", topics).getResultList()));
    }
}
