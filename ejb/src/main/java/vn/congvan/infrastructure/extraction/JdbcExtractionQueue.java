package vn.congvan.infrastructure.extraction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The extraction jobs in table {@code extraction_job} (migration V50), in plain JDBC on the caller's
 * connection (inside the server: the JTA transaction's).
 *
 * <p>Claiming is safe with several workers and several nodes: on PostgreSQL the next job is selected
 * {@code FOR UPDATE SKIP LOCKED}; on H2, which lacks it, a candidate is taken by a conditional update
 * ({@code … WHERE id = ? AND state = <what was read>}) that only one claimer can win. A job left
 * RUNNING by a worker that died is taken again when its lease has run out, or at once when its own
 * node starts again ({@link #releaseWorker}).
 */
public final class JdbcExtractionQueue {

    public static final int MAX_ATTEMPTS = 3;

    private JdbcExtractionQueue() {
    }

    /**
     * A claimed job. {@code attempts} counts this one.
     *
     * @param attachmentId the file: an {@code attachment} (incoming) or, with {@code outgoing}, an
     *                     {@code outgoing_attachment}
     */
    public record Job(long id, long attachmentId, boolean outgoing, int attempts) {
    }

    /** A file of an incoming document. */
    public static void enqueue(Connection c, long attachmentId, Instant now) throws SQLException {
        enqueue(c, "attachment_id", attachmentId, now);
    }

    /** A file of an outgoing document. */
    public static void enqueueOutgoing(Connection c, long outgoingAttachmentId, Instant now) throws SQLException {
        enqueue(c, "outgoing_attachment_id", outgoingAttachmentId, now);
    }

    private static void enqueue(Connection c, String column, long attachmentId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO extraction_job (" + column + ", state, attempts,"
                + " truncated, created_at, not_before) VALUES (?, 'PENDING', 0, FALSE, ?, ?)")) {
            ps.setLong(1, attachmentId);
            ps.setTimestamp(2, ts(now));
            ps.setTimestamp(3, ts(now));
            ps.executeUpdate();
        }
    }

    public static Optional<Job> claim(Connection c, String worker, Instant now, Duration lease) throws SQLException {
        String due = "((state = 'PENDING' AND not_before <= ?) OR (state = 'RUNNING' AND started_at < ?))";
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        if (postgres) {
            // one statement: the next due job, locked and skipped by the other claimers, taken and returned
            try (PreparedStatement ps = c.prepareStatement("UPDATE extraction_job SET state = 'RUNNING', worker = ?,"
                    + " started_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = (SELECT id FROM extraction_job"
                    + " WHERE " + due + " ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)"
                    + " RETURNING id, attachment_id, outgoing_attachment_id, attempts")) {
                ps.setString(1, worker);
                ps.setTimestamp(2, ts(now));
                ps.setTimestamp(3, ts(now));
                ps.setTimestamp(4, ts(now.minus(lease)));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    long incoming = rs.getLong(2);
                    boolean outgoing = rs.wasNull();
                    return Optional.of(new Job(rs.getLong(1), outgoing ? rs.getLong(3) : incoming, outgoing, rs.getInt(4)));
                }
            }
        }
        List<Long> candidates = new ArrayList<>();
        String select = "SELECT id FROM extraction_job WHERE " + due + " ORDER BY id LIMIT 8";
        try (PreparedStatement ps = c.prepareStatement(select)) {
            ps.setTimestamp(1, ts(now));
            ps.setTimestamp(2, ts(now.minus(lease)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.add(rs.getLong(1));
                }
            }
        }
        for (long id : candidates) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE extraction_job SET state = 'RUNNING', worker = ?,"
                    + " started_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ? AND " + due)) {
                ps.setString(1, worker);
                ps.setTimestamp(2, ts(now));
                ps.setLong(3, id);
                ps.setTimestamp(4, ts(now));
                ps.setTimestamp(5, ts(now.minus(lease)));
                if (ps.executeUpdate() == 1) {
                    try (PreparedStatement q = c.prepareStatement(
                            "SELECT attachment_id, outgoing_attachment_id, attempts FROM extraction_job WHERE id = ?")) {
                        q.setLong(1, id);
                        try (ResultSet rs = q.executeQuery()) {
                            rs.next();
                            long incoming = rs.getLong(1);
                            boolean outgoing = rs.wasNull();
                            return Optional.of(new Job(id, outgoing ? rs.getLong(2) : incoming, outgoing, rs.getInt(3)));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Where a job's file is: its content address, its name and its document ({@code null}: the file is gone). */
    public record FileOfJob(String sha256, String fileName, long documentId) {
    }

    /** The file of a job, in one statement (no entities: the worker needs three columns). */
    public static FileOfJob fileOf(Connection c, Job job) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sha256, file_name, document_id FROM "
                + (job.outgoing() ? "outgoing_attachment" : "attachment") + " WHERE id = ?")) {
            ps.setLong(1, job.attachmentId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new FileOfJob(rs.getString(1), rs.getString(2), rs.getLong(3)) : null;
            }
        }
    }

    /** At start: the jobs this node was running when it stopped (killed) are due again. */
    public static int releaseWorker(Connection c, String worker) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE extraction_job SET state = 'PENDING', worker = NULL"
                + " WHERE state = 'RUNNING' AND worker = ?")) {
            ps.setString(1, worker);
            return ps.executeUpdate();
        }
    }

    public static void done(Connection c, long id, Extraction e, Instant now, long durationMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE extraction_job SET state = 'DONE', method = ?,"
                + " extracted_text = ?, text_chars = ?, truncated = ?, finished_at = ?, duration_ms = ?, last_error = NULL"
                + " WHERE id = ?")) {
            ps.setString(1, e.method());
            ps.setString(2, e.text());
            ps.setInt(3, e.text().length());
            ps.setBoolean(4, e.truncated());
            ps.setTimestamp(5, ts(now));
            ps.setLong(6, durationMs);
            ps.setLong(7, id);
            ps.executeUpdate();
        }
    }

    /**
     * A failed attempt: due again later (back-off of a minute per attempt) while it may help and
     * attempts remain, else FAILED for good. Returns whether the job is finished (FAILED).
     */
    public static boolean failed(Connection c, long id, int attempts, boolean retryable, String error, Instant now,
                                 long durationMs) throws SQLException {
        boolean last = !retryable || attempts >= MAX_ATTEMPTS;
        try (PreparedStatement ps = c.prepareStatement("UPDATE extraction_job SET state = ?, last_error = ?,"
                + " worker = NULL, not_before = ?, finished_at = ?, duration_ms = ? WHERE id = ?")) {
            ps.setString(1, last ? "FAILED" : "PENDING");
            ps.setString(2, error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error);
            ps.setTimestamp(3, ts(now.plus(Duration.ofMinutes(attempts))));
            ps.setTimestamp(4, last ? ts(now) : null);
            ps.setLong(5, durationMs);
            ps.setLong(6, id);
            ps.executeUpdate();
        }
        return last;
    }

    /** The texts of a document's files in order, and whether every file's job is finished. */
    public record DocumentTexts(List<String> texts, boolean complete) {
    }

    public static DocumentTexts textsOfIncoming(Connection c, long documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT j.state, j.extracted_text FROM attachment a"
                + " LEFT JOIN extraction_job j ON j.attachment_id = a.id WHERE a.document_id = ?"
                // only the files the document shows: the latest version of each, not deleted
                + " AND a.deleted_at IS NULL AND a.version_no = (SELECT MAX(b.version_no) FROM attachment b"
                + " WHERE COALESCE(b.lineage_id, b.id) = COALESCE(a.lineage_id, a.id))"
                + " ORDER BY a.id")) {
            return texts(ps, documentId);
        }
    }

    /** The texts of an outgoing document's files in order, and whether every file's job is finished. */
    public static DocumentTexts textsOfOutgoing(Connection c, long documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT j.state, j.extracted_text FROM outgoing_attachment a"
                + " LEFT JOIN extraction_job j ON j.outgoing_attachment_id = a.id WHERE a.document_id = ?"
                + " ORDER BY a.id")) {
            return texts(ps, documentId);
        }
    }

    private static DocumentTexts texts(PreparedStatement ps, long documentId) throws SQLException {
        List<String> texts = new ArrayList<>();
        boolean complete = true;
        ps.setLong(1, documentId);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String state = rs.getString(1);
                if ("DONE".equals(state)) {
                    texts.add(rs.getString(2));
                } else if (!"FAILED".equals(state)) {
                    complete = false;
                }
            }
        }
        return new DocumentTexts(texts, complete);
    }

    /** Milliseconds: databases keep fewer digits than Instant.now() may have, and would round. */
    private static Timestamp ts(Instant i) {
        return Timestamp.from(i.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    /** The number of jobs in each state. */
    public static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String s : List.of("PENDING", "RUNNING", "DONE", "FAILED")) {
            out.put(s, 0L);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT state, COUNT(*) FROM extraction_job GROUP BY state");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }
}
