package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import vn.congvan.infrastructure.extraction.TextExtractor;
import vn.congvan.infrastructure.search.VietnameseText;
import vn.congvan.infrastructure.search.corpus.CorpusGenerator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congvan.it.RegistrationBenchmark.ms;
import static vn.congvan.it.RegistrationBenchmark.percentile;

/**
 * The search benchmark of docs/bench/search.md ({@code ./mvnw -Pbench-search -DskipTests verify}, PostgreSQL
 * only): bulk-loads synthetic documents from the corpus generator into {@code search_document}, has the
 * server re-index them (throughput, index size), then measures query latency through the REST search API
 * (permission filter and facets on) with 1 and 16 clients — and, as the peer, PostgreSQL full-text search
 * (tsvector with a GIN index, unaccent) on the same rows and the same queries: latency and whether the
 * expected document was found. Last, text extraction of born-digital PDFs from the same generator.
 */
class SearchBenchmark {

    private static final int DOCUMENTS = Integer.getInteger("bench.documents", 100_000);
    private static final int PDFS = Integer.getInteger("bench.pdfs", 200);
    private static final int QUERIES = Integer.getInteger("bench.queries", 300);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup.seconds", 10);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    /**
     * Working on queries: {@code -Dbench.reuse=true} keeps the corpus file, the database rows and the index of the
     * previous run (the profile then leaves the data directory alone) and measures the queries only;
     * {@code -Dbench.reindex=true} rebuilds the index from those rows (after a mapping change);
     * {@code -Dbench.peer=false} leaves PostgreSQL out, {@code -Dbench.extraction=false} the extraction.
     */
    private static final boolean REUSE = Boolean.getBoolean("bench.reuse");
    private static final boolean REINDEX = !REUSE || Boolean.getBoolean("bench.reindex");
    private static final boolean PEER = Boolean.parseBoolean(System.getProperty("bench.peer", "true"));
    private static final boolean EXTRACTION = Boolean.parseBoolean(System.getProperty("bench.extraction", "true"));
    private static final long BASE = 3_000_000_000L; // document ids of the synthetic rows
    /** The user whose rights trim every query: a specialist sees only their department's documents. */
    private static final String USER = "chuyenvien";

    private final Map<String, Object> report = new LinkedHashMap<>();

    @Test
    void searchBenchmark() throws Exception {
        String url = System.getenv("CONGVAN_DB_URL");
        assertTrue(url != null && url.startsWith("jdbc:postgresql:"), "the search benchmark needs PostgreSQL (CONGVAN_DB_URL)");
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench/search-corpus"));
        Path seeds = Path.of(System.getProperty("bench.seeds", "/work/shared/seeds"));
        report.put("documents", DOCUMENTS);
        report.put("loadAverageAtStart", loadAverage());

        long t0 = System.nanoTime();
        if (!REUSE || !Files.exists(dir.resolve("records.jsonl"))) {
            CorpusGenerator.generate(seeds, dir, DOCUMENTS, PDFS, 2026L);
            report.put("corpusSeconds", seconds(t0));
        }
        List<JsonNode> records = new ArrayList<>(DOCUMENTS);
        try (Stream<String> lines = Files.lines(dir.resolve("records.jsonl"), StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                records.add(Api.JSON.readTree(line));
            }
        }

        try (Connection c = DriverManager.getConnection(url, System.getenv("CONGVAN_DB_USER"), System.getenv("CONGVAN_DB_PASSWORD"))) {
            Scope scope = scope(c);
            if (!REUSE) {
                long t1 = System.nanoTime();
                load(c, scope, records);
                report.put("bulkLoadSeconds", seconds(t1));
                if (PEER) {
                    long t2 = System.nanoTime();
                    peer(c);
                    report.put("postgresIndexSeconds", seconds(t2));
                }
            }
            if (REINDEX) {
                reindex();
            }
            report.put("indexBytes", size(Path.of(System.getProperty("it.data.dir"), "index")));
            report.put("loadAverageAfterIndexing", loadAverage());

            List<Query> queries = queries(records, scope);
            writeQueries(queries);
            recall(c, scope, queries);
            for (int clients : new int[]{1, 16}) {
                report.put("rest" + clients, latency(clients, queries, q -> restSearch(q.text(), null)));
                if (PEER) {
                    report.put("postgres" + clients, latency(clients, queries, q -> pgSearch(url, scope, q.text(), null)));
                }
                report.put("loadAverageAfter" + clients, loadAverage());
            }
        }
        if (EXTRACTION) {
            extraction(dir.resolve("files"));
        }
        report.put("loadAverageAtEnd", loadAverage());

        String json = Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report);
        System.out.println("SEARCH BENCHMARK\n" + json);
        Path out = Path.of(System.getProperty("bench.out", "target/bench/search.json"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
    }

    // ---- the corpus in the database ----

    /** The demo agency, its departments, the specialist's department and an incoming register. */
    record Scope(long agencyId, long userDepartment, List<Long> departments, long registerId) {
    }

    private static Scope scope(Connection c) throws SQLException {
        long agency;
        long dept;
        try (PreparedStatement ps = c.prepareStatement("SELECT agency_id, department_id FROM app_user WHERE username = ?")) {
            ps.setString(1, USER);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                agency = rs.getLong(1);
                dept = rs.getLong(2);
            }
        }
        List<Long> depts = new ArrayList<>();
        long register;
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id FROM department WHERE agency_id = " + agency + " ORDER BY id")) {
                while (rs.next()) {
                    depts.add(rs.getLong(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT MIN(id) FROM register WHERE agency_id = " + agency
                    + " AND kind = 'INCOMING' AND series = 'NORMAL'")) {
                rs.next();
                register = rs.getLong(1);
            }
        }
        return new Scope(agency, dept, depts, register);
    }

    /** Document i: which department may see it, and whether it is secret (2 %). */
    private static long department(Scope s, int i) {
        return s.departments().get(i % s.departments().size());
    }

    private static boolean secret(int i) {
        return i % 50 == 7;
    }

    /** COPY the records into search_document (text already extracted) with their departments. */
    private static void load(Connection c, Scope scope, List<JsonNode> records) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM search_outbox WHERE record_id IN (SELECT id FROM search_document WHERE document_id >= " + BASE + ")");
            s.execute("DELETE FROM search_document_department WHERE record_id IN (SELECT id FROM search_document"
                    + " WHERE document_id >= " + BASE + ")");
            s.execute("DELETE FROM search_document WHERE document_id >= " + BASE);
        }
        StringBuilder csv = new StringBuilder(1 << 20);
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        String sql = "COPY search_document (kind, document_id, agency_id, department_id, secrecy, register_id,"
                + " document_type, priority, doc_number, notation, organ_name, subject, signer, document_date, issued_date,"
                + " full_text, text_state, status, updated_at) FROM STDIN WITH (FORMAT csv)";
        for (int i = 0; i < records.size(); i++) {
            JsonNode r = records.get(i);
            boolean outgoing = i % 5 == 0;
            csv.append(outgoing ? "OUTGOING" : "INCOMING").append(',').append(BASE + i).append(',')
                    .append(scope.agencyId()).append(',').append(department(scope, i)).append(',')
                    .append(secret(i) ? "MAT" : "NONE").append(',').append(scope.registerId()).append(',')
                    .append(r.get("documentType").asText()).append(',').append(r.get("priority").asInt()).append(',')
                    .append(i + 1).append(',').append(quote(r.get("numberAndNotation").asText())).append(',')
                    .append(quote(r.get("organName").asText())).append(',').append(quote(r.get("subject").asText()))
                    .append(',').append(quote(r.get("signerFullName").asText())).append(',')
                    .append(r.get(outgoing ? "issuedDate" : "arrivalDate").asText()).append(',')
                    .append(r.get("issuedDate").asText()).append(',').append(quote(r.get("text").asText()))
                    .append(",DONE,").append(outgoing ? "ISSUED" : "REGISTERED").append(",2026-12-01T00:00:00Z\n");
            if (csv.length() > (4 << 20) || i == records.size() - 1) {
                copy.copyIn(sql, new BufferedReader(new StringReader(csv.toString())));
                csv.setLength(0);
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO search_document_department (record_id, department_id) SELECT id, department_id"
                    + " FROM search_document WHERE document_id >= " + BASE);
            s.execute("ANALYZE search_document");
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /**
     * The peer: the same rows in a PostgreSQL full-text index — a tsvector of the unaccented text
     * ({@code simple} configuration: no stemming, which Vietnamese does not have) with a GIN index.
     */
    private static void peer(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
            s.execute("DROP TABLE IF EXISTS bench_fts");
            s.execute("CREATE TABLE bench_fts AS SELECT id, document_id, agency_id, department_id, secrecy, document_type,"
                    + " kind, priority, register_id, status, document_date,"
                    + " to_tsvector('simple', unaccent(lower(coalesce(notation, '') || ' ' || subject || ' '"
                    + " || coalesce(organ_name, '') || ' ' || coalesce(signer, '') || ' ' || coalesce(full_text, ''))))"
                    + " AS tsv FROM search_document WHERE document_id >= " + BASE);
            s.execute("CREATE INDEX ix_bench_fts ON bench_fts USING GIN (tsv)");
            s.execute("CREATE INDEX ix_bench_fts_date ON bench_fts (document_date)");
            s.execute("ANALYZE bench_fts");
        }
    }

    /** A full re-index through the administration API; throughput of the rebuild. */
    private void reindex() throws Exception {
        long start = System.nanoTime();
        Api.Reply started = AdminIT.send("POST", "quantri", "/api/admin/search/reindex", null);
        assertEquals(202, started.status(), started.text());
        JsonNode status;
        do {
            Thread.sleep(2000);
            status = Api.get("quantri", "/api/admin/search/status").json();
        } while ("RUNNING".equals(status.get("reindex").get("state").asText()));
        double s = seconds(start);
        assertEquals("DONE", status.get("reindex").get("state").asText(), status.toString());
        long done = status.get("reindex").get("done").asLong();
        report.put("reindexDocuments", done);
        report.put("reindexSeconds", s);
        report.put("reindexDocumentsPerSecond", Math.round(done / s));
    }

    // ---- queries ----

    /**
     * A query and the document it is taken from. {@code kind}: accented words of the subject, the same words
     * without diacritics, or a notation prefix ("123/QĐ").
     */
    record Query(String kind, String text, long expected, LocalDate date) {
    }

    /** Queries taken from documents the benchmark user may see (their department, not secret). */
    private static List<Query> queries(List<JsonNode> records, Scope scope) {
        Random random = new Random(7);
        List<Query> out = new ArrayList<>();
        while (out.size() < QUERIES) {
            int i = random.nextInt(records.size());
            if (department(scope, i) != scope.userDepartment() || secret(i)) {
                continue;
            }
            JsonNode r = records.get(i);
            LocalDate date = LocalDate.parse(r.get(i % 5 == 0 ? "issuedDate" : "arrivalDate").asText());
            String[] words = VietnameseText.nfc(r.get("subject").asText()).split("[\\s,.;:()\"]+");
            if (words.length < 7) {
                continue;
            }
            int from = 3 + random.nextInt(words.length - 6); // after "<type> về việc"
            String phrase = String.join(" ", Arrays.copyOfRange(words, from, from + 3));
            switch (out.size() % 3) {
                case 0 -> out.add(new Query("accented", phrase, BASE + i, date));
                case 1 -> out.add(new Query("unaccented", VietnameseText.fold(phrase), BASE + i, date));
                default -> {
                    String n = r.get("numberAndNotation").asText();
                    int dash = n.indexOf('-');
                    out.add(new Query("notationPrefix", dash > 0 ? n.substring(0, dash) : n, BASE + i, date));
                }
            }
        }
        return out;
    }

    /** The queries, one per line (kind, text, expected id, date), for working on the query code outside the server. */
    private static void writeQueries(List<Query> queries) throws IOException {
        Path out = Path.of(System.getProperty("bench.out", "target/bench/search.json")).resolveSibling("search-queries.tsv");
        Files.createDirectories(out.getParent());
        StringBuilder sb = new StringBuilder();
        for (Query q : queries) {
            sb.append(q.kind()).append('\t').append(q.text()).append('\t').append(q.expected()).append('\t')
                    .append(q.date()).append('\n');
        }
        Files.writeString(out, sb.toString());
    }

    /** Whether each engine finds the expected document among the first 20, the day of the document as filter. */
    private void recall(Connection c, Scope scope, List<Query> queries) throws Exception {
        Map<String, int[]> rest = new LinkedHashMap<>();
        Map<String, int[]> pg = new LinkedHashMap<>();
        RegistrationBenchmark.Client client = RegistrationBenchmark.Client.login(USER);
        String url = System.getenv("CONGVAN_DB_URL");
        for (Query q : queries) {
            JsonNode r = Api.JSON.readTree(restSearch(client, q.text(), q.date()));
            Set<Long> ids = new HashSet<>();
            r.get("hits").forEach(h -> ids.add(h.get("id").asLong()));
            count(rest, q.kind(), ids.contains(q.expected()));
            if (PEER) {
                count(pg, q.kind(), pgSearch(url, scope, q.text(), q.date()).contains(q.expected()));
            }
        }
        report.put("recallRest", summary(rest));
        report.put("recallPostgres", summary(pg));
    }

    private static void count(Map<String, int[]> m, String kind, boolean found) {
        int[] a = m.computeIfAbsent(kind, k -> new int[2]);
        a[0] += found ? 1 : 0;
        a[1]++;
    }

    private static Map<String, String> summary(Map<String, int[]> m) {
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, a) -> out.put(k, a[0] + "/" + a[1]));
        return out;
    }

    private static final ThreadLocal<RegistrationBenchmark.Client> CLIENT = new ThreadLocal<>();
    private static final ThreadLocal<Connection> PG = new ThreadLocal<>();

    private static Object restSearch(String text, LocalDate day) throws Exception {
        RegistrationBenchmark.Client c = CLIENT.get();
        if (c == null) {
            c = RegistrationBenchmark.Client.login(USER);
            CLIENT.set(c);
        }
        return restSearch(c, text, day);
    }

    private static String restSearch(RegistrationBenchmark.Client c, String text, LocalDate day) throws Exception {
        String path = "/api/search?size=20&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + (day == null ? "" : "&from=" + day + "&to=" + day);
        HttpResponse<byte[]> r = c.get(path);
        if (r.statusCode() != 200) {
            throw new IOException(r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /**
     * The peer's equivalent of one REST search: the first 20 by rank, the total and the facets (type, kind,
     * priority, department, status), the same permission filter (agency, secrecy, department).
     */
    private static List<Long> pgSearch(String url, Scope scope, String text, LocalDate day) throws SQLException {
        Connection c = PG.get();
        if (c == null) {
            c = DriverManager.getConnection(url, System.getenv("CONGVAN_DB_USER"), System.getenv("CONGVAN_DB_PASSWORD"));
            PG.set(c);
        }
        String terms = tsquery(text);
        String where = " FROM bench_fts WHERE tsv @@ to_tsquery('simple', ?) AND agency_id = ? AND secrecy = 'NONE'"
                + " AND department_id = ?" + (day == null ? "" : " AND document_date = ?");
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement top = c.prepareStatement("SELECT document_id" + where
                + " ORDER BY ts_rank(tsv, to_tsquery('simple', ?)) DESC, document_date DESC LIMIT 20");
             PreparedStatement facets = c.prepareStatement("SELECT document_type, kind, priority, department_id, status,"
                     + " COUNT(*)" + where + " GROUP BY GROUPING SETS ((), (document_type), (kind), (priority),"
                     + " (department_id), (status))")) {
            int n = bind(top, terms, scope, day);
            top.setString(n, terms);
            try (ResultSet rs = top.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            bind(facets, terms, scope, day);
            try (ResultSet rs = facets.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(6);
                }
            }
        }
        return ids;
    }

    private static int bind(PreparedStatement ps, String terms, Scope scope, LocalDate day) throws SQLException {
        ps.setString(1, terms);
        ps.setLong(2, scope.agencyId());
        ps.setLong(3, scope.userDepartment());
        if (day == null) {
            return 4;
        }
        ps.setObject(4, day);
        return 5;
    }

    /** Words without diacritics joined by &amp;; a query with a digit (a notation) takes its last word as a prefix. */
    static String tsquery(String text) {
        String[] words = VietnameseText.fold(VietnameseText.nfc(text)).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> terms = new ArrayList<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                terms.add(w);
            }
        }
        String joined = String.join(" & ", terms);
        return text.chars().anyMatch(Character::isDigit) && !terms.isEmpty() ? joined + ":*" : joined;
    }

    // ---- latency ----

    interface Search {
        Object run(Query q) throws Exception;
    }

    /** {@code clients} threads, each running the queries in turn: warm-up, then the measured period. */
    private static Map<String, Object> latency(int clients, List<Query> queries, Search search) throws Exception {
        ConcurrentLinkedQueue<Long> measured = new ConcurrentLinkedQueue<>();
        Map<String, ConcurrentLinkedQueue<Long>> byKind = new java.util.concurrent.ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long measureFrom = start + WARMUP_SECONDS * 1_000_000_000L;
        long end = measureFrom + SECONDS * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int k = 0; k < clients; k++) {
            int offset = k * 37;
            futures.add(pool.submit(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    Query q = queries.get(i % queries.size());
                    long t = System.nanoTime();
                    try {
                        search.run(q);
                    } catch (Exception e) {
                        failures.add(String.valueOf(e));
                        continue;
                    }
                    if (t >= measureFrom && t < end) {
                        long took = System.nanoTime() - t;
                        measured.add(took);
                        byKind.computeIfAbsent(q.kind(), x -> new ConcurrentLinkedQueue<>()).add(took);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        long[] sorted = measured.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clients", clients);
        m.put("queries", sorted.length);
        m.put("queriesPerSecond", Math.round(sorted.length / (double) SECONDS * 10) / 10.0);
        m.put("p50ms", ms(percentile(sorted, 50)));
        m.put("p95ms", ms(percentile(sorted, 95)));
        m.put("p99ms", ms(percentile(sorted, 99)));
        m.put("failures", failures.size());
        // by kind of query (accented words, unaccented words, notation prefix): where the tail comes from
        Map<String, Object> kinds = new LinkedHashMap<>();
        byKind.forEach((kind, times) -> {
            long[] k = times.stream().mapToLong(Long::longValue).sorted().toArray();
            kinds.put(kind, Map.of("queries", k.length, "p50ms", ms(percentile(k, 50)), "p95ms", ms(percentile(k, 95))));
        });
        m.put("byKind", new java.util.TreeMap<>(kinds));
        assertTrue(failures.isEmpty(), "failed queries: " + failures.stream().limit(5).toList());
        return m;
    }

    // ---- extraction ----

    /** Born-digital PDFs of the corpus through the server's extractor (a child JVM), 1 and 2 at a time. */
    private void extraction(Path files) throws Exception {
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(files)) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        String classpath = System.getProperty("it.jboss.home") + "/congvan-extractor/*";
        for (int threads : new int[]{1, 2}) {
            List<TextExtractor> extractors = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                extractors.add(new TextExtractor(classpath, TextExtractor.Limits.defaults(),
                        Files.createTempDirectory("bench-extract")));
            }
            try {
                // warm up each child JVM
                for (TextExtractor e : extractors) {
                    for (int i = 0; i < Math.min(20, pdfs.size()); i++) {
                        e.extract(pdfs.get(i), "w.pdf");
                    }
                }
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                long start = System.nanoTime();
                List<Future<Integer>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int k = t;
                    done.add(pool.submit(() -> {
                        int chars = 0;
                        for (int i = k; i < pdfs.size(); i += threads) {
                            chars += extractors.get(k).extract(pdfs.get(i), "f.pdf").text().length();
                        }
                        return chars;
                    }));
                }
                long chars = 0;
                for (Future<Integer> f : done) {
                    chars += f.get();
                }
                double s = seconds(start);
                pool.shutdown();
                assertTrue(chars > pdfs.size() * 100L, "the PDFs' text was extracted");
                report.put("extraction" + threads, Map.of("files", pdfs.size(), "seconds", s,
                        "filesPerSecond", Math.round(pdfs.size() / s * 10) / 10.0));
            } finally {
                extractors.forEach(TextExtractor::close);
            }
        }
    }

    // ---- helpers ----

    private static double seconds(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e8) / 10.0;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    private static long size(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return -1;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
