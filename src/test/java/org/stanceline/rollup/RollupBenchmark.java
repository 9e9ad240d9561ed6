package org.stanceline.rollup;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.stanceline.TestData;
import org.stanceline.reference.Actor;
import org.stanceline.reference.Topic;
import org.stanceline.timeline.Bucket;
import org.stanceline.timeline.ShiftService;
import org.stanceline.timeline.TimelineService;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Timeline and shifts at scale: 1,000,000 confirmed statements, 50 actors, 10 topics, 10 years, in an H2 file
 * database (generated once with INSERT ... SELECT, then rebuilt into rollups). Prints single-call timings of
 * the rollup reads and of the former per-request aggregation over statements, and HTTP latency at 32 clients.
 * Not a pass/fail test. Run with:
 * <pre>./mvnw test -Dquarkus.quinoa=false -Dtest=RollupBenchmark -DrollupBenchmark=true</pre>
 */
@QuarkusTest
@TestProfile(RollupBenchmarkProfile.class)
@EnabledIfSystemProperty(named = "rollupBenchmark", matches = "true")
class RollupBenchmark {

    /** -DbenchmarkStatements=N for a smaller corpus; a later run adds the missing statements. */
    static final int STATEMENTS = Integer.getInteger("benchmarkStatements", 1_000_000);
    static final int CHUNK = 50_000;
    private static final String INSERT_HEAD = "insert into statement (id, source_id, speaker_id, actor_id, topic_id, "
            + "said_on, said_precision, said_week, said_month, quote, verbatim, span_start, span_end, stance, intensity, "
            + "confidence, status, coder, created_at, updated_at) select 100000000 + x, 100000000, ";
    private static final String INSERT_TAIL = ", d, 'DAY', dateadd(day, 1 - iso_day_of_week(d), d), "
            + "cast(date_trunc('month', d) as date), 'Bench', true, 0, 5, "
            // x / 500 steps through one actor's statements on one topic, so stances and intensities vary along it.
            + "mod(x / 500 + x / 1300, 5) - 2, mod(x / 700, 4), 1.0, "
            + "'CONFIRMED', 'bench', current_timestamp, current_timestamp "
            + "from (select x, dateadd(day, mod(x * 7919, 3653), date '2016-01-01') as d ";
    static final List<String> SIX = List.of("moscow", "london", "paris", "washington", "kyiv", "copenhagen");

    @Inject
    EntityManager em;

    @Inject
    TimelineService timeline;

    @Inject
    ShiftService shifts;

    @Inject
    RollupService rollups;

    @TestHTTPResource("/")
    URL base;

    @Test
    void printTimings() throws Exception {
        generate();
        long topic = QuarkusTransaction.requiringNew().call(() -> Topic.findBySlug("troops").orElseThrow().id);
        List<String> all = QuarkusTransaction.requiringNew().call(() ->
                Actor.<Actor>list("order by displayOrder, id").stream().map(a -> a.slug).toList());
        List<Long> sixIds = QuarkusTransaction.requiringNew().call(() ->
                Actor.<Actor>list("slug in ?1", SIX).stream().map(a -> a.id).toList());
        List<Long> allIds = QuarkusTransaction.requiringNew().call(() ->
                Actor.<Actor>list("order by displayOrder, id").stream().map(a -> a.id).toList());
        System.out.printf("%nRollup benchmark: %d statements in the database, %d actors; median / p95 of 30 calls%n",
                QuarkusTransaction.requiringNew().call(() -> em.createQuery("select count(s) from Statement s", Long.class)
                        .getSingleResult()), all.size());
        measure("timeline troops 6 actors month, whole period (rollups)",
                () -> timeline.timeline("troops", SIX, null, null, Bucket.MONTH));
        measure("timeline troops 50 actors month, whole period (rollups)",
                () -> timeline.timeline("troops", all, null, null, Bucket.MONTH));
        measure("shifts troops all actors, newest 200 (rollups)",
                () -> shifts.shifts("troops", all, null, null, 200));
        measure("positions troops 50 actors today (rollups)",
                () -> timeline.positions("troops", all, LocalDate.now()));
        measure("timeline troops 6 actors month, whole period (former SQL)",
                () -> LegacyTimelineQueries.timeline(em, topic, sixIds));
        measure("timeline troops 50 actors month, whole period (former SQL)",
                () -> LegacyTimelineQueries.timeline(em, topic, allIds));
        measure("shifts troops all actors, newest 200 (former SQL)",
                () -> LegacyTimelineQueries.shifts(em, topic, allIds));

        String actors6 = String.join(",", SIX);
        load("/api/timeline?topic=troops&actors=" + actors6 + "&bucket=month");
        load("/api/timeline?topic=troops&actors=" + String.join(",", all) + "&bucket=month");
        load("/api/shifts?topic=troops");
    }

    private void generate() {
        long have = QuarkusTransaction.requiringNew().call(() ->
                em.createQuery("select count(s) from Statement s", Long.class).getSingleResult());
        long rolledUp = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select coalesce(sum(r.statementCount), 0) from StanceRollup r where r.kind = 'M'", Long.class)
                .getSingleResult());
        if (have >= STATEMENTS && rolledUp == have) {
            // Statements and rollups both in place from an earlier run.
            return;
        }
        TestData.ensureTopic("bench-topic");
        long started = System.nanoTime();
        long generated = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(s) from Statement s where s.id > 100000000", Long.class).getSingleResult());
        boolean fresh = generated == 0;
        String insert = QuarkusTransaction.requiringNew().call(() -> {
            long actors = em.createQuery("select count(a) from Actor a", Long.class).getSingleResult();
            if (fresh) {
                em.createNativeQuery("insert into actor (id, slug, name, country, colour, display_order) "
                        + "select 1000 + x, 'bench-' || x, 'Bench ' || x, 'Benchland', '#336699', 100 + x "
                        + "from system_range(1, " + (50 - actors) + ")").executeUpdate();
                em.createNativeQuery("insert into speaker (id, slug, name, role_title, actor_id) "
                        + "select 1000 + x, 'bench-speaker-' || x, 'Speaker ' || x, 'Minister', 1000 + x "
                        + "from system_range(1, " + (50 - actors) + ")").executeUpdate();
                em.createNativeQuery("insert into source (id, title, published_inferred, body_text, content_hash, "
                        + "created_at, created_by) values (100000000, 'Bench', false, 'Bench quote text', 'bench', "
                        + "current_timestamp, 'bench')").executeUpdate();
            }
            // Ids by CASE rather than joins: H2 would otherwise loop over the million generated rows per match.
            List<Long> actorIds = em.createQuery("select a.id from Actor a order by a.displayOrder, a.id", Long.class)
                    .getResultList();
            List<Long> topicIds = em.createQuery("select t.id from Topic t order by t.displayOrder, t.id", Long.class)
                    .getResultList();
            List<Long> speakerIds = actorIds.stream().map(a -> em.createQuery(
                    "select min(s.id) from Speaker s where s.actor.id = :a", Long.class).setParameter("a", a)
                    .getSingleResult()).toList();
            return INSERT_HEAD + pick("mod(x / 10, 50)", speakerIds) + ", "
                    + pick("mod(x / 10, 50)", actorIds) + ", " + pick("mod(x, 10)", topicIds) + INSERT_TAIL;
        });
        // One transaction per chunk: H2 keeps an undo log of a transaction's rows, which a million rows outgrow.
        for (long first = generated - generated % CHUNK; first < STATEMENTS; first += CHUNK) {
            long from = first;
            QuarkusTransaction.requiringNew().timeout(3600).run(() -> em.createNativeQuery(insert
                    + "from system_range(" + (from + 1) + ", " + (from + CHUNK) + ")) g").executeUpdate());
            System.out.printf("  %d statements after %d s%n", from + CHUNK, (System.nanoTime() - started) / 1_000_000_000);
        }
        System.out.printf("Generated %d statements in %d s%n", STATEMENTS, (System.nanoTime() - started) / 1_000_000_000);
        started = System.nanoTime();
        RollupService.RebuildCounts counts = QuarkusTransaction.requiringNew().timeout(3600).call(rollups::rebuild);
        System.out.printf("Rebuilt rollups (%d bucket rows, %d shifts) in %d ms%n", counts.rollups(), counts.shifts(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static String pick(String index, List<Long> ids) {
        StringBuilder sql = new StringBuilder("case " + index);
        for (int i = 0; i < ids.size(); i++) {
            sql.append(" when ").append(i).append(" then ").append(ids.get(i));
        }
        return sql.append(" end").toString();
    }

    private static void measure(String what, Supplier<?> call) {
        for (int i = 0; i < 5; i++) {
            QuarkusTransaction.requiringNew().call(call::get);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long t = System.nanoTime();
            QuarkusTransaction.requiringNew().call(call::get);
            micros.add((System.nanoTime() - t) / 1000);
        }
        Collections.sort(micros);
        System.out.printf("%-62s %8.1f ms %8.1f ms%n", what, micros.get(15) / 1000.0, micros.get(28) / 1000.0);
    }

    /** 32 clients in a loop for 15 s after 5 s of warm-up; prints p50 and p99. */
    private void load(String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path)).build();
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        long until = warmUntil + TimeUnit.SECONDS.toNanos(15);
        ExecutorService clients = Executors.newFixedThreadPool(32);
        for (int c = 0; c < 32; c++) {
            clients.submit(() -> {
                while (System.nanoTime() < until) {
                    long t = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(path + " answered " + response.statusCode());
                    }
                    if (t > warmUntil) {
                        micros.add((System.nanoTime() - t) / 1000);
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        clients.awaitTermination(60, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf("HTTP 32 clients %-100s %6d requests p50 %7.1f ms p99 %7.1f ms%n",
                path.length() > 100 ? path.substring(0, 97) + "..." : path, sorted.size(),
                sorted.get(sorted.size() / 2) / 1000.0, sorted.get((int) (sorted.size() * 0.99)) / 1000.0);
    }
}
