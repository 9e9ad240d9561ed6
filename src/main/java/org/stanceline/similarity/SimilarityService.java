package org.stanceline.similarity;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.stanceline.cache.DataVersion;
import org.stanceline.statement.StatementStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Holds the sentence model and a judge that knows the confirmed statements. The model loads on a thread of its
 * own (about a second) at the first ingest, or at start-up with {@link SimilarityConfig#preload()}. The judge is rebuilt when the data version moves; only statements confirmed since are
 * embedded then (a vector per quote is kept), so a confirmation teaches the next ingest.
 */
@ApplicationScoped
public class SimilarityService {

    private static final Logger LOG = Logger.getLogger(SimilarityService.class);

    @Inject
    SimilarityConfig config;

    @Inject
    EntityManager em;

    @Inject
    DataVersion dataVersion;

    private volatile CompletableFuture<SimilarityJudge> model;
    private volatile Current current;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    private record Current(long version, SimilarityJudge judge) {
    }

    /**
     * A preload finishes before the server is ready. ONNX Runtime closes its native environment from a JVM shutdown
     * hook of its own, which runs beside Quarkus's: a stop that came while a load in the background was still
     * building the session or embedding the topic seeds crashed the process (SIGSEGV or SIGBUS in libonnxruntime)
     * however long the stop waited. Before ready, no stop can land inside the load.
     */
    void onStart(@Observes StartupEvent start) {
        if (config.enabled() && config.preload()) {
            try {
                load().join();
            } catch (RuntimeException e) {
                LOG.errorf(e, "The sentence model did not load; proposing by the rules alone");
            }
        }
    }

    /**
     * A stop during a load started by an ingest waits for it, which narrows the window in which ONNX Runtime's
     * own shutdown hook can release the environment under it (see {@link #onStart}); it cannot close it.
     */
    void onStop(@Observes ShutdownEvent stop) {
        CompletableFuture<SimilarityJudge> loading = model;
        if (loading != null && !loading.isDone()) {
            try {
                loading.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.debugf("Sentence model load ended at shutdown: %s", e.toString());
            }
        }
    }

    private synchronized CompletableFuture<SimilarityJudge> load() {
        if (model == null) {
            model = CompletableFuture.supplyAsync(() -> {
                long t0 = System.nanoTime();
                SimilarityJudge j = SimilarityJudge.create(new CachingEmbedder(MiniLmEmbedder.load(config.threads(),
                        config.maxTokens()), config.cacheSize()),
                        TopicSeed.standard(), settings());
                LOG.infof("Sentence model loaded in %d ms (all-MiniLM-L6-v2, quantized, offline)",
                        (System.nanoTime() - t0) / 1_000_000);
                return j;
            });
        }
        return model;
    }

    private SimilarityJudge.Settings settings() {
        SimilarityJudge.Settings d = SimilarityJudge.Settings.STANDARD;
        return new SimilarityJudge.Settings(config.neighbours(), config.minSimilarity(), d.ruleWeight(),
                d.contextWeight(), d.seedWeight(), d.neighbourWeight(), d.stanceMinWeight());
    }

    /** How close a span with no topic cue must be to be proposed (see {@link SimilarityConfig#relevance()}). */
    public double relevance() {
        return config.relevance();
    }

    /**
     * The judge with every confirmed statement as an example, or empty when the model is switched off or would
     * not load (the rules then propose alone, and the log says why).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SimilarityJudge> judge() {
        if (!config.enabled()) {
            return Optional.empty();
        }
        SimilarityJudge base;
        try {
            base = load().join();
        } catch (RuntimeException e) {
            LOG.errorf(e, "The sentence model is unavailable; proposing by the rules alone");
            return Optional.empty();
        }
        long version = dataVersion.current();
        Current c = current;
        if (c == null || c.version() != version) {
            c = new Current(version, base.withExamples(examples(base)));
            current = c;
        }
        return Optional.of(c.judge());
    }

    private List<ConfirmedExample> examples(SimilarityJudge base) {
        List<ConfirmedStatementRow> rows = em.createQuery("select new org.stanceline.similarity.ConfirmedStatementRow("
                        + "s.id, s.quote, s.topic.slug, s.stance) from Statement s where s.status = :confirmed order by s.id desc",
                ConfirmedStatementRow.class).setParameter("confirmed", StatementStatus.CONFIRMED)
                .setMaxResults(config.maxExamples()).getResultList();
        List<String> missing = rows.stream().map(ConfirmedStatementRow::quote).filter(q -> !vectors.containsKey(q))
                .distinct().toList();
        // In one batched call; a quote proposed by an ingest comes from the embedder's cache.
        List<float[]> fresh = base.embedder().embedAll(missing);
        for (int i = 0; i < missing.size(); i++) {
            vectors.put(missing.get(i), fresh.get(i));
        }
        List<ConfirmedExample> out = new ArrayList<>(rows.size());
        for (ConfirmedStatementRow r : rows) {
            out.add(new ConfirmedExample(r.id(), r.quote(), r.topic(), r.stance(), vectors.get(r.quote())));
        }
        if (!missing.isEmpty()) {
            LOG.infof("Sentence model: %d confirmed statements embedded, %d known", missing.size(), out.size());
        }
        return out;
    }
}
