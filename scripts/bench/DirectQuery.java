import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The benchmark's database baseline: runs one SQL query over plain JDBC from N threads for D seconds,
 * reading every row, and prints "p50_ms=… p99_ms=… qps=… rows=…". The endpoint's figures are set beside
 * these, so the ratio shows what the HTTP and application layers add to the query itself.
 *
 * Usage: java -cp <jdbc-driver.jar> scripts/bench/DirectQuery.java URL USER PASSWORD THREADS SECONDS SQL
 */
public class DirectQuery {
    public static void main(String[] args) throws Exception {
        String url = args[0], user = args[1], password = args[2];
        int threads = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        String sql = args[5];
        AtomicBoolean running = new AtomicBoolean(true);
        List<List<Long>> samples = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        long[] rows = new long[1];
        for (int t = 0; t < threads; t++) {
            List<Long> mine = new ArrayList<>();
            samples.add(mine);
            Connection c = DriverManager.getConnection(url, user, password);
            Thread worker = new Thread(() -> {
                try (c; Statement s = c.createStatement()) {
                    while (running.get()) {
                        long start = System.nanoTime();
                        long n = 0;
                        try (ResultSet r = s.executeQuery(sql)) {
                            int columns = r.getMetaData().getColumnCount();
                            while (r.next()) {
                                for (int i = 1; i <= columns; i++) {
                                    r.getObject(i);
                                }
                                n++;
                            }
                        }
                        mine.add(System.nanoTime() - start);
                        rows[0] = n;
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            workers.add(worker);
        }
        // Warm up the plan cache and the pages first, as the HTTP runs are warmed up too.
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            for (int i = 0; i < 20; i++) {
                try (ResultSet r = s.executeQuery(sql)) {
                    while (r.next()) { }
                }
            }
        }
        long begin = System.nanoTime();
        workers.forEach(Thread::start);
        Thread.sleep(seconds * 1000);
        running.set(false);
        for (Thread w : workers) {
            w.join();
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        List<Long> all = new ArrayList<>();
        samples.forEach(all::addAll);
        Collections.sort(all);
        if (all.isEmpty()) {
            System.out.println("p50_ms=- p99_ms=- qps=0 rows=0");
            return;
        }
        double p50 = all.get(all.size() / 2) / 1e6;
        double p99 = all.get(Math.min(all.size() - 1, (int) Math.ceil(all.size() * 0.99) - 1)) / 1e6;
        System.out.printf("p50_ms=%.2f p99_ms=%.2f qps=%.0f rows=%d%n", p50, p99, all.size() / elapsed, rows[0]);
    }
}
