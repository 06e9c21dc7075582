package vn.congvan.application.search;

import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.Problem;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most as many Lucene searches at once as the server has cores ({@code congvan.search.concurrency}); the others
 * wait their turn, first come first served.
 *
 * <p>A search over a large index is CPU and memory-cache work only: when more of them run at once than there are
 * cores, they do not finish sooner, they take turns on the cores and evict each other's postings from the caches.
 * Measured on the 1M-document benchmark index with 16 concurrent searches on 2 cores (docs/bench/search.md,
 * SearchFloorProbe): 61.5 ms of CPU per search when all 16 run at once, 37.8 ms when 2 run and 14 wait — 30 against
 * 49 searches a second, p95 1 658 against 493 ms. A search that cannot start within
 * {@code congvan.search.queue-timeout-seconds} (30) is answered 503, the server being overloaded.
 *
 * <p>A search that visits few documents — at most {@code congvan.search.queue-above-matches} (10 000) as estimated
 * from the index's term statistics ({@link LuceneSearch#estimatedMatches}): a notation, a rare word — does not queue: in a first-come-first-served queue a clerk's look-up of
 * "123/QĐ" (milliseconds) waited behind the full-text searches ahead of it (p95 850 ms against 148 ms without the
 * gate, 16 clients at 1M).
 */
final class SearchGate {

    private static final Semaphore PERMITS = new Semaphore(permits(), true);
    private static final long TIMEOUT_MS = Math.max(1, SearchSettings.number("congvan.search.queue-timeout-seconds",
            "CONGVAN_SEARCH_QUEUE_TIMEOUT_SECONDS", 30)) * 1000L;
    /** Searches that visit at most this many documents ({@link LuceneSearch#estimatedMatches}) do not queue. */
    private static final long QUEUE_ABOVE = SearchSettings.number("congvan.search.queue-above-matches",
            "CONGVAN_SEARCH_QUEUE_ABOVE_MATCHES", 10_000);
    private static final Turn FREE = new Turn(null);

    private SearchGate() {
    }

    /** A turn to search, returned by {@link #close}. */
    static final class Turn implements AutoCloseable {
        private final Semaphore permits;
        private boolean closed;

        private Turn(Semaphore permits) {
            this.permits = permits;
        }

        @Override
        public void close() {
            if (permits != null && !closed) {
                closed = true;
                permits.release();
            }
        }
    }

    /**
     * A turn for a search that visits about {@code estimatedMatches} documents: at once when they are few (a notation,
     * a rare word: a few milliseconds, which must not wait behind the heavy searches); else waits for a turn, 503
     * {@code search.busy} if none comes in time.
     */
    static Turn enter(long estimatedMatches) {
        return estimatedMatches <= QUEUE_ABOVE ? FREE : enter(PERMITS, TIMEOUT_MS);
    }

    static Turn enter(Semaphore permits, long timeoutMs) {
        try {
            if (!permits.tryAcquire(timeoutMs, TimeUnit.MILLISECONDS)) {
                throw new ApplicationProblemException(Problem.SERVICE_UNAVAILABLE, "search.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApplicationProblemException(Problem.SERVICE_UNAVAILABLE, "search.busy");
        }
        return new Turn(permits);
    }

    static int permits() {
        return (int) Math.max(1, SearchSettings.number("congvan.search.concurrency", "CONGVAN_SEARCH_CONCURRENCY",
                Runtime.getRuntime().availableProcessors()));
    }
}
