package org.stanceline.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import java.util.List;
import java.util.Optional;

/** A government position, keyed by capital ({@code moscow}). */
@Entity
public class Actor extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_seq")
    @SequenceGenerator(name = "actor_seq", sequenceName = "actor_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String country;

    @Column(nullable = false)
    public String colour;

    @Column(name = "display_order", nullable = false)
    public int displayOrder;

    public static Optional<Actor> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static List<Actor> listOrdered() {
        return list("order by displayOrder, slug");
    }
}
