package vn.congvan.infrastructure.audit;

import vn.congvan.domain.model.audit.ActionEntry;
import vn.congvan.domain.model.audit.AuditAction;
import vn.congvan.domain.model.audit.HashChain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The action log in tables {@code action_log} and {@code action_log_head} (migration V3), in plain
 * JDBC on the caller's connection, so that it runs in the caller's transaction: inside the server
 * that is the JTA transaction of the action being recorded (the datasource hands out the same
 * connection within a transaction), in tests an H2 connection.
 *
 * <p>Appending locks the head row ({@code SELECT … FOR UPDATE}) until the transaction ends, so
 * concurrent writers take numbers one after the other and the chain never forks; an action whose
 * transaction rolls back takes its entry with it.
 */
public final class JdbcActionLog {

    private static final String COLUMNS = "seq, occurred_at, agency_id, user_id, username, action, document_kind,"
            + " document_id, attachment_id, detail, prev_hash, entry_hash";

    private JdbcActionLog() {
    }

    /** What to record; the number, time and hashes are added by {@link #append}. */
    public record NewAction(Long agencyId, Long userId, String username, AuditAction action, String documentKind,
                            Long documentId, Long attachmentId, String detail) {
    }

    public static ActionEntry append(Connection c, NewAction a) throws SQLException {
        long lastSeq;
        String lastHash;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_seq, last_hash FROM action_log_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("action_log_head has no row: migration V3 not applied?");
            }
            lastSeq = rs.getLong(1);
            lastHash = rs.getString(2);
        }
        String detail = a.detail() == null ? null : truncate(a.detail(), 500);
        ActionEntry e = ActionEntry.link(lastSeq + 1, Instant.now(), a.agencyId(), a.userId(), a.username(),
                a.action(), a.documentKind(), a.documentId(), a.attachmentId(), detail, lastHash);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO action_log (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, e.seq());
            ps.setObject(2, OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC));
            setLong(ps, 3, e.agencyId());
            setLong(ps, 4, e.userId());
            ps.setString(5, e.username());
            ps.setString(6, e.action().name());
            ps.setString(7, e.documentKind());
            setLong(ps, 8, e.documentId());
            setLong(ps, 9, e.attachmentId());
            ps.setString(10, e.detail());
            ps.setString(11, e.prevHash());
            ps.setString(12, e.hash());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE action_log_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            ps.setLong(1, e.seq());
            ps.setString(2, e.hash());
            ps.executeUpdate();
        }
        return e;
    }

    /** The entries about one document, oldest first. */
    public static List<ActionEntry> history(Connection c, String documentKind, long documentId) throws SQLException {
        List<ActionEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM action_log WHERE document_kind = ? AND document_id = ? ORDER BY seq")) {
            ps.setString(1, documentKind);
            ps.setLong(2, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    /** The entries with these numbers, in the order given. */
    public static List<ActionEntry> entries(Connection c, List<Long> seqs) throws SQLException {
        List<ActionEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM action_log WHERE seq = ?")) {
            for (long seq : seqs) {
                ps.setLong(1, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.add(read(rs));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Walks the whole chain up to the head and names the first broken entry. Entries written while
     * the check runs are beyond the head it read and are left for the next check; an entry beyond
     * the head that no writer accounts for (added behind the application's back) is reported.
     */
    public static HashChain.Report verify(Connection c) throws SQLException {
        long headSeq;
        String headHash;
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash FROM action_log_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("action_log_head has no row");
            }
            headSeq = rs.getLong(1);
            headHash = rs.getString(2);
        }
        HashChain.Report report;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM action_log WHERE seq <= ? ORDER BY seq")) {
            ps.setFetchSize(500);
            ps.setLong(1, headSeq);
            try (ResultSet rs = ps.executeQuery()) {
                RowIterator rows = new RowIterator(rs);
                try {
                    report = HashChain.verify(rows, headSeq, headHash);
                } catch (UnreadableRow e) {
                    // e.g. an action name or a required value edited into something no writer produces
                    return new HashChain.Report(false, rows.count, e.seq, HashChain.Break.CONTENT_CHANGED, null);
                }
            }
        }
        if (!report.intact()) {
            return report;
        }
        // Rows past the head that the head (read again, it may have moved) does not cover were not written by us.
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(seq) FROM action_log"
                + " WHERE seq > (SELECT last_seq FROM action_log_head WHERE id = 1)");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            long stray = rs.getLong(1);
            if (!rs.wasNull()) {
                return new HashChain.Report(false, report.entries(), stray, HashChain.Break.HEAD_MISMATCH, report.lastHash());
            }
        }
        return report;
    }

    private static ActionEntry read(ResultSet rs) throws SQLException {
        return new ActionEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                getLong(rs, "agency_id"), getLong(rs, "user_id"), rs.getString("username"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("document_kind"),
                getLong(rs, "document_id"), getLong(rs, "attachment_id"), rs.getString("detail"),
                rs.getString("prev_hash"), rs.getString("entry_hash"));
    }

    private static Long getLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** The rows of a result set as entries; a row that cannot be read at all ends the walk with an error. */
    private static final class RowIterator implements Iterator<ActionEntry> {
        private final ResultSet rs;
        private Boolean ahead;
        private long count;

        RowIterator(ResultSet rs) {
            this.rs = rs;
        }

        @Override
        public boolean hasNext() {
            if (ahead == null) {
                try {
                    ahead = rs.next();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return ahead;
        }

        @Override
        public ActionEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ahead = null;
            count++;
            long seq;
            try {
                seq = rs.getLong("seq");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            try {
                return read(rs);
            } catch (SQLException | RuntimeException e) {
                throw new UnreadableRow(seq);
            }
        }
    }

    private static final class UnreadableRow extends RuntimeException {
        private final long seq;

        UnreadableRow(long seq) {
            super("action_log row " + seq + " cannot be read as an entry", null, false, false);
            this.seq = seq;
        }
    }
}
