package org.stanceline.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;

/**
 * A JDBC batch insert into one table that executes every {@code size} rows, after the table it refers to.
 * Instants are written as UTC wall-clock timestamps, as Hibernate writes them here (jdbc.timezone=UTC).
 */
final class BatchInsert implements AutoCloseable {

    private final PreparedStatement insert;
    private final int size;
    private final BatchInsert parent;
    private int pending;

    /** {@code parent}, if any, holds the rows this table refers to: it is flushed first. */
    BatchInsert(Connection connection, String table, String columns, int size, BatchInsert parent)
            throws SQLException {
        int count = columns.split(",").length;
        this.insert = connection.prepareStatement("insert into " + table + " (" + columns + ") values ("
                + String.join(", ", Collections.nCopies(count, "?")) + ")");
        this.size = size;
        this.parent = parent;
    }

    /** Adds a row of {@code values}, in column order; executes the batch when it is full. */
    void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                insert.setNull(i + 1, Types.NULL);
            } else {
                insert.setObject(i + 1, values[i] instanceof Instant t ? LocalDateTime.ofInstant(t, ZoneOffset.UTC)
                        : values[i]);
            }
        }
        insert.addBatch();
        if (++pending >= size) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (parent != null) {
            parent.flush();
        }
        if (pending > 0) {
            insert.executeBatch();
            insert.clearBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
