package org.stanceline.sql;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Records the SQL Hibernate prepares on the calling thread, HQL and native alike, with the transaction each ran
 * in. Per thread, so background work (the webhook sender, the scheduler) does not count.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlStatements implements StatementInspector {

    /** One prepared statement and the key of the transaction it ran in ({@code null}: none). */
    public record Executed(String sql, Object transaction) {
    }

    public record Recorded<T>(T result, List<Executed> statements) {

        public long transactions() {
            return statements.stream().map(Executed::transaction).distinct().count();
        }

        public boolean allInATransaction() {
            return statements.stream().map(Executed::transaction).allMatch(Objects::nonNull);
        }
    }

    private static final ThreadLocal<List<Executed>> RECORDING = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        List<Executed> recording = RECORDING.get();
        if (recording != null) {
            recording.add(new Executed(sql, transactionKey()));
        }
        return sql;
    }

    public static <T> Recorded<T> record(Supplier<T> work) {
        List<Executed> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            return new Recorded<>(work.get(), List.copyOf(statements));
        } finally {
            RECORDING.remove();
        }
    }

    private static Object transactionKey() {
        TransactionSynchronizationRegistry registry = Arc.container().instance(TransactionSynchronizationRegistry.class).get();
        return registry == null ? null : registry.getTransactionKey();
    }
}
