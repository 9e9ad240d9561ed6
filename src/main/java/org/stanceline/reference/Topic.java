package org.stanceline.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A policy question; stance is measured against it. */
@Entity
public class Topic extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_seq")
    @SequenceGenerator(name = "topic_seq", sequenceName = "topic_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String question;

    public String description;

    @Column(name = "label_m2", nullable = false)
    public String labelMinus2;
    @Column(name = "label_m1", nullable = false)
    public String labelMinus1;
    @Column(name = "label_0", nullable = false)
    public String labelZero;
    @Column(name = "label_p1", nullable = false)
    public String labelPlus1;
    @Column(name = "label_p2", nullable = false)
    public String labelPlus2;

    @Column(name = "display_order", nullable = false)
    public int displayOrder;

    public static Optional<Topic> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static List<Topic> listOrdered() {
        return list("order by displayOrder, slug");
    }

    /** Scale words keyed by stance ("-2" … "2"), in scale order. */
    public Map<String, String> scaleLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("-2", labelMinus2);
        labels.put("-1", labelMinus1);
        labels.put("0", labelZero);
        labels.put("1", labelPlus1);
        labels.put("2", labelPlus2);
        return labels;
    }

    public String labelFor(int stance) {
        return scaleLabels().get(Integer.toString(stance));
    }
}
