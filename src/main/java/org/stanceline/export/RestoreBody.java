package org.stanceline.export;


import org.stanceline.kernel.Invalid;
import org.stanceline.kernel.TooLarge;
import org.stanceline.kernel.DomainException;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The restore body as a stream of JSON bytes: gunzipped when the request says gzip, with the bytes on the
 * wire and the bytes of JSON each counted against their limit as they are read, so that nothing is held
 * beyond a read buffer. Read failures become the client errors they are.
 */
final class RestoreBody {

    private RestoreBody() {
    }

    static boolean claimsGzip(String contentType, String contentEncoding) {
        return (contentEncoding != null && contentEncoding.trim().toLowerCase(Locale.ROOT).equals("gzip"))
                || (contentType != null && contentType.trim().toLowerCase(Locale.ROOT).matches("application/(x-)?gzip.*"));
    }

    /** The JSON document in {@code body}; reading it throws {@link org.stanceline.kernel.DomainException} for broken input. */
    static InputStream json(InputStream body, boolean gzip, long maxBodyBytes, long maxJsonBytes) {
        InputStream wire = new Limited(body, maxBodyBytes, "The backup is larger than " + maxBodyBytes
                + " bytes as sent (stanceline.restore.max-body-size)");
        if (!gzip) {
            return new Limited(wire, Math.min(maxBodyBytes, maxJsonBytes), "The backup is larger than "
                    + maxJsonBytes + " bytes of JSON (stanceline.restore.max-json-size)");
        }
        InputStream gunzipped = new InputStream() {
            private GZIPInputStream gzipStream;

            private GZIPInputStream stream() throws IOException {
                if (gzipStream == null) {
                    try {
                        gzipStream = new GZIPInputStream(wire, 64 * 1024);
                    } catch (ZipException e) {
                        throw notGzip(e);
                    } catch (EOFException e) {
                        throw truncated();
                    }
                }
                return gzipStream;
            }

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return stream().read(b, off, len);
                } catch (ZipException e) {
                    throw notGzip(e);
                } catch (EOFException e) {
                    throw truncated();
                }
            }
        };
        return new Limited(gunzipped, maxJsonBytes, "The backup expands past " + maxJsonBytes
                + " bytes of JSON (stanceline.restore.max-json-size)");
    }

    private static DomainException notGzip(ZipException e) {
        return new Invalid("The body claims gzip (Content-Encoding: gzip or Content-Type: "
                + "application/gzip) but is not valid gzip: " + e.getMessage());
    }

    static DomainException truncated() {
        return new Invalid("The body is truncated: it ends before the end of the backup");
    }

    /** Counts bytes and refuses more than {@code limit} with 413. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private final String message;
        private long count;

        Limited(InputStream in, long limit, String message) {
            super(in);
            this.limit = limit;
            this.message = message;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > limit) {
                throw new TooLarge(message);
            }
        }
    }
}
