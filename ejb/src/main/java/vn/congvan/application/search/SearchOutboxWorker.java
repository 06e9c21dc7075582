package vn.congvan.application.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the search outbox to the index: right after every commit that added to it (so a change is
 * searchable within milliseconds, not at the next tick; while changes keep coming during a drain, each
 * further batch waits {@value #GATHER_MS} ms first, so that one index write takes what many transactions
 * committed), every second (a missed signal, a failed batch), and at start (rows a stopped or killed server left). One drain at a time on this node; batches of
 * {@value #BATCH} rows, each its own transaction ({@link SearchOutboxWork}).
 *
 * <p>{@code congvan.search.indexing.enabled=false} pauses it (the rows wait; tests and maintenance).
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "SearchIndexAdmin"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class SearchOutboxWorker {

    private static final Logger LOG = Logger.getLogger(SearchOutboxWorker.class.getName());
    static final int BATCH = 500;
    /**
     * Under load, how long a drain waits before its next batch: one index write (one commit, with its fsync, and
     * one new segment that merges will rewrite) per batch instead of per document leaves the CPU to the requests
     * (docs/bench/registration.md). Not longer than half a second: a document must be searchable within two
     * seconds of its text being read; the merge policy's {@code min_size=0} (persistence.xml) keeps the small
     * segments this leaves from being merged again and again.
     */
    static final long GATHER_MS = 500;

    @EJB
    private SearchOutboxWork work;

    @Resource
    private ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    @PostConstruct
    void start() {
        try {
            var backlog = work.backlog();
            if (backlog.count() > 0) {
                LOG.info(() -> backlog.count() + " search row(s) left in the outbox since " + backlog.oldest()
                        + " are written to the index now");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the search outbox at start", e);
        }
        request();
    }

    /** After a commit that wrote to the outbox. */
    public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchIndexRequested event) {
        request();
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        drain();
    }

    /** Waits {@link #GATHER_MS} so that a batch takes what several transactions committed. */
    private static void gather() {
        try {
            Thread.sleep(GATHER_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void request() {
        if (running.get()) {
            again.set(true); // the running drain takes one more turn
            return;
        }
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            again.set(true); // the next tick
        }
    }

    private void drain() {
        while (SearchSettings.indexingEnabled()) {
            if (!running.compareAndSet(false, true)) {
                again.set(true);
                return;
            }
            try {
                boolean first = true;
                do {
                    if (!first) {
                        // more was committed while the index was being written: under a stream of registrations
                        // wait a little, so that one index write (one Lucene commit) takes many documents; a
                        // change on a quiet server still goes to the index at once
                        gather();
                    }
                    first = false;
                    again.set(false);
                    while (work.indexNext(BATCH) == BATCH) {
                        // a full batch: more may wait
                    }
                } while (again.get());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Writing the search outbox to the index failed; retried in a second", e);
                return;
            } finally {
                running.set(false);
            }
            if (!again.get()) {
                return; // else a request came between the last batch and now
            }
        }
    }
}
