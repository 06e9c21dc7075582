package vn.congvan.application.search;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.congvan.domain.model.attachment.Attachment;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.search.SearchRecord;
import vn.congvan.infrastructure.extraction.Extraction;
import vn.congvan.infrastructure.extraction.ExtractionException;
import vn.congvan.infrastructure.extraction.JdbcExtractionQueue;

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

    /** The file of a job: where its verified bytes are, and its name. */
    public record JobFile(Path path, String fileName, long documentId) {
    }

    public Optional<JdbcExtractionQueue.Job> claim(String worker) {
        try (Connection c = dataSource.getConnection()) {
            return JdbcExtractionQueue.claim(c, worker, Instant.now(), SearchSettings.lease());
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

    public JobFile file(long attachmentId) throws IOException {
        Attachment a = em.find(Attachment.class, attachmentId);
        return new JobFile(contentStore.verifiedPath(a.sha256()), a.fileName(), a.document().id());
    }

    public void done(JdbcExtractionQueue.Job job, long documentId, Extraction e, long durationMs) {
        try (Connection c = dataSource.getConnection()) {
            JdbcExtractionQueue.done(c, job.id(), e, Instant.now(), durationMs);
            refreshText(c, documentId);
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public void failed(JdbcExtractionQueue.Job job, long documentId, ExtractionException e, long durationMs) {
        try (Connection c = dataSource.getConnection()) {
            if (JdbcExtractionQueue.failed(c, job.id(), job.attempts(), e.retryable(),
                    e.reason() + ": " + e.getMessage(), Instant.now(), durationMs)) {
                refreshText(c, documentId);
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

    /** The search row takes the texts of all the document's files; locked, as two files may finish at once. */
    private void refreshText(Connection c, long documentId) throws SQLException {
        JdbcExtractionQueue.DocumentTexts texts = JdbcExtractionQueue.textsOfIncoming(c, documentId);
        em.createQuery("SELECT r FROM SearchRecord r WHERE r.kind = :kind AND r.documentId = :id", SearchRecord.class)
                .setParameter("kind", SearchRecord.KIND_INCOMING).setParameter("id", documentId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .ifPresent(r -> r.text(texts.texts(), texts.complete()));
    }
}
