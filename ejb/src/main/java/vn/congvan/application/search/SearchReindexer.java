package vn.congvan.application.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.CacheMode;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import vn.congvan.domain.model.search.SearchRecord;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The work of a full re-index, in two passes.
 *
 * <ol>
 * <li><b>Bulk</b>: Hibernate Search's mass indexer purges the index and adds every row of
 * {@code search_document} with plain adds (ids scrolled forward-only, rows loaded in batches with their
 * departments, documents added without a commit per batch) — the fast path.</li>
 * <li><b>Catch-up</b>: a plain add may race with the search outbox: when the outbox worker writes a row
 * (delete by id, then add) before the bulk pass adds its older copy, the index holds the document twice
 * (SearchIT once found {@code [76, 76]}). So every row the outbox wrote while the bulk pass ran
 * ({@link Progress#changedMeanwhile()}) is written again with "add or update" once the bulk pass is over:
 * the delete by id removes every copy, and the current row is added once (a row deleted meanwhile is
 * removed). Rows the outbox writes after that are ordinary updates.</li>
 * </ol>
 */
@Stateless
public class SearchReindexer {

    /** Rows loaded together by each loading thread of the bulk pass, and re-applied together in the catch-up. */
    static final int BATCH = 500;
    /** The bulk pass's loading threads (the machine's cores do the analysis in the backend's own threads). */
    static final int LOADING_THREADS = 2;
    /** The bulk pass scrolls the ids in one transaction: far longer than the server's default time-out. */
    static final int TRANSACTION_TIMEOUT_SECONDS = 24 * 3600;

    @PersistenceContext
    private EntityManager em;

    @PersistenceUnit
    private EntityManagerFactory emf;

    @EJB
    private SearchReindexer self;

    /** Runs the whole rebuild in the background, reporting to {@code progress}. Internal: not exposed. */
    @Asynchronous
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void rebuild(Progress progress) {
        try {
            Search.mapping(emf).scope(SearchRecord.class).massIndexer()
                    .purgeAllOnStart(true)
                    .mergeSegmentsOnFinish(false)
                    .threadsToLoadObjects(LOADING_THREADS)
                    .batchSizeToLoadObjects(BATCH)
                    .idFetchSize(2000)
                    .cacheMode(CacheMode.IGNORE)
                    .transactionTimeout(TRANSACTION_TIMEOUT_SECONDS)
                    .monitor(new Monitor(progress))
                    .startAndWait();
            List<Long> changed = new ArrayList<>(progress.changedMeanwhile());
            for (int i = 0; i < changed.size(); i += BATCH) {
                self.reapply(changed.subList(i, Math.min(changed.size(), i + BATCH)));
            }
            progress.finished(null, changed.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            progress.finished(new IllegalStateException("Interrupted", e), 0);
        } catch (RuntimeException e) {
            progress.finished(e, 0);
        }
    }

    /**
     * Writes the rows again with "add or update" (every copy in the index replaced by the current row),
     * or removes them from the index when they no longer exist.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reapply(Collection<Long> ids) {
        SearchOutboxWork.writeToIndex(em, ids);
    }

    /** What the administrator's status page shows while a rebuild runs. */
    public interface Progress {
        void started(long total);

        void indexed(long count);

        /**
         * The rows the search outbox wrote to the index since the rebuild began; from this call on, no more
         * are collected.
         */
        Collection<Long> changedMeanwhile();

        /**
         * @param failure null when the rebuild completed
         * @param caughtUp rows written again after the bulk pass
         */
        void finished(RuntimeException failure, int caughtUp);
    }

    private static final class Monitor implements MassIndexingMonitor {
        /**
         * Tests only (the integration tests' server sets it; never set in production): the bulk pass stops this
         * long once, after loading its first batch and before adding it, so that a test can change a document
         * in between — the race the catch-up pass exists for.
         */
        static final String TEST_PAUSE = "congvan.search.reindex.test-pause-ms";

        private final Progress progress;
        private final java.util.concurrent.atomic.AtomicBoolean paused = new java.util.concurrent.atomic.AtomicBoolean();

        Monitor(Progress progress) {
            this.progress = progress;
        }

        @Override
        public void documentsAdded(long increment) {
            progress.indexed(increment);
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
            long pause = Long.getLong(TEST_PAUSE, 0L);
            if (pause > 0 && paused.compareAndSet(false, true)) {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void addToTotalCount(long count) {
            progress.started(count);
        }

        @Override
        public void indexingCompleted() {
        }
    }
}
