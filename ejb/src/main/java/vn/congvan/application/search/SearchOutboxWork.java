package vn.congvan.application.search;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import vn.congvan.domain.model.search.SearchRecord;
import vn.congvan.infrastructure.search.JdbcSearchOutbox;
import vn.congvan.infrastructure.search.SearchBackend;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One batch of the search outbox, in its own transaction: the named search rows are written to the index
 * (a row deleted meanwhile is removed from it) and, once the index has them, their outbox rows are deleted.
 * A crash in between leaves the outbox rows, and the batch is written again: writing a row is idempotent.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SearchOutboxWork {

    /**
     * On Elasticsearch/OpenSearch, {@code write-sync} (the default: the write acknowledged, in the server's translog)
     * is as durable as {@code read-sync}, but leaves a change invisible to searches until the index's next refresh
     * (every second, or later on an idle index): a deleted file's text would still be found just after. There a batch
     * waits for the refresh too ({@code read-sync}), so that a change is found as soon as its batch is written, as on
     * Lucene. {@code -Dcongvan.search.sync=async} or {@code read-sync} are kept as they are.
     */
    static final boolean REFRESH_AFTER_WRITE = SearchBackend.elasticsearch()
            && "write-sync".equals(System.getProperty("congvan.search.sync", "write-sync").strip()); // as persistence.xml

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/CongVanDS")
    private DataSource dataSource;

    @EJB
    private SearchIndexAdmin admin;

    /** Writes up to {@code limit} outbox rows to the index; returns how many it took (0: the outbox is empty). */
    public int indexNext(int limit) {
        try (Connection c = dataSource.getConnection()) {
            List<JdbcSearchOutbox.Entry> entries = JdbcSearchOutbox.next(c, limit);
            if (entries.isEmpty()) {
                return 0;
            }
            Set<Long> ids = entries.stream().map(JdbcSearchOutbox.Entry::recordId).collect(Collectors.toSet());
            admin.writing(ids); // before the index write: a rebuild running now writes them again after its bulk pass
            // the index first (and, with write-sync, on disk): only then may the outbox rows go
            writeToIndex(em, ids);
            JdbcSearchOutbox.delete(c, entries);
            return entries.size();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the search outbox", e);
        }
    }

    /**
     * Writes the rows to the index with "add or update" (every copy in the index replaced by the current
     * row), or removes them from it when they no longer exist; returns once the index has them.
     */
    static void writeToIndex(EntityManager em, Collection<Long> ids) {
        Map<Long, SearchRecord> records = em.createQuery("SELECT DISTINCT r FROM SearchRecord r"
                        + " LEFT JOIN FETCH r.viewerDepartments WHERE r.id IN :ids", SearchRecord.class)
                // one row per viewer department comes back from the fetch join: the same record more than once
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(SearchRecord::id, Function.identity(), (a, b) -> a));
        SearchSession session = Search.session(em);
        if (REFRESH_AFTER_WRITE) {
            session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.readSync());
        }
        SearchIndexingPlan plan = session.indexingPlan();
        for (Long id : ids) {
            SearchRecord r = records.get(id);
            if (r != null) {
                plan.addOrUpdate(r);
            } else {
                plan.purge(SearchRecord.class, id, null);
            }
        }
        plan.execute();
    }

    public JdbcSearchOutbox.Backlog backlog() {
        try (Connection c = dataSource.getConnection()) {
            return JdbcSearchOutbox.backlog(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a search row to the outbox in the caller's transaction. */
    static void add(DataSource dataSource, long recordId) {
        try (Connection c = dataSource.getConnection()) {
            JdbcSearchOutbox.add(c, recordId, Instant.now());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the search outbox", e);
        }
    }
}
