package vn.congvan.infrastructure.extraction;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extraction queue on H2 with the real migrations: claiming, a killed worker's job, retries, texts. */
class JdbcExtractionQueueTest {

    private static final Duration LEASE = Duration.ofMinutes(10);
    private String url;

    @BeforeEach
    void setUp() throws SQLException {
        url = "jdbc:h2:mem:queue" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO agency (code, name, short_name, created_at) VALUES ('A', 'A', 'A', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO app_user (agency_id, username, full_name, password_hash, password_salt, password_cost,"
                    + " created_at) VALUES (1, 'u', 'U', 'h', 's', 10, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO register (agency_id, register_year, kind, series, code, name, created_at)"
                    + " VALUES (1, 2026, 'INCOMING', 'NORMAL', 'CHUNG', 'Sổ', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO incoming_document (agency_id, register_id, arrival_number, arrival_date, received_at,"
                    + " receive_method, organ_name, document_type_id, issued_date, subject, registered_by, created_at)"
                    + " VALUES (1, 1, 1, DATE '2026-01-02', CURRENT_TIMESTAMP, 'UPLOAD', 'X', 1, DATE '2026-01-01', 'S', 1,"
                    + " CURRENT_TIMESTAMP)");
            for (int i = 0; i < 3; i++) {
                s.execute("INSERT INTO attachment (document_id, file_name, content_type, size_bytes, sha256, uploaded_by,"
                        + " uploaded_at) VALUES (1, 'f" + i + ".pdf', 'application/pdf', 1, '" + "0".repeat(64)
                        + "', 1, CURRENT_TIMESTAMP)");
            }
        }
    }

    @Test
    void eachJobIsClaimedOnceEvenByConcurrentWorkers() throws Exception {
        Instant now = Instant.now();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            for (long a = 1; a <= 3; a++) {
                JdbcExtractionQueue.enqueue(c, a, now);
            }
        }
        ConcurrentLinkedQueue<Long> claimed = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        for (int w = 0; w < 6; w++) {
            String worker = "w" + w;
            pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                    for (Optional<JdbcExtractionQueue.Job> j; (j = JdbcExtractionQueue.claim(c, worker, now, LEASE)).isPresent(); ) {
                        claimed.add(j.get().attachmentId());
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(List.of(1L, 2L, 3L), claimed.stream().sorted().toList());
    }

    @Test
    void aJobLeftRunningByAKilledServerIsTakenAgain() throws SQLException {
        Instant t0 = Instant.now();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            JdbcExtractionQueue.enqueue(c, 1, t0);
            assertEquals(1, JdbcExtractionQueue.claim(c, "node-a", t0, LEASE).orElseThrow().attempts());
            // node-a dies: nobody else takes the job while its lease runs …
            assertTrue(JdbcExtractionQueue.claim(c, "node-b", t0.plusSeconds(60), LEASE).isEmpty());
            // … another node takes it when the lease is over
            JdbcExtractionQueue.Job again = JdbcExtractionQueue.claim(c, "node-b", t0.plus(LEASE).plusSeconds(1), LEASE)
                    .orElseThrow();
            assertEquals(2, again.attempts());
            // or node-b itself restarts: its RUNNING jobs are due at once
            assertEquals(1, JdbcExtractionQueue.releaseWorker(c, "node-b"));
            assertEquals("PENDING", state(c, again.id()));
            assertTrue(JdbcExtractionQueue.claim(c, "node-b", t0.plus(LEASE).plusSeconds(2), LEASE).isPresent());
        }
    }

    @Test
    void retriesWithBackOffThenFailsForGood() throws SQLException {
        Instant t = Instant.now();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            JdbcExtractionQueue.enqueue(c, 1, t);
            for (int attempt = 1; attempt <= JdbcExtractionQueue.MAX_ATTEMPTS; attempt++) {
                JdbcExtractionQueue.Job j = JdbcExtractionQueue.claim(c, "w", t, LEASE).orElseThrow();
                assertEquals(attempt, j.attempts());
                boolean last = JdbcExtractionQueue.failed(c, j.id(), j.attempts(), true, "TIMEOUT", t, 5);
                assertEquals(attempt == JdbcExtractionQueue.MAX_ATTEMPTS, last);
                assertTrue(JdbcExtractionQueue.claim(c, "w", t.plusSeconds(1), LEASE).isEmpty(), "backs off");
                t = t.plus(Duration.ofMinutes(attempt)).plusSeconds(1);
            }
            assertTrue(JdbcExtractionQueue.claim(c, "w", t.plus(Duration.ofDays(1)), LEASE).isEmpty());
            assertEquals(1L, JdbcExtractionQueue.counts(c).get("FAILED"));

            // a hostile file is not tried again
            JdbcExtractionQueue.enqueue(c, 2, t);
            JdbcExtractionQueue.Job j = JdbcExtractionQueue.claim(c, "w", t, LEASE).orElseThrow();
            assertTrue(JdbcExtractionQueue.failed(c, j.id(), 1, false, "HOSTILE", t, 5));
        }
    }

    /** A claimed job says where its file is: content address, name, document; nothing when the file's row is gone. */
    @Test
    void theFileOfAClaimedJob() throws SQLException {
        Instant t = Instant.now();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            JdbcExtractionQueue.enqueue(c, 2, t);
            JdbcExtractionQueue.Job job = JdbcExtractionQueue.claim(c, "w", t, LEASE).orElseThrow();
            assertEquals(2, job.attachmentId());
            JdbcExtractionQueue.FileOfJob f = JdbcExtractionQueue.fileOf(c, job);
            assertEquals("0".repeat(64), f.sha256());
            assertEquals("f1.pdf", f.fileName());
            assertEquals(1, f.documentId());
            assertNull(JdbcExtractionQueue.fileOf(c, new JdbcExtractionQueue.Job(job.id(), 42, false, 1)));
        }
    }

    @Test
    void theDocumentsTextIsCompleteWhenEveryFileIsDone() throws SQLException {
        Instant t = Instant.now();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            JdbcExtractionQueue.enqueue(c, 1, t);
            JdbcExtractionQueue.enqueue(c, 2, t);
            JdbcExtractionQueue.Job first = JdbcExtractionQueue.claim(c, "w", t, LEASE).orElseThrow();
            JdbcExtractionQueue.done(c, first.id(), new Extraction("Trích yếu một", "TIKA", "application/pdf", false), t, 10);
            JdbcExtractionQueue.DocumentTexts partial = JdbcExtractionQueue.textsOfIncoming(c, 1);
            assertFalse(partial.complete());
            assertEquals(List.of("Trích yếu một"), partial.texts());
            JdbcExtractionQueue.Job second = JdbcExtractionQueue.claim(c, "w", t, LEASE).orElseThrow();
            JdbcExtractionQueue.done(c, second.id(), new Extraction("Văn bản hai", "OCR", "application/pdf", false), t, 10);
            // the third file has no job (registered before extraction existed and not queued): not waited for
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM attachment WHERE id = 3");
            }
            JdbcExtractionQueue.DocumentTexts all = JdbcExtractionQueue.textsOfIncoming(c, 1);
            assertTrue(all.complete());
            assertEquals(List.of("Trích yếu một", "Văn bản hai"), all.texts());
        }
    }

    private static String state(Connection c, long id) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT state FROM extraction_job WHERE id = " + id)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
