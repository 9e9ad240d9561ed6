package org.stanceline.web;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * On H2, a successful write is acknowledged only once it is on disk. H2 commits to memory and its background
 * writer stores the changes within its write delay (500 ms): a {@code kill -9} in that window loses writes that
 * were already answered 2xx. {@code WRITE_DELAY=0} closes the window but also stops the background writer,
 * which is what compacts the file: a million-statement restore then left a 15 GB file for 0.3 GB of data.
 * So the writer keeps its delay, and every successful non-GET request forces a {@code CHECKPOINT} (store and
 * fsync) after its transaction committed and before its answer is sent. PostgreSQL commits durably by itself.
 */
public class DurableWrites {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ServerResponseFilter
    public void flushBeforeAnswer(ContainerRequestContext request, ContainerResponseContext response) throws SQLException {
        if (!"h2".equals(dbKind) || response.getStatus() >= 400 || isRead(request.getMethod())) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement checkpoint = connection.createStatement()) {
            checkpoint.execute("CHECKPOINT");
        }
    }

    private static boolean isRead(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }
}
