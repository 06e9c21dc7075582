package vn.congvan.application.drafting;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.Problem;
import vn.congvan.application.common.VietnamTime;
import vn.congvan.application.events.NotificationKind;
import vn.congvan.application.events.NotificationRequested;
import vn.congvan.application.events.OutgoingRecalled;
import vn.congvan.application.search.SearchFeed;
import vn.congvan.domain.model.agency.Clearance;
import vn.congvan.domain.model.agency.Department;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.attachment.Attachment;
import vn.congvan.domain.model.attachment.StoredFile;
import vn.congvan.domain.model.audit.AuditAction;
import vn.congvan.domain.model.document.DocumentKind;
import vn.congvan.domain.model.incoming.IncomingDetails;
import vn.congvan.domain.model.incoming.IncomingDocument;
import vn.congvan.domain.model.incoming.ReceiveMethod;
import vn.congvan.domain.model.outgoing.OutgoingAttachment;
import vn.congvan.domain.model.outgoing.OutgoingDocument;
import vn.congvan.domain.model.outgoing.Recipient;
import vn.congvan.domain.model.register.Register;
import vn.congvan.domain.model.register.RegisterClosedException;
import vn.congvan.domain.model.register.RegisterKind;
import vn.congvan.domain.model.register.RegisterSeries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Internal recipients (nơi nhận nội bộ) of an issued document receive it as an incoming document: one copy
 * per recipient department, registered in the agency's incoming register for internal documents (series
 * INTERNAL, opened on first use; the secret incoming register for a secret document), receive method
 * INTERNAL, handed to that department and visible to it. When the outgoing document is recalled, the
 * copies are frozen with the reason, in the same transaction, and their departments are told.
 */
@ApplicationScoped
public class InternalDistribution {

    private static final Logger LOG = Logger.getLogger(InternalDistribution.class.getName());
    static final String INTERNAL_REGISTER_CODE = "NB";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SearchFeed searchFeed;

    @EJB
    private AuditService audit;

    @Inject
    private Event<NotificationRequested> notifications;

    /** Called by the issue step inside its transaction, after the outgoing document is written. */
    List<IncomingDocument> distribute(OutgoingDocument out, User clerk) {
        List<Department> departments = new ArrayList<>();
        for (Recipient r : out.recipients()) {
            if (r.kind() == Recipient.Kind.INTERNAL && r.departmentId() != null) {
                Department d = em.find(Department.class, r.departmentId());
                if (d != null && departments.stream().noneMatch(x -> x.id().equals(d.id()))) {
                    departments.add(d);
                }
            }
        }
        if (departments.isEmpty()) {
            return List.of();
        }
        LocalDate today = VietnamTime.today();
        Register register = internalRegister(clerk, out.secrecy(), today.getYear());
        em.refresh(register, LockModeType.PESSIMISTIC_WRITE);
        String toPlaces = out.recipients().stream().map(Recipient::name).collect(Collectors.joining("; "));
        IncomingDetails details = new IncomingDetails(ReceiveMethod.INTERNAL, out.agency().name(), out.agency().code(),
                out.codeNumber(), out.codeNotation(), out.issuedDate(), out.subject(), out.signerFullName(),
                out.signerPosition(), out.pageAmount(), out.priority(), out.secrecy(), out.dueDate(), out.description(),
                out.language(), toPlaces.length() > 2000 ? toPlaces.substring(0, 2000) : toPlaces);
        List<IncomingDocument> copies = new ArrayList<>();
        for (Department dep : departments) {
            IncomingDocument doc;
            try {
                doc = IncomingDocument.register(register, today, Instant.now(), details, out.documentType(), dep, clerk);
            } catch (RegisterClosedException e) {
                throw new ApplicationProblemException(Problem.CONFLICT, "register.closed", register.name());
            }
            doc.copyOf(out.id());
            em.persist(doc);
            for (OutgoingAttachment oa : out.attachments()) {
                Attachment a = new Attachment(doc, new StoredFile(oa.sha256(), oa.sizeBytes()), oa.fileName(),
                        oa.contentType(), oa.pageCount(), clerk);
                a.recordSignatureCheck(oa.signatureCount(), oa.signatureStatus(), oa.signatureSummary(), oa.signatureReport());
                doc.addAttachment(a);
                em.persist(a);
            }
            em.flush();
            searchFeed.incomingRegistered(doc);
            audit.record(AuditAction.REGISTERED, doc, null, register.code() + "/" + register.year() + " #"
                    + doc.arrivalNumber() + " ← " + out.numberAndNotation());
            copies.add(doc);
            Set<Long> members = members(dep, out.secrecy());
            if (!members.isEmpty()) {
                notifications.fire(new NotificationRequested(out.agency().id(), members, NotificationKind.RECEIVED,
                        DocumentKind.INCOMING, doc.id(), out.numberAndNotation() + ": " + out.subject(), null,
                        clerk.id(), out.priority().urgent()));
            }
        }
        LOG.info(() -> out.numberAndNotation() + " distributed to " + departments.size() + " internal department(s)");
        return copies;
    }

    /** A recall freezes the internal copies (whoever recalled: the drafting workflow or the outgoing register). */
    void recalled(@Observes(during = TransactionPhase.IN_PROGRESS) OutgoingRecalled e) {
        List<IncomingDocument> copies = em.createQuery("SELECT d FROM IncomingDocument d WHERE d.sourceOutgoingId = :id",
                IncomingDocument.class).setParameter("id", e.outgoingDocumentId()).getResultList();
        Instant now = Instant.now();
        for (IncomingDocument c : copies) {
            c.recall(e.reason(), now);
            Set<Long> members = c.recipientDepartment() == null ? Set.of() : members(c.recipientDepartment(), c.secrecy());
            if (!members.isEmpty()) {
                notifications.fire(new NotificationRequested(e.agencyId(), members, NotificationKind.RECALLED,
                        DocumentKind.INCOMING, c.id(), c.numberAndNotation() + ": " + c.subject(), e.reason(), null,
                        c.priority().urgent()));
            }
        }
        em.flush();
    }

    private Set<Long> members(Department dep, Clearance secrecy) {
        return em.createQuery("SELECT u FROM User u WHERE u.department = :d AND u.active = true", User.class)
                .setParameter("d", dep).getResultStream().filter(u -> u.clearance().covers(secrecy))
                .map(User::id).collect(Collectors.toSet());
    }

    /** The incoming register of the year for internal documents (the secret one for a secret document). */
    private Register internalRegister(User clerk, Clearance secrecy, int year) {
        RegisterSeries series = secrecy == Clearance.NONE ? RegisterSeries.INTERNAL : RegisterSeries.SECRET;
        Register r = em.createQuery("SELECT r FROM Register r WHERE r.agency = :a AND r.year = :y AND r.kind = :k"
                        + " AND r.series = :s ORDER BY r.id", Register.class)
                .setParameter("a", clerk.agency()).setParameter("y", year).setParameter("k", RegisterKind.INCOMING)
                .setParameter("s", series).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (r == null && series == RegisterSeries.SECRET) {
            throw new ApplicationProblemException(Problem.CONFLICT, "drafting.noSecretIncomingRegister", year);
        }
        if (r == null) {
            r = new Register(clerk.agency(), year, RegisterKind.INCOMING, RegisterSeries.INTERNAL, INTERNAL_REGISTER_CODE,
                    "Sổ đăng ký văn bản đến nội bộ " + year);
            em.persist(r);
            em.flush();
        }
        return r;
    }
}
