package org.stanceline.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

/** A JDBC batch insert into one table that executes every {@code size} rows, after the table it refers to. */
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

    /** The statement whose parameters the caller sets for the next row, then calls {@link #add()}. */
    PreparedStatement row() {
        return insert;
    }

    void add() throws SQLException {
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
