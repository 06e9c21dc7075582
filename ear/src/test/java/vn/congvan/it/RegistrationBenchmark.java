package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registration benchmark of docs/bench/registration.md: N clients (default 50), each with its
 * own API session ({@code POST /api/session}), register incoming documents with a 200 KB PDF through
 * {@code POST /api/incoming}, first for a warm-up period, then for the measured period. It reports
 * throughput and latency percentiles of the measured period, and then checks the register: every
 * number the server handed out during the whole run is there once, the numbers are consecutive (no
 * gap, no duplicate), and the register's next number moved by exactly the number of successful
 * registrations. Not part of {@code verify}: run with {@code -Pbench-registration}.
 *
 * <p>Two modes. <b>Closed loop</b> ({@code -Dbench.rate=0}, the default): each client sends its next
 * request as soon as the previous one is answered; this measures capacity, and by Little's law the mean
 * latency is then clients / throughput whatever the server does. <b>Open loop</b> ({@code -Dbench.rate=R}):
 * requests are offered at a fixed rate, request k at {@code start + k / R}, the clients taking the next
 * start time whenever they are free; latency is measured from the scheduled start, so a request that waited
 * for a free client behind a slow server counts that wait (no coordinated omission); throughput is the
 * registrations completed per second of the measured period, and the run says whether it kept up.
 */
class RegistrationBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 50);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup.seconds", 20);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final int PDF_BYTES = Integer.getInteger("bench.pdf.kb", 200) * 1024;
    /**
     * What makes the PDF 200 KB: "comment" (default, as in every figure before 2026-12-07: a comment in the page's
     * content, which the text extractor parses byte by byte) or "image" (an image drawn on the page, which it does
     * not parse: closer to a real letter, docs/bench/registration.md).
     */
    private static final String PDF_PADDING = System.getProperty("bench.pdf.padding", "comment");
    /** Registrations offered per second (open loop); 0: closed loop. */
    private static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "0"));
    private static final String CLERK = "vanthu";
    /** Stands in the template PDF for the text that makes each request's file unique; as long as {@link #unique}. */
    private static final String PLACEHOLDER = "X".repeat(33);

    /**
     * One request: when it was due (open loop: its scheduled start; closed loop: when it was sent), when its
     * answer came, and the number it got (-1 if none). Its latency runs from when it was due.
     */
    record Sample(long dueNanos, long endNanos, int status, long number) {
        long latencyNanos() {
            return endNanos - dueNanos;
        }
    }

    @Test
    void registrationsPerSecond() throws Exception {
        JsonNode register = Api.defaultRegister(CLERK);
        long registerId = register.get("id").asLong();
        long firstNumber = register.get("nextNumber").asLong();
        // One PDF built at start; each request copies it and writes its own text over the placeholder (same
        // length, so the cross-reference offsets stay right): a valid PDF with its own SHA-256, at the cost of
        // a 200 KB array copy instead of building a PDF on the cores the server needs.
        byte[] template = PDF_PADDING.equals("image")
                ? Pdfs.onePageWithImage("CongVan benchmark " + PLACEHOLDER, PDF_BYTES - 1100)
                : Pdfs.onePage("CongVan benchmark " + PLACEHOLDER, PDF_BYTES - 700);
        int tokenAt = indexOf(template, PLACEHOLDER.getBytes(StandardCharsets.ISO_8859_1));

        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        AtomicLong sequence = new AtomicLong();
        AtomicLong slots = new AtomicLong(); // open loop: the next start time of the shared schedule
        boolean open = RATE > 0;
        double slotNanos = open ? 1e9 / RATE : 0;
        CountDownLatch ready = new CountDownLatch(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[3]; // start of the run, start and end of the measured period
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                boolean counted = false;
                try {
                    Client session = Client.login(CLERK);
                    ready.countDown();
                    counted = true;
                    go.await();
                    while (true) {
                        long due = 0;
                        if (open) {
                            due = window[0] + (long) (slots.getAndIncrement() * slotNanos);
                            if (due >= window[2]) {
                                break; // the schedule ends with the measured period
                            }
                            long now = System.nanoTime();
                            if (now >= window[2]) {
                                break; // behind schedule when the period ended: the start times left are not sent
                            }
                            if (due > now) {
                                LockSupport.parkNanos(due - now);
                            }
                        } else if (System.nanoTime() >= window[2]) {
                            break;
                        }
                        long n = sequence.incrementAndGet();
                        byte[] pdf = template.clone();
                        byte[] token = unique(client, n).getBytes(StandardCharsets.ISO_8859_1);
                        System.arraycopy(token, 0, pdf, tokenAt, token.length);
                        long sent = System.nanoTime();
                        HttpResponse<byte[]> r = session.register(metadata(client, n), pdf);
                        long end = System.nanoTime();
                        long number = -1;
                        if (r.statusCode() == 201) {
                            number = Api.JSON.readTree(r.body()).get("arrivalNumber").asLong();
                        } else {
                            String body = new String(r.body(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
                            failures.merge(r.statusCode() + " " + body.substring(0, Math.min(160, body.length())),
                                    1, Integer::sum);
                        }
                        samples.add(new Sample(open ? due : sent, end, r.statusCode(), number));
                    }
                } catch (Exception e) {
                    failures.merge("client error: " + e, 1, Integer::sum);
                    if (!counted) {
                        ready.countDown();
                    }
                }
            }, "bench-client-" + c);
            t.start();
            threads.add(t);
        }
        ready.await();
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(WARMUP_SECONDS).toNanos();
        window[0] = start;
        window[1] = measureFrom;
        window[2] = measureFrom + Duration.ofSeconds(SECONDS).toNanos();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }

        // the measured period: requests due inside it (closed loop: sent inside it)
        List<Sample> measured = samples.stream().filter(s -> s.dueNanos() >= window[1]).toList();
        long ok = measured.stream().filter(s -> s.status() == 201).count();
        long[] latencies = measured.stream().filter(s -> s.status() == 201).mapToLong(Sample::latencyNanos).sorted().toArray();
        double seconds = SECONDS;
        // closed loop: the registrations sent in the period, as before; open loop: those completed in it
        long completed = open
                ? samples.stream().filter(s -> s.status() == 201 && s.endNanos() >= window[1] && s.endNanos() < window[2]).count()
                : ok;
        double throughput = completed / seconds;
        // open loop: the start times of the measured period, and those of the whole run that no client was free
        // to take before it ended (each client sent one request per start time it took)
        long scheduled = open ? (long) Math.ceil((window[2] - window[0]) / slotNanos) : 0;
        long offered = open ? scheduled - (long) Math.ceil((window[1] - window[0]) / slotNanos) : 0;
        long missed = open ? Math.max(0, scheduled - samples.size()) : 0;
        // kept up: every start time taken, and the completions of the period within 2 % of what was offered in it
        boolean keptUp = open && missed == 0 && completed >= 0.98 * offered;

        // the register: every handed-out number once, consecutive, and nothing else numbered
        List<Long> handedOut = samples.stream().filter(s -> s.status() == 201).map(Sample::number).sorted().toList();
        long successes = handedOut.size();
        JsonNode after = Api.register(CLERK, registerId);
        long nextNumber = after.get("nextNumber").asLong();
        BitSet seen = new BitSet();
        long duplicates = 0;
        for (long n : handedOut) {
            int i = (int) (n - firstNumber);
            if (i < 0 || seen.get(i)) {
                duplicates++;
            }
            if (i >= 0) {
                seen.set(i);
            }
        }
        long gapsInHandedOut = successes == 0 ? 0 : (handedOut.get(handedOut.size() - 1) - firstNumber + 1) - seen.cardinality();
        String dbCheck = databaseCheck(registerId, firstNumber, nextNumber);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("mode", open ? "open" : "closed");
        result.put("rate", RATE);
        result.put("clients", CLIENTS);
        result.put("warmupSeconds", WARMUP_SECONDS);
        result.put("measuredSeconds", SECONDS);
        result.put("pdfBytes", PDF_BYTES);
        result.put("pdfPadding", PDF_PADDING);
        result.put("database", System.getenv().getOrDefault("CONGVAN_DB_DRIVER", "h2"));
        result.put("requestsMeasured", measured.size());
        result.put("registrationsMeasured", ok);
        result.put("registrationsPerSecond", Math.round(throughput * 10) / 10.0);
        result.put("offeredMeasured", open ? offered : null);
        result.put("completedMeasured", completed);
        result.put("missedStarts", open ? missed : null);
        result.put("keptUp", open ? keptUp : null);
        result.put("p50ms", ms(percentile(latencies, 50)));
        result.put("p95ms", ms(percentile(latencies, 95)));
        result.put("p99ms", ms(percentile(latencies, 99)));
        result.put("maxMs", ms(latencies.length == 0 ? 0 : latencies[latencies.length - 1]));
        result.put("registrationsWholeRun", successes);
        result.put("failures", new TreeMap<>(failures));
        result.put("firstNumber", firstNumber);
        result.put("nextNumberAfter", nextNumber);
        result.put("duplicateNumbers", duplicates);
        result.put("gapsAmongHandedOut", gapsInHandedOut);
        result.put("databaseCheck", dbCheck);
        String json = Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result);
        System.out.println("REGISTRATION BENCHMARK\n" + json);
        Path out = Path.of(System.getProperty("bench.out", "target/bench/registration.json"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json);

        // the run's integrity (the figures themselves are for docs/bench/registration.md, not asserted)
        assertTrue(failures.isEmpty(), "failed requests: " + failures);
        assertEquals(0, duplicates, "a number was handed out twice");
        assertEquals(0, gapsInHandedOut, "a gap among the numbers handed out");
        assertEquals(firstNumber + successes, nextNumber, "the register numbered something that no client got");
        assertTrue(dbCheck.startsWith("ok"), dbCheck);
    }

    /** In the database itself: the run's numbers are there once each, consecutive; via the API if not PostgreSQL. */
    private static String databaseCheck(long registerId, long first, long next) throws Exception {
        String url = System.getenv("CONGVAN_DB_URL");
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            try (Connection c = DriverManager.getConnection(url, System.getenv("CONGVAN_DB_USER"),
                    System.getenv("CONGVAN_DB_PASSWORD"));
                 PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT arrival_number),"
                         + " MIN(arrival_number), MAX(arrival_number) FROM incoming_document"
                         + " WHERE register_id = ? AND arrival_number >= ?")) {
                ps.setLong(1, registerId);
                ps.setLong(2, first);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long count = rs.getLong(1);
                    long distinct = rs.getLong(2);
                    long min = rs.getLong(3);
                    long max = rs.getLong(4);
                    boolean ok = count == next - first && distinct == count && (count == 0 || (min == first && max == next - 1));
                    return (ok ? "ok" : "BROKEN") + " (PostgreSQL: " + count + " rows, " + distinct + " distinct, "
                            + min + ".." + max + ")";
                }
            }
        }
        // through the API: page through the register
        BitSet seen = new BitSet();
        long rows = 0;
        for (int page = 0; ; page++) {
            JsonNode p = Api.get(CLERK, "/api/incoming?registerId=" + registerId + "&size=200&page=" + page).json();
            for (JsonNode d : p.get("items")) {
                long n = d.get("arrivalNumber").asLong();
                if (n >= first) {
                    rows++;
                    seen.set((int) (n - first));
                }
            }
            if ((long) (page + 1) * 200 >= p.get("total").asLong()) {
                break;
            }
        }
        boolean ok = rows == next - first && seen.cardinality() == rows && seen.nextClearBit(0) == rows;
        return (ok ? "ok" : "BROKEN") + " (API listing: " + rows + " rows, " + seen.cardinality() + " distinct)";
    }

    private static String metadata(int client, long n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organName", "Bộ Nội vụ");
        m.put("codeNumber", String.valueOf(n));
        m.put("codeNotation", "BNV-VP" + client);
        m.put("documentType", "CV");
        m.put("issuedDate", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString());
        m.put("subject", "Về việc báo cáo tình hình thực hiện nhiệm vụ, số " + n + " của máy khách " + client);
        m.put("signerFullName", "Nguyễn Văn An");
        m.put("signerPosition", "Chánh Văn phòng");
        m.put("priority", 0);
        return Api.json(m);
    }

    /** 33 characters, different for every request of the run (and from other runs). */
    static String unique(int client, long n) {
        String s = String.format("c%03d n%010d %016x", client, n, java.util.concurrent.ThreadLocalRandom.current().nextLong());
        if (s.length() != PLACEHOLDER.length()) {
            throw new IllegalStateException("unique text of the wrong length: " + s);
        }
        return s;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("placeholder not found in the template PDF");
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static double ms(long nanos) {
        return Math.round(nanos / 100_000.0) / 10.0;
    }

    /** One client: its own cookie jar (API session) and connection. */
    record Client(HttpClient http, String csrf) {

        static Client login(String user) throws IOException, InterruptedException {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Api.json(Map.of("username", user, "password", Api.PASSWORD))))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IOException("login failed: " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
            }
            return new Client(http, Api.JSON.readTree(r.body()).get("csrfToken").asText());
        }

        /** A GET in this session (SearchBenchmark). */
        HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).timeout(Duration.ofSeconds(120)).GET()
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        HttpResponse<byte[]> register(String metadataJson, byte[] pdf) throws IOException, InterruptedException {
            String boundary = "----congvan" + UUID.randomUUID();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                    + "Content-Type: application/json; charset=UTF-8\r\n\r\n" + metadataJson + "\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"van-ban.pdf\""
                    + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            return http.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/incoming"))
                    .timeout(Duration.ofSeconds(120))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("X-CSRF-Token", csrf)
                    .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, pdf, tail))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
