package vn.congvan.application.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.CommandValidator;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.registration.PdfUploadCheck;
import vn.congvan.application.registration.UploadedFile;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.attachment.StoredFile;
import vn.congvan.domain.model.audit.AuditAction;
import vn.congvan.domain.model.exchange.OutboxEntry;
import vn.congvan.domain.model.exchange.StatusLogEntry;
import vn.congvan.domain.model.outgoing.OutgoingDocument;
import vn.congvan.domain.model.outgoing.OutgoingStatus;
import vn.congvan.domain.model.outgoing.Recipient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where an outgoing document's packages are (staff of the agency), updates and replacements of a document
 * already sent (the clerk), and the outbox (administrator).
 */
@Stateless
public class DeliveryService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditService audit;

    @EJB
    private ExchangeWorker worker;

    @Inject
    private CommandValidator validator;

    @Inject
    private ContentStore contentStore;

    @Inject
    private Event<ExchangeOutbox.ChangeQueued> changes;

    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public DeliveryView deliveries(long outgoingDocumentId) {
        User me = users.current();
        OutgoingDocument d = em.find(OutgoingDocument.class, outgoingDocumentId);
        if (d == null || !d.agency().id().equals(me.agency().id()) || !me.clearance().covers(d.secrecy())) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "outgoing.notFound");
        }
        List<OutboxEntry> rows = em.createQuery("SELECT e FROM OutboxEntry e WHERE e.outgoingDocumentId = :d ORDER BY e.id",
                OutboxEntry.class).setParameter("d", d.id()).getResultList();
        Map<String, OutboxEntry> recalls = new HashMap<>();
        rows.stream().filter(e -> e.kind() == OutboxEntry.Kind.RECALL).forEach(e -> recalls.put(e.organId(), e));
        List<DeliveryView.Recipient> recipients = rows.stream().filter(e -> e.kind() == OutboxEntry.Kind.DOCUMENT)
                .map(e -> DeliveryView.Recipient.of(e, recalls.get(e.organId()))).toList();
        List<DeliveryView.StatusEntry> history = em.createQuery(
                        "SELECT s FROM StatusLogEntry s WHERE s.outgoingDocumentId = :d ORDER BY s.statusAt, s.id",
                        StatusLogEntry.class).setParameter("d", d.id()).getResultStream()
                .map(DeliveryView.StatusEntry::of).toList();
        Set<String> queued = rows.stream().map(OutboxEntry::organId).collect(Collectors.toSet());
        List<String> notExchanged = d.recipients().stream()
                .filter(r -> r.kind() == Recipient.Kind.EXTERNAL && (r.organId() == null || !queued.contains(r.organId().strip())))
                .map(Recipient::name).toList();
        List<DeliveryView.Change> changes = rows.stream()
                .filter(e -> e.kind() == OutboxEntry.Kind.UPDATE || e.kind() == OutboxEntry.Kind.REPLACE)
                .map(DeliveryView.Change::of).toList();
        return new DeliveryView(d.id(), Packages.documentId(d), recipients, history, notExchanged, changes);
    }

    /**
     * Sends an update (BussinessDocType 2: the corrected subject) of an issued document to every agency it
     * was sent to. The outgoing record itself keeps its registered subject; the correction is in its action
     * log and in its exchange history.
     */
    @RolesAllowed(Role.Names.CLERK)
    public DeliveryView sendUpdate(long outgoingDocumentId, ChangeCommand command) {
        ChangeCommand c = command == null ? new ChangeCommand(null, null) : command;
        validator.check(c);
        if (c.subject() == null || c.subject().isBlank()) {
            throw ApplicationProblemException.invalid(FieldError.of("subject", "exchange.change.subjectRequired"));
        }
        User me = users.current();
        OutgoingDocument d = changeable(me, outgoingDocumentId);
        if (c.subject().strip().equals(d.subject())) {
            throw ApplicationProblemException.invalid(FieldError.of("subject", "exchange.change.subjectUnchanged"));
        }
        queue(me, d, OutboxEntry.Kind.UPDATE, c.reason().strip(), c.subject().strip(), null, null);
        audit.recordOn(AuditAction.UPDATED, AuditService.OUTGOING, d.id(), null,
                "Gửi cập nhật liên thông: trích yếu \"" + c.subject().strip() + "\"; lý do: " + c.reason().strip());
        return deliveries(d.id());
    }

    /**
     * Sends a replacement (BussinessDocType 3: a new PDF) of an issued document to every agency it was sent
     * to. The file is kept in the content store for the packages; the outgoing record keeps its files.
     */
    @RolesAllowed(Role.Names.CLERK)
    public DeliveryView sendReplacement(long outgoingDocumentId, String reason, UploadedFile file) {
        ChangeCommand c = new ChangeCommand(null, reason);
        validator.check(c);
        if (file == null) {
            throw ApplicationProblemException.invalid(FieldError.of("file", "validation.file.required"));
        }
        PdfUploadCheck.inspect(file);
        User me = users.current();
        OutgoingDocument d = changeable(me, outgoingDocumentId);
        StoredFile stored;
        try {
            stored = contentStore.commit(file.staged());
        } catch (IOException e) {
            throw new UncheckedIOException("Content store failed", e);
        }
        String name = PdfUploadCheck.safeFileName(file.fileName());
        // the replacement must not undo an update sent before it: it carries the last corrected subject
        String corrected = em.createQuery("SELECT e.subject FROM OutboxEntry e WHERE e.outgoingDocumentId = :d"
                        + " AND e.kind = :k ORDER BY e.id DESC", String.class)
                .setParameter("d", d.id()).setParameter("k", OutboxEntry.Kind.UPDATE).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        queue(me, d, OutboxEntry.Kind.REPLACE, reason.strip(), corrected, stored.sha256(), name);
        audit.recordOn(AuditAction.UPDATED, AuditService.OUTGOING, d.id(), null,
                "Gửi thay thế liên thông: " + name + "; lý do: " + reason.strip());
        return deliveries(d.id());
    }

    /** An issued document of the caller's agency, not recalled, already sent by edXML. */
    private OutgoingDocument changeable(User me, long id) {
        OutgoingDocument d = em.find(OutgoingDocument.class, id);
        if (d == null || !d.agency().id().equals(me.agency().id()) || !me.clearance().covers(d.secrecy())) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "outgoing.notFound");
        }
        em.lock(d, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(d);
        if (d.status() == OutgoingStatus.WITHDRAWN) {
            throw new ApplicationProblemException(Problem.CONFLICT, "outgoing.alreadyWithdrawn", d.numberAndNotation());
        }
        if (sent(d.id()).isEmpty()) {
            throw new ApplicationProblemException(Problem.CONFLICT, "exchange.change.notSent", d.numberAndNotation());
        }
        return d;
    }

    private List<OutboxEntry> sent(long outgoingDocumentId) {
        return em.createQuery("SELECT e FROM OutboxEntry e WHERE e.outgoingDocumentId = :d AND e.kind = :k ORDER BY e.id",
                OutboxEntry.class).setParameter("d", outgoingDocumentId).setParameter("k", OutboxEntry.Kind.DOCUMENT)
                .getResultList();
    }

    private void queue(User me, OutgoingDocument d, OutboxEntry.Kind kind, String reason, String subject, String sha256,
                       String fileName) {
        Instant now = Instant.now();
        for (OutboxEntry e : sent(d.id())) {
            em.persist(OutboxEntry.change(kind, d.agency().id(), d.id(), e.organId(), e.recipientName(),
                    e.edxmlDocumentId(), reason, me.fullName(), subject, sha256, fileName, now));
        }
        em.flush();
        changes.fire(new ExchangeOutbox.ChangeQueued(d.id()));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<OutboxView> outbox(String state) {
        User me = users.current();
        OutboxEntry.State s = null;
        if (state != null && !state.isBlank()) {
            try {
                s = OutboxEntry.State.valueOf(state.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ApplicationProblemException(Problem.BAD_REQUEST, "exchange.received.stateUnknown", state);
            }
        }
        return em.createQuery("SELECT e FROM OutboxEntry e WHERE e.agencyId = :a AND (:s IS NULL OR e.state = :s)"
                        + " ORDER BY e.id DESC", OutboxEntry.class)
                .setParameter("a", me.agency().id()).setParameter("s", s).setMaxResults(500).getResultStream()
                .map(OutboxView::of).toList();
    }

    /** Sends a package again now (a FAILED one after the cause is fixed, or a PENDING one without waiting). */
    @RolesAllowed(Role.Names.ADMIN)
    public OutboxView retry(long id) {
        OutboxEntry e = em.find(OutboxEntry.class, id);
        if (e == null || e.agencyId() != users.current().agency().id()) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "exchange.outbox.notFound");
        }
        if (e.state() == OutboxEntry.State.DELIVERED) {
            throw new ApplicationProblemException(Problem.CONFLICT, "exchange.outbox.delivered");
        }
        e.retryNow(Instant.now());
        audit.recordAdmin(AuditAction.UPDATED, "EXCHANGE_OUTBOX", id, "retry");
        return OutboxView.of(e);
    }
}
