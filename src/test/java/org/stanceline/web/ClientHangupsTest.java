package org.stanceline.web;

import io.vertx.core.http.HttpClosedException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientHangupsTest {

    @Test
    void shouldRecogniseAClientThatWentAwayMidResponse() {
        // As Quarkus REST reports it when Jackson writes into a closed connection.
        assertTrue(ClientHangups.isHangup(new IOException(new IOException("Failed to write",
                new IOException("Connection has been closed")))));
        assertTrue(ClientHangups.isHangup(new RuntimeException(new HttpClosedException("Connection was closed"))));
        assertTrue(ClientHangups.isHangup(new ClosedChannelException()));
        assertTrue(ClientHangups.isHangup(new IOException("Broken pipe")));
    }

    @Test
    void shouldNotHideRealErrors() {
        assertFalse(ClientHangups.isHangup(new IOException("No space left on device")));
        assertFalse(ClientHangups.isHangup(new IllegalStateException("Connection has been closed")));
        assertFalse(ClientHangups.isHangup(new SQLException("Connection reset")));
        assertFalse(ClientHangups.isHangup(new RuntimeException("bug")));
    }
}
