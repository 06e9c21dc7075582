package vn.congvan.web.rest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MultipartStreamTest {

    private static final String B = "----congvan0123456789";

    /** Hands out the body a few bytes at a time, as a slow network does. */
    private static InputStream trickle(byte[] body, int chunk) {
        return new ByteArrayInputStream(body) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    private static byte[] body(String json, byte[] file, String fileName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("preamble\r\n--" + B + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + json + "\r\n--" + B + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + B + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--" + B + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void partsComeOutWhole() throws IOException {
        byte[] file = new byte[300_000];
        new Random(7).nextBytes(file);
        // bytes that look like the start of the delimiter inside the file
        byte[] fake = ("\r\n--" + B.substring(0, 10)).getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(fake, 0, file, 65_530, fake.length);
        System.arraycopy(fake, 0, file, file.length - fake.length, fake.length);
        for (int chunk : new int[]{1, 7, 4096, 1 << 20}) {
            MultipartStream m = new MultipartStream(trickle(body("{\"a\":1}", file, "Công văn.pdf"), chunk), B);
            MultipartStream.Part p = m.next();
            assertEquals("metadata", p.name());
            assertNull(p.fileName());
            assertEquals("{\"a\":1}", new String(m.body().readAllBytes(), StandardCharsets.UTF_8));
            p = m.next();
            assertEquals("file", p.name());
            assertEquals("Công văn.pdf", p.fileName());
            assertEquals("application/pdf", p.contentType());
            assertArrayEquals(file, m.body().readAllBytes(), "chunk " + chunk);
            p = m.next();
            assertEquals("other", p.name()); // not read: skipped by next()
            assertNull(m.next());
            assertNull(m.next());
        }
    }

    /**
     * A file made only of the delimiter's own bytes, with its prefixes and near misses (one byte changed) everywhere:
     * the search that skips ahead must neither miss the real delimiter nor cut the file at a near miss.
     */
    @Test
    void aFileOfAlmostDelimitersComesOutWhole() throws IOException {
        byte[] delimiter = ("\r\n--" + B).getBytes(StandardCharsets.ISO_8859_1);
        Random random = new Random(11);
        ByteArrayOutputStream f = new ByteArrayOutputStream();
        while (f.size() < 200_000) {
            switch (random.nextInt(3)) {
                case 0 -> f.write(delimiter[random.nextInt(delimiter.length)]);
                case 1 -> f.write(delimiter, 0, 1 + random.nextInt(delimiter.length - 1)); // a prefix
                default -> { // the whole delimiter with one byte changed
                    byte[] near = delimiter.clone();
                    int k = random.nextInt(near.length);
                    near[k] = (byte) (near[k] ^ (1 + random.nextInt(255)));
                    f.write(near, 0, near.length);
                }
            }
        }
        byte[] file = f.toByteArray();
        // a prefix followed by the right single byte makes a real delimiter: break each one (its last byte)
        for (int i = 0; i + delimiter.length <= file.length; i++) {
            if (java.util.Arrays.equals(file, i, i + delimiter.length, delimiter, 0, delimiter.length)) {
                file[i + delimiter.length - 1] = 'x';
            }
        }
        for (int chunk : new int[]{1, 13, 4096, 65_536, 1 << 20}) {
            MultipartStream m = new MultipartStream(trickle(body("{}", file, "a.pdf"), chunk), B);
            m.next();
            m.body().readAllBytes();
            assertEquals("file", m.next().name());
            assertArrayEquals(file, m.body().readAllBytes(), "chunk " + chunk);
            assertEquals("other", m.next().name());
            assertNull(m.next());
        }
    }

    @Test
    void brokenFramingIsRefused() {
        byte[] whole = body("{}", new byte[1000], "a.pdf");
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 60);
        assertThrows(MultipartStream.MalformedException.class, () -> {
            MultipartStream m = new MultipartStream(new ByteArrayInputStream(cut), B);
            while (m.next() != null) {
                m.body().readAllBytes();
            }
        });
        assertThrows(MultipartStream.MalformedException.class,
                () -> new MultipartStream(new ByteArrayInputStream("no boundary here".getBytes()), B).next());
    }

    @Test
    void boundaryAndParameters() {
        assertEquals("abc", MultipartStream.boundaryOf("multipart/form-data; boundary=abc"));
        assertEquals("a b", MultipartStream.boundaryOf("Multipart/Form-Data;charset=UTF-8; boundary=\"a b\""));
        assertNull(MultipartStream.boundaryOf("application/json"));
        var ps = MultipartStream.parameters("form-data; name=\"file\"; filename=\"a\\\"b;c.pdf\"");
        assertEquals("file", ps.get(0)[1]);
        assertEquals("a\"b;c.pdf", ps.get(1)[1]);
    }
}
