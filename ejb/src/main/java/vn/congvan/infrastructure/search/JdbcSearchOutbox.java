package vn.congvan.infrastructure.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The search outbox, table {@code search_outbox} (migration V52), in plain JDBC on the caller's connection
 * (inside the server: the JTA transaction's). A row says "search row {@code record_id} changed: write it
 * to the index". It is added in the transaction of the change, so it exists exactly when the change was
 * committed, and deleted by the indexing worker once the index holds the change: a server killed in
 * between leaves it for the next start.
 *
 * <p>On PostgreSQL the worker takes its batch {@code FOR UPDATE SKIP LOCKED}, so that two workers (two
 * nodes with a shared index on Elasticsearch) never write the same batch at once; H2 runs on one node.
 */
public final class JdbcSearchOutbox {

    private JdbcSearchOutbox() {
    }

    /** An outbox row: its id and the search row it names. */
    public record Entry(long id, long recordId) {
    }

    public static void add(Connection c, long recordId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO search_outbox (record_id, created_at) VALUES (?, ?)")) {
            ps.setLong(1, recordId);
            ps.setTimestamp(2, Timestamp.from(now.truncatedTo(ChronoUnit.MILLIS)));
            ps.executeUpdate();
        }
    }

    /** The oldest {@code limit} rows, locked until the caller's transaction ends (PostgreSQL). */
    public static List<Entry> next(Connection c, int limit) throws SQLException {
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, record_id FROM search_outbox ORDER BY id"
                + " LIMIT " + limit + (postgres ? " FOR UPDATE SKIP LOCKED" : ""));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Entry(rs.getLong(1), rs.getLong(2)));
            }
        }
        return out;
    }

    public static void delete(Connection c, List<Entry> entries) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM search_outbox WHERE id = ?")) {
            for (Entry e : entries) {
                ps.setLong(1, e.id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** How many rows wait, and since when (null: none). */
    public record Backlog(long count, Instant oldest) {
    }

    public static Backlog backlog(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), MIN(created_at) FROM search_outbox");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            Timestamp oldest = rs.getTimestamp(2);
            return new Backlog(rs.getLong(1), oldest == null ? null : oldest.toInstant());
        }
    }
}
