package org.stanceline.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids for bulk inserts, drawn from an entity's sequence the way Hibernate draws them, so that ids handed
 * out later by Hibernate never collide: Quarkus's default "pooled-lo" optimizer reads a sequence value
 * {@code v} as the block {@code [v, v + 49]} (the sequences step by 50, see V1__core_schema.sql).
 */
final class IdBlocks implements AutoCloseable {

    /** The sequences' increment, equal to the entities' {@code allocationSize}. */
    static final int BLOCK = 50;

    private final PreparedStatement nextValue;
    private long next;
    private long end;

    /** {@code nextValueSql} is the dialect's "select next value" for the sequence. */
    IdBlocks(Connection connection, String nextValueSql) throws SQLException {
        this.nextValue = connection.prepareStatement(nextValueSql);
    }

    long next() throws SQLException {
        if (next >= end) {
            try (ResultSet rs = nextValue.executeQuery()) {
                rs.next();
                next = rs.getLong(1);
                end = next + BLOCK;
            }
        }
        return next++;
    }

    @Override
    public void close() throws SQLException {
        nextValue.close();
    }
}
