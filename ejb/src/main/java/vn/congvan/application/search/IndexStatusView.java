package vn.congvan.application.search;

import java.time.Instant;
import java.util.Map;

/**
 * The health of the search index: documents in the database and in the index, text extraction jobs by
 * state, the search outbox (rows committed but not yet in the index: normally 0, and since when the
 * oldest waits), and the last (or running) full re-index with its progress.
 */
public record IndexStatusView(String backend, long documents, long indexed, long textPending,
                              Map<String, Long> extractionJobs, long outbox, Instant outboxOldest, Reindex reindex) {

    public record Reindex(String state, long done, long total, Instant startedAt, Instant finishedAt, String error) {
    }
}
