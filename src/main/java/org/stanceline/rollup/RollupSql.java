package org.stanceline.rollup;

/** Set-based fills of the rollup tables from the confirmed statements (the same as in V3__rollups.sql). */
final class RollupSql {

    private RollupSql() {
    }

    /** Fills the rows of one bucket kind; {@code column} is the statement column holding the bucket start. */
    static String fillBuckets(RollupKind kind) {
        String column = switch (kind) {
            case DAY -> "said_on";
            case WEEK -> "said_week";
            case MONTH -> "said_month";
        };
        String bucket = "partition by s.topic_id, s.actor_id, s." + column;
        return "insert into stance_rollup (topic_id, actor_id, bucket_kind, bucket_start, statement_count, "
                + "stance_sum, stance_min, stance_max, intensity_max, first_said_on, last_statement_id, last_said_on, "
                + "last_stance, last_intensity) "
                + "select topic_id, actor_id, '" + kind.code + "', b, n, ssum, smin, smax, imax, first_on, id, said_on, "
                + "stance, intensity from ("
                + "select s.topic_id, s.actor_id, s." + column + " as b, s.id, s.said_on, s.stance, s.intensity, "
                + "count(*) over (" + bucket + ") as n, "
                + "sum(s.stance) over (" + bucket + ") as ssum, "
                + "min(s.stance) over (" + bucket + ") as smin, "
                + "max(s.stance) over (" + bucket + ") as smax, "
                + "max(s.intensity) over (" + bucket + ") as imax, "
                + "min(s.said_on) over (" + bucket + ") as first_on, "
                + "row_number() over (" + bucket + " order by s.said_on desc, s.id desc) as rn "
                + "from statement s where s.status = 'CONFIRMED') x where rn = 1";
    }

    static final String FILL_SHIFTS = "insert into stance_shift (statement_id, prev_statement_id, topic_id, actor_id, "
            + "said_on, stance_delta, intensity_delta) "
            + "select id, prev_id, topic_id, actor_id, said_on, stance - prev_stance, intensity - prev_intensity from ("
            + "select s.id, s.topic_id, s.actor_id, s.said_on, s.stance, s.intensity, "
            + "lag(s.id) over (partition by s.topic_id, s.actor_id order by s.said_on, s.id) as prev_id, "
            + "lag(s.stance) over (partition by s.topic_id, s.actor_id order by s.said_on, s.id) as prev_stance, "
            + "lag(s.intensity) over (partition by s.topic_id, s.actor_id order by s.said_on, s.id) as prev_intensity "
            + "from statement s where s.status = 'CONFIRMED') x "
            + "where prev_id is not null and (stance <> prev_stance or intensity >= prev_intensity + 1)";
}
