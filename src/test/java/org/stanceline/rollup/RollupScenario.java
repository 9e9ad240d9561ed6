package org.stanceline.rollup;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import org.stanceline.TestData;
import org.stanceline.reference.Actor;
import org.stanceline.reference.Speaker;
import org.stanceline.reference.Topic;
import org.stanceline.source.ContentHash;
import org.stanceline.source.Source;
import org.stanceline.statement.NewStatement;
import org.stanceline.statement.StatementEdit;
import org.stanceline.statement.StatementService;
import org.stanceline.statement.StatementsBulkLoaded;
import org.stanceline.kernel.Conflict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies random writes through the real services to statements on two topics of its own (so the corpus and
 * the other tests' data stay as they are) and removes them again.
 */
final class RollupScenario {

    static final List<String> TOPICS = List.of("test-rollup-a", "test-rollup-b");
    static final List<String> ACTORS = List.of("moscow", "london", "paris");
    /** Monday 2024-12-23 and the 70 days after: weeks across month ends, three month starts. */
    static final LocalDate FIRST_DAY = LocalDate.of(2024, 12, 23);
    static final int DAYS = 70;
    static final List<String> QUOTES = List.of("We will never accept troops", "Troops may come",
            "A reassurance force is possible", "No decision yet", "Any deployment is a legitimate target");
    private static final String TEXT = String.join(" / ", QUOTES) + " (rollup test source)";

    private final StatementService statements;
    private final Event<StatementsBulkLoaded> bulkLoaded;
    private final EntityManager em;
    final List<String> speakers = new ArrayList<>();
    private long sourceId;
    /** Ids of the statements written so far, in order. */
    final List<Long> written = new ArrayList<>();

    RollupScenario(StatementService statements, Event<StatementsBulkLoaded> bulkLoaded, EntityManager em) {
        this.statements = statements;
        this.bulkLoaded = bulkLoaded;
        this.em = em;
        TOPICS.forEach(TestData::ensureTopic);
        QuarkusTransaction.requiringNew().run(() -> {
            String hash = ContentHash.of(TEXT);
            Source source = Source.<Source>find("contentHash", hash).firstResultOptional().orElseGet(() -> {
                Source s = new Source();
                s.title = "Rollup test source";
                s.text = TEXT;
                s.contentHash = hash;
                s.createdAt = Instant.now();
                s.createdBy = "test";
                s.persist();
                return s;
            });
            sourceId = source.id;
            for (String actor : ACTORS) {
                Speaker.<Speaker>list("actor = ?1 order by slug", Actor.findBySlug(actor).orElseThrow()).stream()
                        .limit(2).forEach(s -> speakers.add(s.slug));
            }
        });
    }

    void apply(WriteSequences.Write w) {
        if (w instanceof WriteSequences.Create c) {
            String quote = QUOTES.get(c.quote());
            int start = TEXT.indexOf(quote);
            written.add(statements.create(new NewStatement(sourceId, speakers.get(c.speaker()),
                    c.actor() < 0 ? null : ACTORS.get(c.actor()), TOPICS.get(c.topic()), day(c.day()), "day", null,
                    quote, true, new NewStatement.SpanInput(start, start + quote.length()), c.stance(), c.intensity(),
                    List.of("test"), 1.0, c.status(), null, null, null), "test").id());
        } else if (w instanceof WriteSequences.Rebuild) {
            QuarkusTransaction.requiringNew().run(() -> bulkLoaded.fire(new StatementsBulkLoaded("test", 0)));
        } else if (!written.isEmpty()) {
            applyToWritten(w);
        }
    }

    private void applyToWritten(WriteSequences.Write w) {
        try {
            if (w instanceof WriteSequences.Review r) {
                long id = pick(r.pick());
                if (r.confirm()) {
                    statements.confirm(id, "test");
                } else {
                    statements.reject(id, "test");
                }
            } else if (w instanceof WriteSequences.EditStance e) {
                edit(e.pick(), null, null, null, null, e.stance(), null);
            } else if (w instanceof WriteSequences.EditIntensity e) {
                edit(e.pick(), null, null, null, null, null, e.intensity());
            } else if (w instanceof WriteSequences.EditDate e) {
                edit(e.pick(), null, null, null, day(e.day()), null, null);
            } else if (w instanceof WriteSequences.EditActor e) {
                edit(e.pick(), null, ACTORS.get(e.actor()), null, null, null, null);
            } else if (w instanceof WriteSequences.EditSpeaker e) {
                edit(e.pick(), speakers.get(e.speaker()), null, null, null, null, null);
            } else if (w instanceof WriteSequences.EditTopic e) {
                edit(e.pick(), null, null, TOPICS.get(e.topic()), null, null, null);
            }
        } catch (Conflict refused) {
            // Confirming a confirmed statement (409): the write rolls back, and so must any rollup change.
        }
    }

    private void edit(int pick, String speaker, String actor, String topic, LocalDate saidOn, Integer stance,
                      Integer intensity) {
        statements.update(pick(pick), new StatementEdit(speaker, actor, topic, saidOn, null, null, null, null, null,
                stance, intensity, null, null, null, null, null), "test");
    }

    private long pick(int pick) {
        return written.get(pick % written.size());
    }

    static LocalDate day(int offset) {
        return FIRST_DAY.plusDays(offset);
    }

    List<ExpectedTimeline.Row> rows() {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "select new org.stanceline.rollup.ExpectedTimeline$Row(s.id, t.slug, a.slug, s.saidOn, "
                                + "s.saidPrecision, s.stance, "
                                + "s.intensity, s.status, s.quote, s.verbatim, sp.name, sp.role, s.source.id) "
                                + "from Statement s join s.topic t join s.actor a join s.speaker sp where t.slug in :topics",
                        ExpectedTimeline.Row.class)
                .setParameter("topics", TOPICS).getResultList());
    }

    /** Removes this scenario's statements, their history and their rollup rows. */
    void clear() {
        written.clear();
        QuarkusTransaction.requiringNew().run(() -> {
            List<Long> topics = Topic.<Topic>list("slug in ?1", TOPICS).stream().map(t -> t.id).toList();
            em.createQuery("delete from StatementRevision r where r.statementId in "
                    + "(select s.id from Statement s where s.topic.id in :topics)").setParameter("topics", topics)
                    .executeUpdate();
            em.createQuery("delete from Statement s where s.topic.id in :topics").setParameter("topics", topics)
                    .executeUpdate();
            em.createQuery("delete from StanceShift s where s.topicId in :topics").setParameter("topics", topics)
                    .executeUpdate();
            em.createQuery("delete from StanceRollup r where r.topicId in :topics").setParameter("topics", topics)
                    .executeUpdate();
        });
    }
}
