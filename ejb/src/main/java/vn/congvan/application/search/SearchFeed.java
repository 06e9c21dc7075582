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
}
