package vn.congvan.application.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import vn.congvan.domain.model.search.SearchRecord;

import java.util.List;

/**
 * The work of a full re-index, batch by batch, each batch in its own transaction. Every record is
 * written with "add or update" (delete by id, then add), never a plain add as Hibernate Search's mass
 * indexer does: a document that is indexed concurrently — its text extracted while the rebuild runs —
 * is then replaced, never indexed twice.
 */
@Stateless
public class SearchReindexer {

    /** Records read, indexed and committed together. */
    static final int BATCH = 200;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SearchReindexer self;

    /** Runs the whole rebuild in the background, reporting to {@code progress}. Internal: not exposed. */
    @Asynchronous
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void rebuild(Progress progress) {
        try {
            progress.started(self.count());
            self.purge();
            long after = 0;
            while (true) {
                List<Long> ids = self.nextIds(after);
                if (ids.isEmpty()) {
                    break;
                }
                progress.indexed(self.index(ids));
                after = ids.get(ids.size() - 1);
            }
            progress.finished(null);
        } catch (RuntimeException e) {
            progress.finished(e);
        }
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long count() {
        return em.createQuery("SELECT COUNT(r) FROM SearchRecord r", Long.class).getSingleResult();
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void purge() {
        Search.session(em).workspace(SearchRecord.class).purge();
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> nextIds(long after) {
        return em.createQuery("SELECT r.id FROM SearchRecord r WHERE r.id > :after ORDER BY r.id", Long.class)
                .setParameter("after", after).setMaxResults(BATCH).getResultList();
    }

    /** Indexes the records (those deleted meanwhile are skipped); returns how many. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int index(List<Long> ids) {
        List<SearchRecord> records = em.createQuery("SELECT DISTINCT r FROM SearchRecord r LEFT JOIN FETCH r.viewerDepartments"
                        + " WHERE r.id IN :ids", SearchRecord.class)
                .setParameter("ids", ids).getResultList();
        SearchSession session = Search.session(em);
        for (SearchRecord r : records) {
            session.indexingPlan().addOrUpdate(r);
        }
        return records.size();
    }

    /** What the administrator's status page shows while a rebuild runs. */
    public interface Progress {
        void started(long total);

        void indexed(long count);

        /** @param failure null when the rebuild completed */
        void finished(RuntimeException failure);
    }
}
