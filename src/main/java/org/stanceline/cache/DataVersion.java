package org.stanceline.cache;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The version of everything the read endpoints show, kept in the database (table {@code data_version}) so
 * every instance behind a load balancer sees the same one. Each write bumps it inside its own transaction:
 * a rollback undoes the bump, and a commit makes the new data and the new version visible together.
 */
@ApplicationScoped
public class DataVersion {

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    /**
     * Marks the data as changed. Call it from every write, inside the writing transaction; the row lock it
     * takes serialises concurrent writers only for the rest of their transactions, so call it last.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bump() {
        int rows = em.createNativeQuery("UPDATE data_version SET version = version + 1 WHERE id = 1")
                .executeUpdate();
        if (rows != 1) {
            throw new IllegalStateException("Table data_version has no row: migration V4 did not run");
        }
    }

    /** The committed version now: one indexed single-row read, asked of the database on every call. */
    public long current() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT version FROM data_version WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("Table data_version has no row: migration V4 did not run");
            }
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new DataVersionUnavailable(e);
        }
    }

    /** The database could not be asked (pool exhausted, database down); the cause says which. */
    public static class DataVersionUnavailable extends RuntimeException {
        DataVersionUnavailable(SQLException cause) {
            super("Could not read the data version: " + cause.getMessage(), cause);
        }
    }
}
