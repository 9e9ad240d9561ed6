package org.stanceline.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Writes the backup as a stream: each list read with one forward-only query and written record by record
 * with a {@link JsonGenerator}, so memory does not grow with the database. The lists come in
 * {@link DatasetReader#ORDER}, the order a restore needs; within a list the order is fixed, so that
 * export → restore into an empty database → export gives the same document.
 */
@ApplicationScoped
public class DatasetExport {

    /** Rows fetched from the database at a time (PostgreSQL streams with a cursor inside a transaction). */
    private static final int FETCH_SIZE = 1000;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    RestoreConfig config;

    /** Writes the whole backup to {@code out}, in one read transaction; {@code out} is left open. */
    public void write(OutputStream out) {
        QuarkusTransaction.joiningExisting().timeout(Math.toIntExact(config.transactionTimeout().toSeconds()))
                .run(() -> {
                    // The export reads over JDBC: this transaction's pending entity changes must be in the rows.
                    em.flush();
                    em.unwrap(Session.class).doWork(connection -> {
                    try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
                        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                        writeDocument(connection, g, mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    });
                });
    }

    private void writeDocument(Connection c, JsonGenerator g, ObjectWriter records) throws IOException, SQLException {
        g.writeStartObject();
        g.writeStringField("format", Dataset.FORMAT);
        g.writeNumberField("version", Dataset.VERSION);
        list(c, g, records, "topics", DatasetRows.TOPICS, DatasetRows::topic);
        list(c, g, records, "actors", DatasetRows.ACTORS, DatasetRows::actor);
        DatasetRows.SpeakerNames names = DatasetRows.speakerNames(c);
        list(c, g, records, "speakers", DatasetRows.SPEAKERS, rs -> DatasetRows.speaker(rs, names));
        list(c, g, records, "sources", DatasetRows.SOURCES, DatasetRows::source);
        statements(c, g, records);
        list(c, g, records, "events", DatasetRows.EVENTS, DatasetRows::event);
        list(c, g, records, "audit", DatasetRows.AUDIT, DatasetRows::audit);
        g.writeEndObject();
    }

    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static <T> void list(Connection c, JsonGenerator g, ObjectWriter records, String field, String sql,
                                 RowMapper<T> mapper) throws IOException, SQLException {
        g.writeArrayFieldStart(field);
        try (PreparedStatement q = forwardOnly(c, sql); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                records.writeValue(g, mapper.map(rs));
            }
        }
        g.writeEndArray();
    }

    /** Statements and their revisions come from two queries in the same order, merged by statement id. */
    private static void statements(Connection c, JsonGenerator g, ObjectWriter records)
            throws IOException, SQLException {
        g.writeArrayFieldStart("statements");
        try (PreparedStatement q = forwardOnly(c, DatasetRows.STATEMENTS);
             PreparedStatement h = forwardOnly(c, DatasetRows.REVISIONS);
             ResultSet rs = q.executeQuery(); ResultSet history = h.executeQuery()) {
            DatasetRows.Revisions revisions = new DatasetRows.Revisions(history);
            while (rs.next()) {
                records.writeValue(g, DatasetRows.statement(rs, revisions.of(rs.getLong("id"))));
            }
        }
        g.writeEndArray();
    }

    private static PreparedStatement forwardOnly(Connection c, String sql) throws SQLException {
        PreparedStatement q = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        q.setFetchSize(FETCH_SIZE);
        return q;
    }
}
