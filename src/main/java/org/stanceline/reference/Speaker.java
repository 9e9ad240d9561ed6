package org.stanceline.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A person (or an institutional voice such as Downing Street) who speaks for an actor in a role. */
@Entity
public class Speaker extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "speaker_seq")
    @SequenceGenerator(name = "speaker_seq", sequenceName = "speaker_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(name = "role_title")
    public String role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    public Actor actor;

    @Column(name = "active_from")
    public LocalDate activeFrom;

    @Column(name = "active_to")
    public LocalDate activeTo;

    /** Name variants as they appear in sources, misspellings included. */
    @ElementCollection
    @CollectionTable(name = "speaker_alias", joinColumns = @JoinColumn(name = "speaker_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias", nullable = false)
    public List<String> aliases = new ArrayList<>();

    /** Role phrases that refer to this speaker ("Kremlin spokesman"). */
    @ElementCollection
    @CollectionTable(name = "speaker_role_phrase", joinColumns = @JoinColumn(name = "speaker_id"))
    @OrderColumn(name = "position")
    @Column(name = "phrase", nullable = false)
    public List<String> rolePhrases = new ArrayList<>();

    public static Optional<Speaker> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
