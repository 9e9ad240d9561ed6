package org.stanceline.rollup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A pair of consecutive confirmed statements of one actor on one topic that is a shift, keyed by the later
 * one. Mapped for queries only, like {@link StanceRollup}.
 */
@Entity
@Table(name = "stance_shift")
public class StanceShift {

    @Id
    @Column(name = "statement_id")
    long statementId;

    @Column(name = "prev_statement_id", nullable = false)
    long prevStatementId;

    @Column(name = "topic_id", nullable = false)
    long topicId;

    @Column(name = "actor_id", nullable = false)
    long actorId;

    @Column(name = "said_on", nullable = false)
    LocalDate saidOn;

    @Column(name = "stance_delta", nullable = false)
    int stanceDelta;

    @Column(name = "intensity_delta", nullable = false)
    int intensityDelta;
}
