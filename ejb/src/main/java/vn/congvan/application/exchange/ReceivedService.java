package vn.congvan.application.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.catalogue.DocumentTypeCatalogue;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.CommandValidator;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.common.VietnamTime;
import vn.congvan.application.registration.AttachmentContent;
import vn.congvan.application.registration.IncomingRegistrationService;
import vn.congvan.application.registration.IncomingView;
import vn.congvan.application.registration.RegisterIncomingCommand;
import vn.congvan.application.registration.UploadedFile;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.application.workqueue.WorkItem;
import vn.congvan.application.workqueue.WorkQueueSource;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.audit.AuditAction;
import vn.congvan.domain.model.document.DocumentKind;
import vn.congvan.domain.model.exchange.ReceivedFile;
import vn.congvan.domain.model.exchange.ReceivedPackage;
import vn.congvan.domain.model.incoming.Priority;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The clerk's queue of packages received electronically (văn bản điện tử đến): look, download, accept
 * (registered as incoming by the registration service, "03" back to the sender) or refuse with a reason
 * ("02" back). Also the clerk's share of the personal inbox (task ACCEPT_PACKAGE).
 */
@Stateless
@LocalBean
@Local(WorkQueueSource.class)
public class ReceivedService implements WorkQueueSource {

    static final String RECEIVED = "EXCHANGE_RECEIVED";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditService audit;

    @EJB
    private IncomingRegistrationService registration;

    @EJB
    private ExchangeOutbox outbox;

    @Inject
    private ContentStore contentStore;

    @Inject
    private CommandValidator validator;

    /** The agency's packages, newest first; {@code state} null for all. */
    @RolesAllowed(Role.Names.CLERK)
    public List<ReceivedView> list(String state) {
        User me = users.current();
        ReceivedPackage.State s = null;
        if (state != null && !state.isBlank()) {
            try {
                s = ReceivedPackage.State.valueOf(state.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ApplicationProblemException(Problem.BAD_REQUEST, "exchange.received.stateUnknown", state);
            }
        }
        return em.createQuery("SELECT r FROM ReceivedPackage r WHERE r.agency = :a AND (:s IS NULL OR r.state = :s)"
                        + " ORDER BY r.receivedAt DESC, r.id DESC", ReceivedPackage.class)
                .setParameter("a", me.agency()).setParameter("s", s).setMaxResults(500).getResultStream()
                .map(ReceivedView::of).toList();
    }

    @RolesAllowed(Role.Names.CLERK)
    public ReceivedView get(long id) {
        return ReceivedView.of(own(id, false));
    }

    @RolesAllowed(Role.Names.CLERK)
    public AttachmentContent file(long id, int index) {
        ReceivedPackage r = own(id, false);
        List<ReceivedFile> files = r.files();
        if (index < 0 || index >= files.size()) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "exchange.received.fileNotFound");
        }
        ReceivedFile f = files.get(index);
        try {
            audit.recordOn(AuditAction.DOWNLOADED, RECEIVED, r.id(), null, f.fileName());
            return new AttachmentContent(f.fileName(), f.contentType(), f.sizeBytes(), f.sha256(), contentStore.verifiedPath(f.sha256()));
        } catch (IOException e) {
            throw new ApplicationProblemException(Problem.SERVER_ERROR, "attachment.corrupt", f.fileName());
        }
    }

    @RolesAllowed(Role.Names.CLERK)
    public IncomingView accept(long id, AcceptCommand command) {
        AcceptCommand c = command == null ? new AcceptCommand(null, null, null) : command;
        validator.check(c);
        User me = users.current();
        ReceivedPackage r = own(id, true);
        requireOpen(r);
        String type = c.documentType() != null && !c.documentType().isBlank() ? c.documentType().strip() : typeCode(me, r);
        if (type == null) {
            throw ApplicationProblemException.invalid(FieldError.of("documentType", "exchange.received.typeUnknown", r.typeName()));
        }
        List<UploadedFile> files = new ArrayList<>();
        try {
            for (ReceivedFile f : r.files()) {
                if (isPdf(f)) {
                    try (InputStream in = contentStore.open(f.sha256())) {
                        files.add(new UploadedFile(f.fileName(), "application/pdf", contentStore.stage(in, Long.MAX_VALUE)));
                    }
                }
            }
        } catch (IOException e) {
            files.forEach(f -> f.staged().close());
            throw new UncheckedIOException(e);
        }
        String codeNumber = r.codeNumber() != null && r.codeNumber().length() > 20 ? r.codeNumber().substring(0, 20) : r.codeNumber();
        RegisterIncomingCommand reg = new RegisterIncomingCommand(c.registerId(), r.fromName(), r.fromOrganId(),
                codeNumber, r.codeNotation(), type, r.promulgationDate(), r.subject(), r.signerFullName(),
                r.signerPosition(), null, Math.min(4, Math.max(0, r.priority())), null,
                r.dueDate() != null && !r.dueDate().isBefore(VietnamTime.today()) ? r.dueDate() : null,
                c.recipientDepartmentId(), "EDXML", "edXML " + r.edxmlDocumentId(), null,
                r.toPlaces() == null ? null : r.toPlaces().length() > 2000 ? r.toPlaces().substring(0, 2000) : r.toPlaces());
        IncomingView view;
        try {
            view = registration.registerReceived(reg, files);
        } finally {
            files.forEach(f -> f.staged().close());
        }
        Instant now = Instant.now();
        r.accepted(view.id(), me, now);
        outbox.queueStatus(r, "03", "Đã tiếp nhận, số đến " + view.arrivalNumber(), me.fullName(),
                me.department() == null ? null : me.department().name(), now);
        audit.recordOn(AuditAction.REGISTERED, RECEIVED, r.id(), null, "accepted as incoming #" + view.id());
        return view;
    }

    @RolesAllowed(Role.Names.CLERK)
    public ReceivedView refuse(long id, RefuseCommand command) {
        RefuseCommand c = command == null ? new RefuseCommand(null) : command;
        validator.check(c);
        User me = users.current();
        ReceivedPackage r = own(id, true);
        requireOpen(r);
        Instant now = Instant.now();
        r.refused(c.reason().strip(), me, now);
        outbox.queueStatus(r, "02", c.reason().strip(), me.fullName(),
                me.department() == null ? null : me.department().name(), now);
        audit.recordOn(AuditAction.WITHDRAWN, RECEIVED, r.id(), null, "refused: " + c.reason().strip());
        return ReceivedView.of(r);
    }

    /** The received package an incoming document was registered from, or null (for its page: recalled?). */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public ReceivedView ofIncoming(long incomingDocumentId) {
        User me = users.current();
        return em.createQuery("SELECT r FROM ReceivedPackage r WHERE r.agency = :a AND r.incomingDocumentId = :i",
                        ReceivedPackage.class)
                .setParameter("a", me.agency()).setParameter("i", incomingDocumentId).getResultStream()
                .findFirst().map(ReceivedView::of).orElse(null);
    }

    @Override
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public List<WorkItem> openItems(long userId) {
        User u = em.find(User.class, userId);
        if (u == null || !u.roles().contains(Role.CLERK)) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM ReceivedPackage r WHERE r.agency = :a AND r.state = :s ORDER BY r.receivedAt",
                        ReceivedPackage.class)
                .setParameter("a", u.agency()).setParameter("s", ReceivedPackage.State.RECEIVED).getResultStream()
                .map(r -> new WorkItem(DocumentKind.INCOMING, r.id(), "ACCEPT_PACKAGE", ReceivedView.of(r).notation(),
                        r.subject(), Priority.ofCode(Math.min(4, Math.max(0, r.priority()))), null, r.state().name(),
                        r.receivedAt(), "app/exchange/received.xhtml?id=" + r.id()))
                .toList();
    }

    static boolean isPdf(ReceivedFile f) {
        return f.contentType().toLowerCase(Locale.ROOT).startsWith("application/pdf")
                || f.fileName().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    private String typeCode(User me, ReceivedPackage r) {
        String name = r.typeName().strip();
        for (DocumentTypeCatalogue.Effective e : DocumentTypeCatalogue.all(em, me.agency())) {
            if (e.active() && (name.equalsIgnoreCase(e.nameVi()) || name.equalsIgnoreCase(e.type().code())
                    || name.equalsIgnoreCase(e.type().abbreviation()))) {
                return e.type().code();
            }
        }
        return null;
    }

    private void requireOpen(ReceivedPackage r) {
        if (r.state() != ReceivedPackage.State.RECEIVED) {
            throw new ApplicationProblemException(Problem.CONFLICT, "exchange.received.decided", r.state().name());
        }
    }

    private ReceivedPackage own(long id, boolean lock) {
        ReceivedPackage r = em.find(ReceivedPackage.class, id);
        if (r == null || !r.agency().id().equals(users.current().agency().id())) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "exchange.received.notFound");
        }
        if (lock) {
            em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
        }
        return r;
    }
}
