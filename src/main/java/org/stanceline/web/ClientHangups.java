package org.stanceline.web;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises a client that went away while its response was being written: Quarkus's output stream says
 * "Connection has been closed", Vert.x "Connection was closed", the OS "Broken pipe" or "Connection reset".
 * That is the client's choice, not a server failure, so it must not be logged as an error.
 */
final class ClientHangups {

    private static final Set<String> MESSAGES = Set.of("connection has been closed", "connection was closed",
            "broken pipe", "connection reset by peer", "connection reset");

    private static final Set<String> TYPES = Set.of("io.vertx.core.http.HttpClosedException",
            "io.netty.channel.StacklessClosedChannelException");

    private ClientHangups() {
    }

    static boolean isHangup(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof ClosedChannelException || TYPES.contains(t.getClass().getName())) {
                return true;
            }
            // Only I/O errors: a "connection reset" from the database driver (an SQLException) is a real failure.
            if (t instanceof IOException && t.getMessage() != null
                    && MESSAGES.contains(t.getMessage().strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
