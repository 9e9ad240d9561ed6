package org.stanceline.statement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** One change to a statement: who made it, when, and the statement before and after (JSON snapshots). */
@Entity
@Table(name = "statement_revision")
public class StatementRevision extends PanacheEntityBase {

    public enum Action {
        CREATED, PROPOSED, EDITED, CONFIRMED, REJECTED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_revision_seq")
    @SequenceGenerator(name = "statement_revision_seq", sequenceName = "statement_revision_seq", allocationSize = 50)
    public Long id;

    @Column(name = "statement_id", nullable = false)
    public Long statementId;

    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "before_state")
    public String before;

    @Column(name = "after_state", nullable = false)
    public String after;

    public static List<StatementRevision> ofStatement(long statementId) {
        return list("statementId = ?1 order by revision", statementId);
    }

    public static int nextRevision(long statementId) {
        Integer max = find("select max(r.revision) from StatementRevision r where r.statementId = ?1", statementId)
                .project(Integer.class).firstResult();
        return max == null ? 1 : max + 1;
    }
}
