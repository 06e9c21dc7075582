package vn.congvan.application.search;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.domain.model.attachment.Attachment;
import vn.congvan.domain.model.incoming.IncomingDocument;
import vn.congvan.domain.model.search.SearchRecord;
import vn.congvan.infrastructure.extraction.JdbcExtractionQueue;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Keeps the search rows in step with the documents, in the transaction of the change: a registered
 * document gets its {@link SearchRecord} (searchable by its metadata at once) and one extraction job
 * per file (its text follows when the worker has read it). A document never exists without them.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SearchFeed {

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/CongVanDS")
    private DataSource dataSource;

    public void incomingRegistered(IncomingDocument d) {
        em.persist(SearchRecord.ofIncoming(d));
        em.flush();
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            for (Attachment a : d.attachments()) {
                JdbcExtractionQueue.enqueue(c, a.id(), now);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not queue text extraction", e);
        }
    }

    /**
     * The files of an incoming document changed (a file or a new version added, a file deleted or
     * restored): a new file is queued for extraction, and the search row takes the texts of the files
     * the document now shows (the latest version of each, none that is deleted).
     */
    public void incomingFilesChanged(long documentId, Attachment added) {
        em.flush();
        try (Connection c = dataSource.getConnection()) {
            if (added != null) {
                JdbcExtractionQueue.enqueue(c, added.id(), Instant.now());
            }
            JdbcExtractionQueue.DocumentTexts texts = JdbcExtractionQueue.textsOfIncoming(c, documentId);
            em.createQuery("SELECT r FROM SearchRecord r WHERE r.kind = :kind AND r.documentId = :id", SearchRecord.class)
                    .setParameter("kind", SearchRecord.KIND_INCOMING).setParameter("id", documentId)
                    .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream().findFirst()
                    .ifPresent(r -> r.text(texts.texts(), texts.complete()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the search row", e);
        }
    }
}
