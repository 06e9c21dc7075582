package vn.congvan.application.exchange;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.w3c.dom.Document;
import vn.congvan.application.events.IncomingStatusChanged;
import vn.congvan.application.events.OutgoingIssued;
import vn.congvan.application.events.OutgoingRecalled;
import vn.congvan.domain.model.agency.Agency;
import vn.congvan.domain.model.agency.Clearance;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.exchange.ExchangePartner;
import vn.congvan.domain.model.exchange.OutboxEntry;
import vn.congvan.domain.model.exchange.ReceivedPackage;
import vn.congvan.domain.model.exchange.StatusLogEntry;
import vn.congvan.domain.model.outgoing.OutgoingDocument;
import vn.congvan.domain.model.outgoing.Recipient;
import vn.congvan.infrastructure.edxml.Edxml;
import vn.congvan.infrastructure.edxml.EdxmlWriter;
import vn.congvan.infrastructure.edxml.SecureXml;
import vn.congvan.infrastructure.edxml.XmlSignatures;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The exchange outbox: rows written in the transaction of the change that causes them (issuing, recalling,
 * a status change of a received document), then turned into signed packages and their delivery recorded
 * by {@link ExchangeWorker}.
 */
@Stateless
@PermitAll
public class ExchangeOutbox {

    private static final Logger LOG = Logger.getLogger(ExchangeOutbox.class.getName());
    /** Status codes that routing reports and we pass on (01–03 are sent by the inbox and the clerk's decision). */
    private static final Set<String> ROUTING_CODES = Set.of("04", "05", "06");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ExchangeKeys keys;

    @EJB
    private ExchangeWorker worker;

    @Inject
    private ContentStore contentStore;

    /** One DOCUMENT row per external recipient that has an edXML code; secret documents never leave. */
    public void issued(@Observes(during = TransactionPhase.IN_PROGRESS) OutgoingIssued e) {
        OutgoingDocument d = em.find(OutgoingDocument.class, e.outgoingDocumentId());
        if (d == null || d.secrecy() != Clearance.NONE) {
            return;
        }
        Instant now = Instant.now();
        Set<String> seen = new LinkedHashSet<>();
        for (Recipient r : d.recipients()) {
            if (r.kind() != Recipient.Kind.EXTERNAL || r.organId() == null || r.organId().isBlank()
                    || r.organId().strip().equals(d.agency().code()) || !seen.add(r.organId().strip())) {
                continue;
            }
            em.persist(OutboxEntry.document(d.agency().id(), d.id(), r.organId().strip(), r.name(),
                    Packages.documentId(d), now));
        }
        if (!seen.isEmpty()) {
            LOG.info(() -> "Queued edXML packages of outgoing " + d.numberAndNotation() + " to " + seen);
        }
    }

    /** A recall (BussinessDocType 1) to every agency the document was sent to. */
    public void recalled(@Observes(during = TransactionPhase.IN_PROGRESS) OutgoingRecalled e) {
        OutgoingDocument d = em.find(OutgoingDocument.class, e.outgoingDocumentId());
        if (d == null) {
            return;
        }
        Instant now = Instant.now();
        for (OutboxEntry sent : documents(d.id())) {
            em.persist(OutboxEntry.recall(d.agency().id(), d.id(), sent.organId(), sent.recipientName(),
                    sent.edxmlDocumentId(), e.reason(), d.withdrawnBy() == null ? null : d.withdrawnBy().fullName(), now));
        }
    }

    /** 04 assigned, 05 in progress, 06 done, for incoming documents that came by edXML. */
    public void statusChanged(@Observes(during = TransactionPhase.IN_PROGRESS) IncomingStatusChanged e) {
        if (!ROUTING_CODES.contains(e.statusCode())) {
            return;
        }
        List<ReceivedPackage> received = em.createQuery(
                        "SELECT r FROM ReceivedPackage r WHERE r.incomingDocumentId = :id", ReceivedPackage.class)
                .setParameter("id", e.incomingDocumentId()).getResultList();
        for (ReceivedPackage r : received) {
            queueStatus(r, e.statusCode(), e.comment(), e.staffName(), e.departmentName(), e.at());
        }
    }

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingIssued e) {
        worker.kick();
    }

    public void afterRecall(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingRecalled e) {
        worker.kick();
    }

    /** An update or a replacement was queued ({@link DeliveryService}): send it now. */
    public void afterChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeQueued e) {
        worker.kick();
    }

    /** Fired when UPDATE/REPLACE rows were written, so that the worker runs after the commit. */
    public record ChangeQueued(long outgoingDocumentId) {
    }

    public void afterStatus(@Observes(during = TransactionPhase.AFTER_SUCCESS) IncomingStatusChanged e) {
        if (ROUTING_CODES.contains(e.statusCode())) {
            worker.kick();
        }
    }

    /** Queues a status message to the sender of a received package (in the caller's transaction). */
    public void queueStatus(ReceivedPackage r, String code, String description, String staff, String department, Instant at) {
        em.persist(OutboxEntry.status(r.agency().id(), r.id(), r.fromOrganId(), r.fromName(), r.edxmlDocumentId(),
                code, description, staff, department, at == null ? Instant.now() : at));
    }

    List<OutboxEntry> documents(long outgoingDocumentId) {
        return em.createQuery("SELECT e FROM OutboxEntry e WHERE e.outgoingDocumentId = :d AND e.kind = :k ORDER BY e.id",
                        OutboxEntry.class)
                .setParameter("d", outgoingDocumentId).setParameter("k", OutboxEntry.Kind.DOCUMENT).getResultList();
    }

    /** Ids of the rows due now, oldest first. */
    public List<Long> due(Instant now, int max) {
        return em.createQuery("SELECT e.id FROM OutboxEntry e WHERE e.state = :s AND e.nextAttemptAt <= :now ORDER BY e.id",
                        Long.class)
                .setParameter("s", OutboxEntry.State.PENDING).setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** What the worker delivers: the endpoint and the signed package written to a temporary file. */
    public record Prepared(long id, String endpoint, Path file) {
    }

    /**
     * Builds and signs the package of a row. Null when the row cannot be sent (no longer due, or the
     * recipient is not in the directory or has no endpoint: then the row is FAILED with the reason).
     */
    public Prepared prepare(long id) {
        OutboxEntry e = em.find(OutboxEntry.class, id);
        if (e == null || e.state() != OutboxEntry.State.PENDING) {
            return null;
        }
        Agency own = em.find(Agency.class, e.agencyId());
        ExchangePartner partner = em.createQuery(
                        "SELECT p FROM ExchangePartner p WHERE p.agency = :a AND p.organId = :o", ExchangePartner.class)
                .setParameter("a", own).setParameter("o", e.organId()).getResultStream().findFirst().orElse(null);
        if (partner == null || !partner.active() || partner.endpoint() == null) {
            e.failed(Instant.now(), partner == null ? "the agency " + e.organId() + " is not in the exchange directory"
                            : !partner.active() ? "the agency " + e.organId() + " is inactive in the exchange directory"
                            : "the agency " + e.organId() + " has no endpoint in the exchange directory",
                    true, ExchangeConfig.retryBase(), ExchangeConfig.retryMax(), ExchangeConfig.maxAttempts());
            return null;
        }
        Instant now = Instant.now();
        Edxml p = switch (e.kind()) {
            case DOCUMENT, RECALL -> {
                OutgoingDocument d = em.find(OutgoingDocument.class, e.outgoingDocumentId());
                yield Packages.document(d, e.organId(), e.recipientName(), e.kind() == OutboxEntry.Kind.DOCUMENT ? 0 : 1,
                        e.description(), e.kind() == OutboxEntry.Kind.DOCUMENT ? d.registeredBy().fullName() : e.staffName(),
                        a -> {
                            try {
                                return contentStore.verifiedPath(a.sha256());
                            } catch (IOException x) {
                                throw new UncheckedIOException(x);
                            }
                        }, now);
            }
            case UPDATE, REPLACE -> {
                OutgoingDocument d = em.find(OutgoingDocument.class, e.outgoingDocumentId());
                Path file = null;
                if (e.kind() == OutboxEntry.Kind.REPLACE) {
                    try {
                        file = contentStore.verifiedPath(e.fileSha256());
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    }
                }
                yield Packages.change(d, e, file, now);
            }
            case STATUS -> Packages.status(own, em.find(ReceivedPackage.class, e.receivedPackageId()), e.statusCode(),
                    e.description(), e.staffName(), e.departmentName(), now);
        };
        ExchangeKeys.SigningKey key = keys.signingKey(own.id());
        Document dom = EdxmlWriter.toDom(p);
        XmlSignatures.sign(dom, key.privateKey(), key.certificate());
        try {
            Path file = Files.createTempFile("congvan-edxml-out-", ".edxml");
            try (OutputStream out = Files.newOutputStream(file)) {
                SecureXml.write(dom, out);
            }
            return new Prepared(id, partner.endpoint(), file);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /** Records the outcome of a delivery attempt. */
    public void record(long id, ExchangeTransport.Outcome outcome) {
        OutboxEntry e = em.find(OutboxEntry.class, id);
        if (e == null) {
            return;
        }
        Instant now = Instant.now();
        if (outcome.delivered()) {
            e.delivered(now);
        } else {
            e.failed(now, outcome.detail(), outcome.permanent(), ExchangeConfig.retryBase(), ExchangeConfig.retryMax(),
                    ExchangeConfig.maxAttempts());
            if (outcome.permanent() && (e.kind() == OutboxEntry.Kind.UPDATE || e.kind() == OutboxEntry.Kind.REPLACE)
                    && outcome.detail() != null && outcome.detail().startsWith("HTTP 409")) {
                refusedChange(e, outcome.detail(), now);
            }
        }
    }

    /**
     * The recipient refused an update or a replacement (409: it refused or recalled the document): recorded
     * as "16 refused a recall/update" in the document's status history, like a status message.
     */
    private void refusedChange(OutboxEntry change, String detail, Instant now) {
        String note = (change.kind() == OutboxEntry.Kind.UPDATE ? "Từ chối cập nhật / update refused: "
                : "Từ chối thay thế / replacement refused: ") + detail;
        String description = note.length() > 1000 ? note.substring(0, 1000) : note;
        for (OutboxEntry sent : documents(change.outgoingDocumentId())) {
            if (sent.organId().equals(change.organId())) {
                sent.recipientStatus("16", description, now);
            }
        }
        em.persist(new StatusLogEntry(change.agencyId(), change.outgoingDocumentId(), change.organId(), "16",
                description, null, now, now));
    }

    /** A row whose package could not even be built (a bug or a missing file): retried like a failed delivery. */
    public void broken(long id, String error) {
        record(id, ExchangeTransport.Outcome.retry(error));
    }
}
