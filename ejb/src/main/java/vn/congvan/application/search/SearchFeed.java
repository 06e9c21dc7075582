package vn.congvan.application.search;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.events.IncomingStatusChanged;
import vn.congvan.application.events.OutgoingIssued;
import vn.congvan.application.events.OutgoingRecalled;
import vn.congvan.domain.model.attachment.Attachment;
import vn.congvan.domain.model.incoming.IncomingDocument;
import vn.congvan.domain.model.outgoing.OutgoingAttachment;
import vn.congvan.domain.model.outgoing.OutgoingDocument;
import vn.congvan.domain.model.search.SearchRecord;
import vn.congvan.infrastructure.extraction.JdbcExtractionQueue;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Keeps the search rows in step with the documents, in the transaction of the change: a registered
 * incoming or issued outgoing document gets its {@link SearchRecord} and one extraction job per file (its
 * text follows when the worker has read it); a recall or a status change updates the row. Every change
 * also goes to the search outbox in the same transaction, and the index is written right after the
 * commit ({@link SearchOutboxWorker}): the registering transaction never waits for the index, and a
 * committed change is never lost, even if the server dies before the index has it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SearchFeed {

    private static final Logger LOG = Logger.getLogger(SearchFeed.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/CongVanDS")
    private DataSource dataSource;

    @Inject
    private Event<SearchIndexRequested> indexRequests;

    public void incomingRegistered(IncomingDocument d) {
        SearchRecord r = SearchRecord.ofIncoming(d);
        em.persist(r); // inserted at once (identity key); the document's files were inserted on persist too
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            for (Attachment a : d.attachments()) {
                JdbcExtractionQueue.enqueue(c, a.id(), now);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not queue text extraction", e);
        }
        changed(r);
    }

    /** An incoming document's subject or signer changed (edXML update or replace from its issuer). */
    public void incomingMetadataChanged(IncomingDocument d) {
        em.flush();
        record(SearchRecord.KIND_INCOMING, d.id()).ifPresent(r -> {
            r.incomingMetadata(d);
            changed(r);
        });
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
            record(SearchRecord.KIND_INCOMING, documentId).ifPresent(r -> {
                r.text(texts.texts(), texts.complete());
                changed(r);
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the search row", e);
        }
    }

    /**
     * An incoming document moved on (routing): its status, and who may see it — handed to another
     * department, parts given to people and departments (directing and re-assigning both send status 04)
     * — in the index.
     */
    public void incomingStatusChanged(@Observes IncomingStatusChanged e) {
        IncomingDocument d = em.find(IncomingDocument.class, e.incomingDocumentId());
        Optional<SearchRecord> row = record(SearchRecord.KIND_INCOMING, e.incomingDocumentId());
        if (d == null || row.isEmpty()) {
            return;
        }
        SearchRecord r = row.get();
        try {
            r.incomingStatus(e.statusCode());
        } catch (IllegalArgumentException unknown) {
            LOG.warning(() -> "Search: unknown status code " + e.statusCode() + " of incoming " + d.id());
        }
        r.incomingAccess(d);
        Set<Long> people = new HashSet<>();
        Set<Long> departments = new HashSet<>();
        for (Object[] a : em.createQuery("SELECT u.id, a.department.id FROM Assignment a LEFT JOIN a.assignee u WHERE a.document.id = :d",
                Object[].class).setParameter("d", d.id()).getResultList()) {
            if (a[0] != null) {
                people.add((Long) a[0]);
            }
            departments.add((Long) a[1]);
        }
        r.routingAccess(people, departments);
        changed(r);
    }

    /** An outgoing document was issued: its search row, and its files queued for extraction. */
    public void outgoingIssued(@Observes OutgoingIssued e) {
        OutgoingDocument d = em.find(OutgoingDocument.class, e.outgoingDocumentId());
        if (d == null || record(SearchRecord.KIND_OUTGOING, d.id()).isPresent()) {
            return;
        }
        em.flush();
        SearchRecord r = SearchRecord.ofOutgoing(d);
        em.persist(r);
        em.flush();
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            for (OutgoingAttachment a : d.attachments()) {
                JdbcExtractionQueue.enqueueOutgoing(c, a.id(), now);
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not queue text extraction", ex);
        }
        changed(r);
    }

    /** An outgoing document was recalled: still found, marked WITHDRAWN. */
    public void outgoingRecalled(@Observes OutgoingRecalled e) {
        OutgoingDocument d = em.find(OutgoingDocument.class, e.outgoingDocumentId());
        if (d == null) {
            return;
        }
        record(SearchRecord.KIND_OUTGOING, d.id()).ifPresent(r -> {
            r.outgoingStatus(d);
            changed(r);
        });
    }

    /** The search row of a document, locked: two changes (two files extracted at once) may meet. */
    private Optional<SearchRecord> record(String kind, long documentId) {
        return em.createQuery("SELECT r FROM SearchRecord r WHERE r.kind = :kind AND r.documentId = :id", SearchRecord.class)
                .setParameter("kind", kind).setParameter("id", documentId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The row goes to the search outbox with this transaction, and to the index right after its commit. */
    private void changed(SearchRecord r) {
        em.flush();
        SearchOutboxWork.add(dataSource, r.id());
        indexRequests.fire(new SearchIndexRequested());
    }
}
