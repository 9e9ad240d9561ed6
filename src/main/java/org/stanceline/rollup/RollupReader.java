package org.stanceline.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.stanceline.kernel.ReadMemo;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * Reads of the rollup tables for the timeline, positions and shifts: each a bounded index range over rows
 * per actor and bucket (or per shift), never over the statements themselves.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class RollupReader {

    private static final String BUCKET_ROW = "select new org.stanceline.rollup.RollupRows$BucketRow(r.actorId, "
            + "r.bucketStart, r.statementCount, r.stanceSum, r.stanceMin, r.stanceMax, r.intensityMax, "
            + "r.firstSaidOn, r.lastStatementId, r.lastSaidOn, r.lastStance, r.lastIntensity) from StanceRollup r ";

    private static final String LAST_STATEMENT = "select new org.stanceline.rollup.RollupRows$LastStatement(r.actorId, "
            + "r.lastStatementId, r.lastSaidOn, r.lastStance, r.lastIntensity) from StanceRollup r ";

    @Inject
    EntityManager em;

    /** Rows of the actors' buckets of this kind starting from {@code firstStart} to {@code lastStart}. */
    public List<RollupRows.BucketRow> buckets(long topicId, Collection<Long> actorIds, RollupKind kind,
                                              LocalDate firstStart, LocalDate lastStart) {
        if (lastStart.isBefore(firstStart)) {
            return List.of();
        }
        return em.createQuery(BUCKET_ROW + "where r.topicId = :topic and r.kind = :kind and r.actorId in :actors "
                        + "and r.bucketStart between :first and :last", RollupRows.BucketRow.class)
                .setParameter("topic", topicId).setParameter("kind", kind.code).setParameter("actors", actorIds)
                .setParameter("first", firstStart).setParameter("last", lastStart).getResultList();
    }

    /**
     * In one query: the rows of this kind from {@code firstStart} to {@code lastWholeStart}, and the day rows from
     * {@code dayFrom} to {@code dayTo} (a last bucket cut short by the period's end, summed from its days). The
     * caller tells them apart by date: every day row starts after {@code lastWholeStart}.
     */
    public List<RollupRows.BucketRow> bucketsAndDays(long topicId, Collection<Long> actorIds, RollupKind kind,
                                                     LocalDate firstStart, LocalDate lastWholeStart,
                                                     LocalDate dayFrom, LocalDate dayTo) {
        return em.createQuery(BUCKET_ROW + "where r.topicId = :topic and r.actorId in :actors and ("
                        + "(r.kind = :kind and r.bucketStart between :first and :last) "
                        + "or (r.kind = :dayKind and r.bucketStart between :dayFrom and :dayTo))", RollupRows.BucketRow.class)
                .setParameter("topic", topicId).setParameter("kind", kind.code).setParameter("actors", actorIds)
                .setParameter("first", firstStart).setParameter("last", lastWholeStart)
                .setParameter("dayKind", RollupKind.DAY.code).setParameter("dayFrom", dayFrom)
                .setParameter("dayTo", dayTo).getResultList();
    }

    /**
     * Each actor's latest confirmed statement said on or before the date (actors with none are absent): from the
     * day rows of the date's month up to the date, else from the actor's latest month row before that month. So
     * at most a month of day rows and the month rows are read, whatever the date.
     */
    public List<RollupRows.LastStatement> latestOnOrBefore(long topicId, Collection<Long> actorIds, LocalDate date) {
        return ReadMemo.get(new Latest(topicId, List.copyOf(actorIds), date), () -> readLatest(topicId, actorIds, date));
    }

    private record Latest(long topicId, List<Long> actorIds, LocalDate date) {
    }

    /** An actor's latest month bucket before some date. */
    public record LatestMonth(long actorId, LocalDate start) {
    }

    // Three index ranges rather than one query with an OR and a row-value IN, which H2 answered by reading every
    // rollup row of the topic (over 100 ms at a million statements): each actor's latest month before the date's
    // month, those month rows, then the day rows of that month up to the date, which replace them where present.
    private List<RollupRows.LastStatement> readLatest(long topicId, Collection<Long> actorIds, LocalDate date) {
        LocalDate month = RollupKind.MONTH.startOf(date);
        Map<Long, RollupRows.LastStatement> latest = new HashMap<>();
        List<LatestMonth> months = em.createQuery("select new org.stanceline.rollup.RollupReader$LatestMonth("
                        + "r.actorId, max(r.bucketStart)) from StanceRollup r where r.topicId = :topic "
                        + "and r.kind = :monthKind and r.bucketStart < :month and r.actorId in :actors "
                        + "group by r.actorId", LatestMonth.class)
                .setParameter("topic", topicId).setParameter("monthKind", RollupKind.MONTH.code)
                .setParameter("actors", actorIds).setParameter("month", month).getResultList();
        if (!months.isEmpty()) {
            Map<Long, LocalDate> wanted = new HashMap<>();
            months.forEach(m -> wanted.put(m.actorId(), m.start()));
            em.createQuery("select new org.stanceline.rollup.RollupReader$MonthLast(r.actorId, r.lastStatementId, "
                            + "r.lastSaidOn, r.lastStance, r.lastIntensity, r.bucketStart) from StanceRollup r "
                            + "where r.topicId = :topic and r.kind = :monthKind and r.bucketStart in :starts "
                            + "and r.actorId in :actors", MonthLast.class)
                    .setParameter("topic", topicId).setParameter("monthKind", RollupKind.MONTH.code)
                    .setParameter("starts", Set.copyOf(wanted.values()))
                    .setParameter("actors", wanted.keySet()).getResultList().stream()
                    .filter(r -> r.start().equals(wanted.get(r.actorId())))
                    .forEach(r -> latest.put(r.actorId(), r.last()));
        }
        em.createQuery(LAST_STATEMENT + "where r.topicId = :topic and r.kind = :dayKind "
                        + "and r.bucketStart between :month and :date and r.actorId in :actors order by r.bucketStart",
                        RollupRows.LastStatement.class)
                .setParameter("topic", topicId).setParameter("dayKind", RollupKind.DAY.code)
                .setParameter("actors", actorIds).setParameter("month", month).setParameter("date", date)
                .getResultList().forEach(r -> latest.put(r.actorId(), r));
        return List.copyOf(latest.values());
    }

    /** A month row's last statement and the month it is of. */
    public record MonthLast(long actorId, long statementId, LocalDate saidOn, int stance, int intensity,
                            LocalDate start) {
        RollupRows.LastStatement last() {
            return new RollupRows.LastStatement(actorId, statementId, saidOn, stance, intensity);
        }
    }

    /** First and last date of the actors' confirmed statements on the topic, from the month rows. */
    public RollupRows.Period period(long topicId, Collection<Long> actorIds) {
        return em.createQuery("select new org.stanceline.rollup.RollupRows$Period(min(r.firstSaidOn), "
                        + "max(r.lastSaidOn)) from StanceRollup r where r.topicId = :topic and r.kind = :kind "
                        + "and r.actorId in :actors", RollupRows.Period.class)
                .setParameter("topic", topicId).setParameter("kind", RollupKind.MONTH.code)
                .setParameter("actors", actorIds).getSingleResult();
    }

    private static final String SHIFT_ROW = "select new org.stanceline.rollup.RollupRows$ShiftRow(sh.actorId, "
            + "sh.saidOn, sh.stanceDelta, sh.intensityDelta, "
            + "b.id, b.saidOn, b.saidPrecision, b.stance, b.intensity, b.quote, b.verbatim, bs.name, bs.role, b.source.id, "
            + "a.id, a.saidOn, a.saidPrecision, a.stance, a.intensity, a.quote, a.verbatim, sa.name, sa.role, a.source.id) "
            + "from StanceShift sh join Statement a on a.id = sh.statementId join a.speaker sa "
            + "join Statement b on b.id = sh.prevStatementId join b.speaker bs "
            + "where sh.topicId = :topic and sh.actorId in :actors ";

    /** The actors' shifts said from {@code from} to {@code to}, newest first, at most {@code limit}. */
    public List<RollupRows.ShiftRow> shifts(long topicId, Collection<Long> actorIds, LocalDate from, LocalDate to,
                                            int limit) {
        List<Long> newest = newestShiftIds(topicId, actorIds, from, to, limit);
        if (newest.isEmpty()) {
            return List.of();
        }
        return em.createQuery(SHIFT_ROW + "and sh.statementId in :ids order by sh.saidOn desc, sh.statementId desc",
                        RollupRows.ShiftRow.class)
                .setParameter("topic", topicId).setParameter("actors", actorIds).setParameter("ids", newest)
                .getResultList();
    }

    /**
     * The keys of the newest {@code limit} shifts, from the shift rows alone (only those are joined to their
     * statements after). Read back from the period's end (or the data's last day) in windows that double: a
     * month, two, four... A sort of every shift of a ten-year record took most of a briefing's time at a million
     * statements; this reads the newest windows and at most one read per doubling of the period.
     */
    private List<Long> newestShiftIds(long topicId, Collection<Long> actorIds, LocalDate from, LocalDate to,
                                      int limit) {
        RollupRows.Period data = period(topicId, actorIds);
        if (data.last() == null || limit <= 0) {
            return List.of();
        }
        LocalDate windowEnd = data.last().isBefore(to) ? data.last() : to;
        LocalDate earliest = data.first().isAfter(from) ? data.first() : from;
        List<Long> newest = new java.util.ArrayList<>();
        for (long days = 31; newest.size() < limit && !windowEnd.isBefore(earliest); days *= 2) {
            LocalDate windowStart = windowEnd.minusDays(days - 1).isBefore(earliest) ? earliest
                    : windowEnd.minusDays(days - 1);
            newest.addAll(em.createQuery("select sh.statementId from StanceShift sh where sh.topicId = :topic "
                            + "and sh.actorId in :actors and sh.saidOn between :from and :to "
                            + "order by sh.saidOn desc, sh.statementId desc", Long.class)
                    .setParameter("topic", topicId).setParameter("actors", actorIds)
                    .setParameter("from", windowStart).setParameter("to", windowEnd)
                    .setMaxResults(limit - newest.size()).getResultList());
            windowEnd = windowStart.minusDays(1);
        }
        return newest;
    }

    /** The actors' shifts said on these days, newest first. */
    public List<RollupRows.ShiftRow> shiftsOn(long topicId, Collection<Long> actorIds, Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        return em.createQuery(SHIFT_ROW + "and sh.saidOn in :days order by sh.saidOn desc, sh.statementId desc",
                        RollupRows.ShiftRow.class)
                .setParameter("topic", topicId).setParameter("actors", actorIds).setParameter("days", Set.copyOf(days))
                .getResultList();
    }

    /** How many shifts an actor made in a period, and the day of its latest. */
    public record ShiftTally(long actorId, long count, LocalDate latest) {
    }

    /** Per actor with shifts in the period: their number and the latest day, from the shift rows alone. */
    public List<ShiftTally> shiftTallies(long topicId, Collection<Long> actorIds, LocalDate from, LocalDate to) {
        return em.createQuery("select new org.stanceline.rollup.RollupReader$ShiftTally(sh.actorId, count(sh), "
                        + "max(sh.saidOn)) from StanceShift sh where sh.topicId = :topic and sh.actorId in :actors "
                        + "and sh.saidOn between :from and :to group by sh.actorId", ShiftTally.class)
                .setParameter("topic", topicId).setParameter("actors", actorIds)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** An actor's first day with a confirmed statement in a period. */
    public record FirstDay(long actorId, LocalDate day) {
    }

    /**
     * Each actor's first day with a confirmed statement from {@code from} to {@code to}: from the day rows of
     * {@code from}'s month, else the first day of its earliest month row after that month. Bounded like
     * {@link #latestOnOrBefore}: a month of day rows and the month rows.
     */
    public List<FirstDay> firstDays(long topicId, Collection<Long> actorIds, LocalDate from, LocalDate to) {
        LocalDate monthEnd = RollupKind.MONTH.endOf(RollupKind.MONTH.startOf(from));
        Map<Long, LocalDate> first = new HashMap<>();
        em.createQuery("select new org.stanceline.rollup.RollupReader$FirstDay(r.actorId, min(r.firstSaidOn)) "
                        + "from StanceRollup r where r.topicId = :topic and r.kind = :monthKind "
                        + "and r.bucketStart > :from and r.bucketStart <= :to and r.actorId in :actors "
                        + "group by r.actorId", FirstDay.class)
                .setParameter("topic", topicId).setParameter("monthKind", RollupKind.MONTH.code)
                .setParameter("from", monthEnd).setParameter("to", to).setParameter("actors", actorIds)
                .getResultList().forEach(d -> first.put(d.actorId(), d.day()));
        em.createQuery("select new org.stanceline.rollup.RollupReader$FirstDay(r.actorId, min(r.bucketStart)) "
                        + "from StanceRollup r where r.topicId = :topic and r.kind = :dayKind "
                        + "and r.bucketStart between :from and :to and r.actorId in :actors group by r.actorId",
                        FirstDay.class)
                .setParameter("topic", topicId).setParameter("dayKind", RollupKind.DAY.code)
                .setParameter("from", from).setParameter("to", to.isBefore(monthEnd) ? to : monthEnd)
                .setParameter("actors", actorIds).getResultList().forEach(d -> first.put(d.actorId(), d.day()));
        return first.entrySet().stream().filter(e -> !e.getValue().isAfter(to))
                .map(e -> new FirstDay(e.getKey(), e.getValue())).toList();
    }

    /**
     * How many confirmed statements the actors made from {@code from} to {@code to}: the months wholly inside
     * from their month rows, the cut months at either end from their day rows. Three index ranges, whatever the
     * period's length.
     */
    public long confirmedCount(long topicId, Collection<Long> actorIds, LocalDate from, LocalDate to) {
        if (actorIds.isEmpty() || to.isBefore(from)) {
            return 0;
        }
        LocalDate firstWhole = RollupKind.MONTH.startOf(from).equals(from) ? from
                : RollupKind.MONTH.endOf(RollupKind.MONTH.startOf(from)).plusDays(1);
        LocalDate afterLastWhole = RollupKind.MONTH.endOf(RollupKind.MONTH.startOf(to)).equals(to) ? to.plusDays(1)
                : RollupKind.MONTH.startOf(to);
        if (!firstWhole.isBefore(afterLastWhole)) {
            return sum(RollupKind.DAY, topicId, actorIds, from, to);
        }
        return sum(RollupKind.MONTH, topicId, actorIds, firstWhole, afterLastWhole.minusMonths(1))
                + sum(RollupKind.DAY, topicId, actorIds, from, firstWhole.minusDays(1))
                + sum(RollupKind.DAY, topicId, actorIds, afterLastWhole, to);
    }

    private long sum(RollupKind kind, long topicId, Collection<Long> actorIds, LocalDate firstStart, LocalDate lastStart) {
        if (lastStart.isBefore(firstStart)) {
            return 0;
        }
        Long sum = em.createQuery("select sum(r.statementCount) from StanceRollup r where r.topicId = :topic "
                        + "and r.kind = :kind and r.bucketStart between :first and :last and r.actorId in :actors",
                        Long.class)
                .setParameter("topic", topicId).setParameter("kind", kind.code).setParameter("actors", actorIds)
                .setParameter("first", firstStart).setParameter("last", lastStart).getSingleResult();
        return sum == null ? 0 : sum;
    }
}
