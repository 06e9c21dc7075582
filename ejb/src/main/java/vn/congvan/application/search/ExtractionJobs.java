package vn.congvan.application.search;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.search.SearchRecord;
import vn.congvan.infrastructure.extraction.Extraction;
import vn.congvan.infrastructure.extraction.ExtractionException;
import vn.congvan.infrastructure.extraction.JdbcExtractionQueue;
import vn.congvan.infrastructure.search.JdbcSearchOutbox;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The extraction worker's transactions, each short and on its own: claim a job, read where its file
 * is, and record the outcome together with the document's search row (so the index gets the text when
 * that transaction commits). The extraction itself runs between them, outside any transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExtractionJobs {

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/CongVanDS")
    private DataSource dataSource;

    @Inject
    private ContentStore contentStore;

    @Inject
    private Event<SearchIndexRequested> indexRequests;

    /** The file of a job: where its verified bytes are, its name, and its document (incoming or outgoing). */
    public record JobFile(Path path, String fileName, String kind, long documentId) {
    }

    /** A claimed job and where its file is ({@code file} null: the file's row is gone). */
    public record Claimed(JdbcExtractionQueue.Job job, JdbcExtractionQueue.FileOfJob file) {
    }

    /** The next due job, claimed, with where its file is: one transaction, no entities loaded. */
    public Optional<Claimed> claim(String worker) {
        try (Connection c = dataSource.getConnection()) {
            Optional<JdbcExtractionQueue.Job> job = JdbcExtractionQueue.claim(c, worker, Instant.now(), SearchSettings.lease());
            return job.isEmpty() ? Optional.empty() : Optional.of(new Claimed(job.get(), JdbcExtractionQueue.fileOf(c, job.get())));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int releaseWorker(String worker) {
        try (Connection c = dataSource.getConnection()) {
            return JdbcExtractionQueue.releaseWorker(c, worker);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The file of a claimed job, its bytes checked against their address; outside any transaction (nothing is
     * read from the database here).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobFile file(Claimed claimed) throws IOException {
        JdbcExtractionQueue.FileOfJob f = claimed.file();
        if (f == null) {
            throw new IllegalStateException("The file of extraction job " + claimed.job().id() + " is gone");
        }
        return new JobFile(contentStore.verifiedPath(f.sha256()), f.fileName(),
                claimed.job().outgoing() ? SearchRecord.KIND_OUTGOING : SearchRecord.KIND_INCOMING, f.documentId());
    }

    public void done(JdbcExtractionQueue.Job job, long documentId, Extraction e, long durationMs) {
        try (Connection c = dataSource.getConnection()) {
            JdbcExtractionQueue.done(c, job.id(), e, Instant.now(), durationMs);
            refreshText(c, job.outgoing(), documentId);
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public void failed(JdbcExtractionQueue.Job job, long documentId, ExtractionException e, long durationMs) {
        try (Connection c = dataSource.getConnection()) {
            if (JdbcExtractionQueue.failed(c, job.id(), job.attempts(), e.retryable(),
                    e.reason() + ": " + e.getMessage(), Instant.now(), durationMs) && documentId >= 0) {
                refreshText(c, job.outgoing(), documentId);
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public Map<String, Long> counts() {
        try (Connection c = dataSource.getConnection()) {
            return JdbcExtractionQueue.counts(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The search row takes the texts of all the document's files (locked, as two files may finish at once)
     * and goes to the search outbox: the index has the text right after this transaction commits.
     */
    private void refreshText(Connection c, boolean outgoing, long documentId) throws SQLException {
        JdbcExtractionQueue.DocumentTexts texts = outgoing ? JdbcExtractionQueue.textsOfOutgoing(c, documentId)
                : JdbcExtractionQueue.textsOfIncoming(c, documentId);
        var row = em.createQuery("SELECT r FROM SearchRecord r WHERE r.kind = :kind AND r.documentId = :id",
                        SearchRecord.class)
                .setParameter("kind", outgoing ? SearchRecord.KIND_OUTGOING : SearchRecord.KIND_INCOMING)
                .setParameter("id", documentId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (row.isPresent()) {
            row.get().text(texts.texts(), texts.complete());
            em.flush();
            JdbcSearchOutbox.add(c, row.get().id(), Instant.now());
            indexRequests.fire(new SearchIndexRequested());
        }
    }
}
