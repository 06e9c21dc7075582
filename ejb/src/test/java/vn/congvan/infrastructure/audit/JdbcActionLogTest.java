package vn.congvan.infrastructure.audit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congvan.domain.model.audit.ActionEntry;
import vn.congvan.domain.model.audit.AuditAction;
import vn.congvan.domain.model.audit.HashChain;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The action log on H2 with the real migrations: appends, concurrent appends, and rows edited
 * behind the application's back with plain SQL (the PostgreSQL case is {@code ActionLogIT}).
 */
class JdbcActionLogTest {

    private String url;

    @BeforeEach
    void migrate() throws SQLException {
        url = "jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO agency (code, name, short_name, created_at) VALUES ('A', 'A', 'A', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO app_user (agency_id, username, full_name, password_hash, password_salt, password_cost, created_at)"
                    + " VALUES (1, 'vanthu', 'Nguyễn Thị Lan', 'h', 's', 10, CURRENT_TIMESTAMP)");
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }

    private ActionEntry append(AuditAction action, long document, String detail) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            ActionEntry e = JdbcActionLog.append(c, new JdbcActionLog.NewAction(1L, 1L, "vanthu", action, "INCOMING",
                    document, action == AuditAction.DOWNLOADED ? 7L : null, detail));
            c.commit();
            return e;
        }
    }

    private HashChain.Report verify() throws SQLException {
        try (Connection c = connect()) {
            return JdbcActionLog.verify(c);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void appendsAChainAndReadsADocumentsHistory() throws SQLException {
        assertTrue(verify().intact(), "an empty log is intact");
        ActionEntry r = append(AuditAction.REGISTERED, 5, "CHUNG/2026 #1");
        append(AuditAction.VIEWED, 6, null);
        append(AuditAction.VIEWED, 5, null);
        ActionEntry d = append(AuditAction.DOWNLOADED, 5, "công văn đến.pdf");

        assertEquals(HashChain.GENESIS, r.prevHash());
        HashChain.Report report = verify();
        assertTrue(report.intact(), report.toString());
        assertEquals(4, report.entries());
        assertEquals(d.hash(), report.lastHash());

        try (Connection c = connect()) {
            List<ActionEntry> h = JdbcActionLog.history(c, "INCOMING", 5);
            assertEquals(List.of(AuditAction.REGISTERED, AuditAction.VIEWED, AuditAction.DOWNLOADED),
                    h.stream().map(ActionEntry::action).toList());
            assertEquals("công văn đến.pdf", h.get(2).detail());
            assertEquals(7L, h.get(2).attachmentId());
            assertEquals(d, h.get(2), "what is read back is what was written, hash included");
        }
    }

    @Test
    void editedRowIsNamed() throws SQLException {
        for (int i = 0; i < 5; i++) {
            append(AuditAction.VIEWED, 5, null);
        }
        sql("UPDATE action_log SET username = 'lanhdao' WHERE seq = 3");
        HashChain.Report r = verify();
        assertFalse(r.intact());
        assertEquals(3L, r.brokenSeq());
        assertEquals(HashChain.Break.CONTENT_CHANGED, r.reason());
    }

    @Test
    void editedTimeIsNamed() throws SQLException {
        for (int i = 0; i < 3; i++) {
            append(AuditAction.VIEWED, 5, null);
        }
        sql("UPDATE action_log SET occurred_at = occurred_at - INTERVAL '1' DAY WHERE seq = 2");
        HashChain.Report r = verify();
        assertEquals(2L, r.brokenSeq());
        assertEquals(HashChain.Break.CONTENT_CHANGED, r.reason());
    }

    @Test
    void unreadableRowIsNamed() throws SQLException {
        for (int i = 0; i < 3; i++) {
            append(AuditAction.VIEWED, 5, null);
        }
        sql("UPDATE action_log SET action = 'NOTHING' WHERE seq = 2");
        HashChain.Report r = verify();
        assertEquals(2L, r.brokenSeq());
        assertEquals(HashChain.Break.CONTENT_CHANGED, r.reason());
    }

    @Test
    void deletedRowsAreNamed() throws SQLException {
        for (int i = 0; i < 4; i++) {
            append(AuditAction.VIEWED, 5, null);
        }
        sql("DELETE FROM action_log WHERE seq = 4");
        HashChain.Report tail = verify();
        assertEquals(4L, tail.brokenSeq());
        assertEquals(HashChain.Break.HEAD_MISMATCH, tail.reason());

        sql("DELETE FROM action_log WHERE seq = 2");
        HashChain.Report middle = verify();
        assertEquals(3L, middle.brokenSeq());
        assertEquals(HashChain.Break.SEQUENCE_GAP, middle.reason());
    }

    @Test
    void rowAddedPastTheHeadIsNamed() throws SQLException {
        append(AuditAction.VIEWED, 5, null);
        sql("INSERT INTO action_log (seq, occurred_at, username, action, prev_hash, entry_hash)"
                + " SELECT 2, occurred_at, 'x', 'VIEWED', entry_hash, entry_hash FROM action_log WHERE seq = 1");
        HashChain.Report r = verify();
        assertEquals(2L, r.brokenSeq());
        assertEquals(HashChain.Break.HEAD_MISMATCH, r.reason());
    }

    @Test
    void concurrentWritersNeverForkTheChain() throws Exception {
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long doc = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        append(AuditAction.VIEWED, doc, null);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        HashChain.Report r = verify();
        assertTrue(r.intact(), r.toString());
        assertEquals(threads * each, r.entries());
    }
}
