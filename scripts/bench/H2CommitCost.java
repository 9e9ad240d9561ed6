import java.sql.*; import java.nio.file.*;
// What H2 durability settings cost per commit (issue 9): 500 single-row update transactions on a 20,000-row
// file, with H2's default write delay, with a CHECKPOINT after each commit (what web/DurableWrites does), and
// with WRITE_DELAY=0. Run: java -cp target/quarkus-app/lib/main/com.h2database.h2-*.jar scripts/bench/H2CommitCost.java
public class H2CommitCost {
  public static void main(String[] a) throws Exception {
    for (String mode : new String[]{"default", "checkpoint", "write_delay_0", "default", "checkpoint", "write_delay_0"}) {
      Path dir = Files.createTempDirectory("cc");
      String url = "jdbc:h2:file:" + dir + "/db;DB_CLOSE_ON_EXIT=FALSE" + (mode.equals("write_delay_0") ? ";WRITE_DELAY=0" : "");
      try (Connection c = DriverManager.getConnection(url, "sa", "")) {
        c.createStatement().execute("create table s (id bigint primary key, stance int, quote varchar(400))");
        c.createStatement().execute("insert into s select x, 0, repeat('q', 300) from system_range(1, 20000)");
        c.setAutoCommit(false);
        PreparedStatement u = c.prepareStatement("update s set stance = ? where id = ?");
        int n = 500; long[] t = new long[n];
        for (int i = 0; i < n; i++) {
          long t0 = System.nanoTime();
          u.setInt(1, i % 5 - 2); u.setLong(2, 1 + (i * 37) % 20000); u.executeUpdate(); c.commit();
          if (mode.equals("checkpoint")) c.createStatement().execute("CHECKPOINT");
          t[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(t);
        System.out.printf("%-14s p50 %.2f ms  p99 %.2f ms  file %d KB%n", mode, t[n/2]/1e6, t[n*99/100]/1e6, Files.size(dir.resolve("db.mv.db"))/1024);
      }
    }
  }
}
