package vn.congvan.application.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.Problem;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.audit.AuditAction;
import vn.congvan.domain.model.exchange.OutboxEntry;
import vn.congvan.domain.model.exchange.StatusLogEntry;
import vn.congvan.domain.model.outgoing.OutgoingDocument;
import vn.congvan.domain.model.outgoing.Recipient;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Where an outgoing document's packages are (staff of the agency), and the outbox (administrator). */
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
        return new DeliveryView(d.id(), Packages.documentId(d), recipients, history, notExchanged);
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
