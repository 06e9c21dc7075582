package vn.congvan.web.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A {@code multipart/form-data} body (RFC 7578) read as a stream, one part after the other: each part's
 * bytes are handed out as they arrive, up to the next boundary, and never held whole in memory or copied
 * to a temporary file. Registration streams the file part straight into the content store's staging file
 * (docs/bench/registration.md: the multipart parser's own buffering and copy cost as much CPU as the rest of
 * the request). A body that breaks the framing (no boundary, a part without its end, headers too long) is
 * reported with {@link MalformedException}.
 */
final class MultipartStream {

    /** Part headers beyond this size are refused (a part has two or three short headers). */
    static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final int BUFFER = 64 * 1024;

    /** The body does not follow the multipart framing. */
    static final class MalformedException extends IOException {
        MalformedException(String message) {
            super(message);
        }
    }

    /** One part's headers: its form field name, the file name if it is a file, its media type if given. */
    record Part(String name, String fileName, String contentType) {
    }

    private final InputStream in;
    /** CRLF "--" boundary: what ends a part's bytes. */
    private final byte[] delimiter;
    private final int[] skip = new int[256];
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int lim;
    private boolean eof;
    private boolean started;
    private boolean finished;
    private PartBody current;

    MultipartStream(InputStream in, String boundary) {
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw new IllegalArgumentException("boundary");
        }
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // Horspool's shift: how far the delimiter may move when the window ends in this byte
        java.util.Arrays.fill(skip, delimiter.length);
        for (int k = 0; k < delimiter.length - 1; k++) {
            skip[delimiter[k] & 0xff] = delimiter.length - 1 - k;
        }
    }

    /** The boundary parameter of a {@code multipart/form-data} content type, or null. */
    static String boundaryOf(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.regionMatches(true, 0, "boundary=", 0, 9)) {
                String b = p.substring(9).strip();
                if (b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"")) {
                    b = b.substring(1, b.length() - 1);
                }
                return b.isEmpty() || b.length() > 70 ? null : b;
            }
        }
        return null;
    }

    /**
     * The next part, its bytes readable from {@link #body()} until the next one is asked for (what is left
     * of them is skipped); null after the last.
     */
    Part next() throws IOException {
        if (finished) {
            return null;
        }
        if (!started) {
            started = true;
            skipPreamble();
        } else {
            if (current != null) {
                current.skipRest();
            }
        }
        current = null;
        // after a boundary: "--" closes the body, CRLF opens a part (transport padding before it is allowed)
        if (!fill(2)) {
            throw new MalformedException("The multipart body ends after a boundary");
        }
        if (buf[pos] == '-' && buf[pos + 1] == '-') {
            finished = true;
            return null;
        }
        while (fill(1) && (buf[pos] == ' ' || buf[pos] == '\t')) {
            pos++;
        }
        if (!fill(2) || buf[pos] != '\r' || buf[pos + 1] != '\n') {
            throw new MalformedException("No line break after a boundary");
        }
        pos += 2;
        Part part = headers();
        current = new PartBody();
        return part;
    }

    /** The bytes of the part {@link #next()} returned last. */
    InputStream body() {
        if (current == null) {
            throw new IllegalStateException("no current part");
        }
        return current;
    }

    private void skipPreamble() throws IOException {
        // the body usually starts with the boundary itself; a preamble before it is ignored
        int dashBoundary = delimiter.length - 2;
        if (fill(dashBoundary) && matches(pos, 2, delimiter.length)) {
            pos += dashBoundary;
            return;
        }
        while (true) {
            int at = indexOfDelimiter();
            if (at >= 0) {
                pos = at + delimiter.length;
                return;
            }
            if (eof) {
                throw new MalformedException("No boundary in the multipart body");
            }
            pos = Math.max(pos, lim - delimiter.length + 1);
            fill(delimiter.length);
        }
    }

    private Part headers() throws IOException {
        String name = null;
        String fileName = null;
        String fileNameExt = null;
        String contentType = null;
        int used = 0;
        while (true) {
            int end = -1;
            while (true) {
                for (int i = pos; i + 1 < lim; i++) {
                    if (buf[i] == '\r' && buf[i + 1] == '\n') {
                        end = i;
                        break;
                    }
                }
                if (end >= 0) {
                    break;
                }
                if (lim - pos > MAX_HEADER_BYTES || !fill(lim - pos + 1)) {
                    throw new MalformedException("A part's headers do not end");
                }
            }
            String line = new String(buf, pos, end - pos, StandardCharsets.UTF_8);
            used += end - pos + 2;
            pos = end + 2;
            if (used > MAX_HEADER_BYTES) {
                throw new MalformedException("A part's headers are too long");
            }
            if (line.isEmpty()) {
                String file = fileNameExt != null ? fileNameExt : fileName;
                return new Part(name, file, contentType);
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new MalformedException("A part's header has no name");
            }
            String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (header.equals("content-type")) {
                contentType = value;
            } else if (header.equals("content-disposition")) {
                for (String[] p : parameters(value)) {
                    switch (p[0]) {
                        case "name" -> name = p[1];
                        case "filename" -> fileName = p[1];
                        case "filename*" -> fileNameExt = extended(p[1]);
                        default -> {
                        }
                    }
                }
            }
        }
    }

    /** The parameters after the disposition type: name, value (quotes and backslash escapes removed). */
    static java.util.List<String[]> parameters(String value) {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        int i = value.indexOf(';');
        while (i >= 0 && i < value.length()) {
            i++;
            while (i < value.length() && value.charAt(i) == ' ') {
                i++;
            }
            int eq = value.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = value.substring(i, eq).strip().toLowerCase(Locale.ROOT);
            int j = eq + 1;
            while (j < value.length() && value.charAt(j) == ' ') {
                j++;
            }
            StringBuilder v = new StringBuilder();
            if (j < value.length() && value.charAt(j) == '"') {
                j++;
                while (j < value.length() && value.charAt(j) != '"') {
                    char c = value.charAt(j);
                    if (c == '\\' && j + 1 < value.length()) {
                        c = value.charAt(++j);
                    }
                    v.append(c);
                    j++;
                }
                j = value.indexOf(';', j);
            } else {
                int semi = value.indexOf(';', j);
                v.append(value, j, semi < 0 ? value.length() : semi);
                j = semi;
            }
            out.add(new String[]{key, v.toString().strip()});
            i = j;
        }
        return out;
    }

    /** RFC 5987 {@code UTF-8''percent-encoded}. */
    private static String extended(String v) {
        int q = v.indexOf("''");
        if (q < 0) {
            return null;
        }
        try {
            String charset = v.substring(0, q);
            return URLDecoder.decode(v.substring(q + 2).replace("+", "%2B"),
                    charset.isEmpty() ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(charset));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Makes at least {@code want} bytes readable at {@code pos}; false when the body ends first. */
    private boolean fill(int want) throws IOException {
        if (lim - pos >= want) {
            return true;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        while (lim < want && !eof) {
            int n = in.read(buf, lim, buf.length - lim);
            if (n < 0) {
                eof = true;
            } else {
                lim += n;
            }
        }
        return lim - pos >= want;
    }

    /** Where the delimiter starts in the readable bytes, or -1. */
    /**
     * The first whole delimiter in the buffer from {@code pos}, or -1. Boyer-Moore-Horspool: the window's last byte
     * says how far the delimiter can move, usually its whole length (about 40 bytes), so a 200 KB file is not
     * compared byte by byte (a binary PDF is full of the CR that starts the delimiter).
     */
    private int indexOfDelimiter() {
        int n = delimiter.length;
        byte lastOfDelimiter = delimiter[n - 1];
        for (int i = pos, last = lim - n; i <= last; ) {
            byte b = buf[i + n - 1];
            if (b == lastOfDelimiter && matches(i, 0, n - 1)) {
                return i;
            }
            i += skip[b & 0xff];
        }
        return -1;
    }

    private boolean matches(int at, int from, int to) {
        for (int k = from; k < to; k++) {
            if (buf[at + k - from] != delimiter[k]) {
                return false;
            }
        }
        return true;
    }

    /** A part's bytes: up to the delimiter, which it consumes. */
    private final class PartBody extends InputStream {
        private boolean done;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done || current != this) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            // keep enough bytes to see a whole delimiter; read more when little is buffered
            if (lim - pos < Math.max(delimiter.length, 8192) && !eof) {
                fill(Math.min(buf.length, lim - pos + 8192));
            }
            if (lim - pos < delimiter.length) {
                throw new MalformedException("A part of the multipart body does not end");
            }
            int at = indexOfDelimiter();
            int avail = at >= 0 ? at - pos : lim - pos - delimiter.length + 1;
            if (avail == 0) {
                pos += delimiter.length;
                done = true;
                return -1;
            }
            int n = Math.min(avail, len);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            return n;
        }

        void skipRest() throws IOException {
            byte[] sink = new byte[8192];
            while (read(sink, 0, sink.length) >= 0) {
                // skipped
            }
        }

        @Override
        public void close() {
            // the body goes on: the next part follows
        }
    }
}
