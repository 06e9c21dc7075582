package vn.congvan.application.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.Problem;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.search.SearchRecord;
import vn.congvan.infrastructure.search.SearchBackend;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rebuilding the search index from the database ({@code search_document}, texts included: nothing is
 * extracted again) and reporting its health. At start, an empty index over a non-empty table (a new
 * installation of search, a deleted index directory) or an index written by an earlier version of the mapping
 * is rebuilt on its own.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchIndexAdmin {

    private static final Logger LOG = Logger.getLogger(SearchIndexAdmin.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ExtractionJobs jobs;

    @EJB
    private SearchReindexer reindexer;

    @EJB
    private SearchOutboxWork outbox;

    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile String state = "IDLE";
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String error;
    /** While a rebuild's bulk pass runs: the rows the search outbox wrote (SearchReindexer's catch-up). */
    private final Set<Long> changedDuringRebuild = ConcurrentHashMap.newKeySet();
    private volatile boolean collecting;

    @PostConstruct
    void start() {
        try {
            long rows = documents();
            long indexed = indexed();
            if (rows > 0 && indexed == 0) {
                LOG.info(() -> "The search index is empty for " + rows + " documents: rebuilding it");
                begin();
            } else if (indexed > 0 && current() < indexed) {
                // written by an earlier version of the mapping (no access keys, no catch-all fields): the
                // searches of this version would not find those documents
                LOG.info(() -> "The search index predates the current mapping: rebuilding it");
                begin();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check the search index at start", e);
        }
    }

    /** Starts a full re-index in the background; 409 if one is running. */
    @RolesAllowed(Role.Names.ADMIN)
    public IndexStatusView reindex() {
        if (!begin()) {
            throw new ApplicationProblemException(Problem.CONFLICT, "search.reindex.running");
        }
        return status();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public IndexStatusView status() {
        long docs = documents();
        long pending = em.createQuery("SELECT COUNT(r) FROM SearchRecord r WHERE r.textState = 'PENDING'", Long.class)
                .getSingleResult();
        var backlog = outbox.backlog();
        return new IndexStatusView(backend(), docs, indexed(), pending, jobs.counts(), backlog.count(), backlog.oldest(),
                new IndexStatusView.Reindex(state, done.get(), total.get(), startedAt, finishedAt, error));
    }

    private synchronized boolean begin() {
        if ("RUNNING".equals(state)) {
            return false;
        }
        state = "RUNNING";
        done.set(0);
        total.set(0);
        error = null;
        startedAt = Instant.now();
        finishedAt = null;
        changedDuringRebuild.clear();
        collecting = true;
        reindexer.rebuild(new Progress());
        return true;
    }

    /**
     * The search outbox is about to write these rows to the index (called before it writes them): while a
     * rebuild runs they are noted, to be written again once its bulk pass is over. Internal.
     */
    @PermitAll
    public void writing(Collection<Long> recordIds) {
        if (collecting) {
            changedDuringRebuild.addAll(recordIds);
        }
    }

    private long documents() {
        return em.createQuery("SELECT COUNT(r) FROM SearchRecord r", Long.class).getSingleResult();
    }

    private long indexed() {
        return Search.session(em).search(SearchRecord.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    /** Documents in the index written with the current mapping (they have access keys). */
    private long current() {
        return Search.session(em).search(SearchRecord.class).where(f -> f.exists().field(SearchRecord.ACCESS))
                .fetchTotalHitCount();
    }

    /** As persistence.xml resolves it (an environment variable it does not read was once consulted here too). */
    private static String backend() {
        return SearchBackend.NAME;
    }

    private final class Progress implements SearchReindexer.Progress {
        @Override
        public void started(long count) {
            total.addAndGet(count);
        }

        @Override
        public void indexed(long count) {
            done.addAndGet(count);
        }

        @Override
        public Collection<Long> changedMeanwhile() {
            collecting = false;
            List<Long> ids = List.copyOf(changedDuringRebuild);
            changedDuringRebuild.clear();
            return ids;
        }

        @Override
        public void finished(RuntimeException failure, int caughtUp) {
            collecting = false;
            changedDuringRebuild.clear();
            finishedAt = Instant.now();
            if (failure != null) {
                state = "FAILED";
                error = String.valueOf(failure.getMessage());
                LOG.log(Level.WARNING, "Search re-index failed", failure);
            } else {
                total.set(done.get()); // records added or deleted while it ran
                state = "DONE";
                LOG.info(() -> "Search re-index done: " + done.get() + " documents in "
                        + java.time.Duration.between(startedAt, finishedAt).toMillis() + " ms, " + caughtUp
                        + " written again after changes during the rebuild");
            }
        }
    }
}
