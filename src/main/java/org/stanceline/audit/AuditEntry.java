package org.stanceline.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One acknowledged write: who did what to which record, when, from where, through which request. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 64)
    public String username;

    @Column(length = 64)
    public String address;

    @Column(nullable = false, length = 32)
    public String action;

    @Column(nullable = false, length = 32)
    public String entity;

    @Column(name = "entity_id", length = 64)
    public String entityId;

    @Column(nullable = false, length = 1000)
    public String summary;

    @Column(name = "http_method", length = 8)
    public String httpMethod;

    @Column(name = "http_path", length = 300)
    public String httpPath;
}
