package org.stanceline.web;

import io.netty.handler.codec.DecoderException;

import java.io.IOException;
import java.util.Locale;

/**
 * Recognises a request body that could not be read because of what the client sent: a multipart body that
 * ends before its closing boundary, a chunked body with a bad chunk size. Those are 400s, not server failures.
 * (Vert.x closes the connection itself after a broken chunk, so that answer rarely reaches the client.)
 */
final class BrokenBodies {

    private BrokenBodies() {
    }

    /** The detail of the 400, or null when the error is not a broken body. */
    static String detail(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof IOException && message.contains("multipart")) {
                return "The multipart body is broken (" + message + "): every part needs its headers and the body "
                        + "must end with the closing boundary";
            }
            // Netty's HTTP decoder: a bad chunk size, a chunk not ended by CR LF, a chunk size overflow.
            if (t instanceof DecoderException || (t instanceof IOException || t instanceof NumberFormatException)
                    && message.toLowerCase(Locale.ROOT).contains("chunk")) {
                return "The chunked body is broken: " + message;
            }
            if (t instanceof java.nio.charset.MalformedInputException) {
                return "The request body is not valid UTF-8";
            }
        }
        return null;
    }
}
