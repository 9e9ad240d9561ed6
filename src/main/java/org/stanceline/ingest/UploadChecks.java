package org.stanceline.ingest;

import org.stanceline.kernel.Invalid;
import org.stanceline.kernel.TooLarge;
import org.stanceline.kernel.UnsupportedFormat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Checks of uploaded and pasted text before it is normalized: size, strict UTF-8, not binary, a known file type. */
final class UploadChecks {

    private UploadChecks() {
    }

    static void requireSize(long limit, long bytes, String what) {
        if (bytes > limit) {
            throw new TooLarge(what + " has " + bytes
                    + " bytes; the limit is " + limit + " bytes");
        }
    }

    /** Strict UTF-8 (a BOM is allowed); names the byte where decoding failed. */
    static String decodeUtf8(byte[] bytes, String what) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            requireText(text, what);
            return text;
        } catch (CharacterCodingException e) {
            throw new Invalid(what + " is not UTF-8 text (invalid byte sequence at byte "
                    + in.position() + "); save it as UTF-8 and send it again");
        }
    }

    /** Binary content (NUL bytes, many control characters) is not an article. */
    static void requireText(String text, String what) {
        int control = 0;
        int n = Math.min(text.length(), 65_536);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                control = n;
                break;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control > 0 && control * 100 >= Math.max(1, n)) {
            throw new Invalid(what + " looks like binary content, not text");
        }
    }

    static IngestService.Format formatOf(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return IngestService.Format.TEXT;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return IngestService.Format.MARKDOWN;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return IngestService.Format.HTML;
        }
        if (name.endsWith(".pdf")) {
            return IngestService.Format.PDF;
        }
        if (name.endsWith(".docx")) {
            return IngestService.Format.DOCX;
        }
        throw new UnsupportedFormat("File '" + fileName
                + "': only .txt, .md, .html, .pdf and .docx files are accepted");
    }
}
