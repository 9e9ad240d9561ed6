package org.stanceline.overload;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.PROBLEM_JSON;

/**
 * Overload answers 503 problem+json with Retry-After, never 500, while cheap endpoints keep answering.
 * The bulkhead is filled by holding its permits from the test, so no extra profile (and restart) is needed.
 */
@QuarkusTest
public class OverloadTest {

    static final AtomicInteger UNIQUE = new AtomicInteger();

    @Inject
    HeavyWork heavy;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldShedHeavyRequestsWhileTheBulkheadIsFullAndKeepCheapOnesAnswering() throws Exception {
        int size = ConfigProvider.getConfig()
                .getValue("org.stanceline.overload.HeavyWork/call/Bulkhead/value", Integer.class);
        CountDownLatch held = new CountDownLatch(size);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holders = Executors.newFixedThreadPool(size);
        try {
            for (int i = 0; i < size; i++) {
                holders.submit(() -> heavy.call(() -> {
                    held.countDown();
                    await(release);
                    return null;
                }));
            }
            assertTrue(held.await(30, TimeUnit.SECONDS), "the test holds every permit");
            for (String url : List.of(timelineMiss(), "/api/statements?topic=troops&size=" + (1 + UNIQUE.incrementAndGet()),
                    "/charts/timeline.svg?topic=troops&width=" + (400 + UNIQUE.incrementAndGet()),
                    "/api/export/statements.csv?topic=troops")) {
                given().get(url).then().statusCode(503).contentType(PROBLEM_JSON)
                        .header("Retry-After", equalTo("2"))
                        .body("status", equalTo(503))
                        .body("detail", containsString("heavy requests"));
            }
            given().get("/q/health/live").then().statusCode(200);
            given().get("/api/topics").then().statusCode(200);
        } finally {
            release.countDown();
            holders.shutdown();
            assertTrue(holders.awaitTermination(30, TimeUnit.SECONDS));
        }
        given().get(timelineMiss()).then().statusCode(200);
    }

    @Test
    void shouldAnswerOnly200Or503ToABurstOfHeavyRequests() throws Exception {
        int clients = 48;
        ExecutorService pool = Executors.newFixedThreadPool(clients + 4);
        try {
            List<Future<Response>> heavyAnswers = new ArrayList<>();
            List<Future<Integer>> liveAnswers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String url = i % 2 == 0 ? timelineMiss() : "/api/shifts?topic=troops&limit=" + (1 + UNIQUE.incrementAndGet() % 999);
                heavyAnswers.add(pool.submit(() -> given().get(url)));
                if (i % 8 == 0) {
                    liveAnswers.add(pool.submit(() -> given().get("/q/health/live").statusCode()));
                }
            }
            for (Future<Response> f : heavyAnswers) {
                Response r = f.get(120, TimeUnit.SECONDS);
                assertTrue(r.statusCode() == 200 || r.statusCode() == 503, "got " + r.statusCode() + ": " + r.asString());
                if (r.statusCode() == 503) {
                    assertTrue(r.contentType().startsWith(PROBLEM_JSON), r.contentType());
                    assertEquals("2", r.getHeader("Retry-After"));
                }
            }
            for (Future<Integer> f : liveAnswers) {
                assertEquals(200, f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldAnswer503WhenNoDatabaseConnectionComesFree() throws Exception {
        int max = dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < max; i++) {
                held.add(dataSource.getConnection());
            }
            // A cheap endpoint through Hibernate, and a cached one through the data version's own JDBC read.
            for (String url : List.of("/api/topics", timelineMiss())) {
                given().get(url).then().statusCode(503).contentType(PROBLEM_JSON)
                        .header("Retry-After", equalTo("2"))
                        .body("detail", containsString("database connection"));
            }
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        given().get("/api/topics").then().statusCode(200);
    }

    /** A timeline no earlier request asked for, so it is computed, not served from the cache. */
    static String timelineMiss() {
        return "/api/timeline?topic=troops&bucket=day&from=2025-02-01&to=2025-"
                + String.format("%02d-%02d", 3 + UNIQUE.get() % 9, 1 + UNIQUE.incrementAndGet() % 28);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
