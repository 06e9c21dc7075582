package vn.congvan.application.registration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.CommandValidator;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.common.RememberedIds;
import vn.congvan.application.common.VietnamTime;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.application.signature.SignatureCheck;
import vn.congvan.domain.model.agency.Clearance;
import vn.congvan.domain.model.agency.Department;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.attachment.Attachment;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.attachment.CorruptContentException;
import vn.congvan.domain.model.attachment.StoredFile;
import vn.congvan.domain.model.audit.AuditAction;
import vn.congvan.domain.model.catalogue.DocumentType;
import vn.congvan.domain.model.incoming.DocumentAccess;
import vn.congvan.domain.model.incoming.IncomingDetails;
import vn.congvan.domain.model.incoming.IncomingDocument;
import vn.congvan.domain.model.incoming.Priority;
import vn.congvan.domain.model.incoming.ReceiveMethod;
import vn.congvan.domain.model.register.Register;
import vn.congvan.domain.model.register.RegisterClosedException;
import vn.congvan.domain.model.register.RegisterKind;
import vn.congvan.domain.model.register.RegisterSeries;
import vn.congvan.domain.model.register.RegisterAccess;
import vn.congvan.signing.PdfInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Registering incoming documents (vào sổ văn bản đến) and reading the incoming register. The
 * transaction and security boundary: a refused registration leaves nothing behind, and the number
 * is taken under the register's row lock in the same transaction as the document is written, so
 * numbers are gap-free and unique under any concurrency.
 */
@Stateless
public class IncomingRegistrationService {

    private static final Logger LOG = Logger.getLogger(IncomingRegistrationService.class.getName());
    private static final String PDF = PdfUploadCheck.PDF;

    @PersistenceContext
    private EntityManager em;

    /** Who may see an incoming document: DocumentAccess, and the people it was handed to (routing). */
    @jakarta.inject.Inject
    private vn.congvan.application.routing.IncomingVisibility visibility;

    @EJB
    private UserDirectory users;

    /** Every registration, view and download is recorded in the action log, in the same transaction. */
    @EJB
    private AuditService audit;

    @Inject
    private CommandValidator validator;

    @Inject
    private ContentStore contentStore;

    @Inject
    private SignatureCheck signatureCheck;

    /** The search row and the text extraction jobs are written with the document. */
    @EJB
    private vn.congvan.application.search.SearchFeed searchFeed;

    /** Urgent documents: the leaders are told at once (issue 6). */
    @Inject
    private vn.congvan.application.notification.UrgentArrivals urgentArrivals;

    /**
     * A clerk registers a document received on paper, as an upload or by e-mail. "EDXML" is refused here:
     * such documents come only from the queue of received packages ({@link #registerReceived}).
     */
    @RolesAllowed(Role.Names.CLERK)
    public IncomingView register(RegisterIncomingCommand command, List<UploadedFile> files) {
        validator.check(command);
        if (ReceiveMethod.EDXML.name().equals(command.receiveMethod())) {
            throw ApplicationProblemException.invalid(FieldError.of("receiveMethod", "validation.receiveMethod.edxml"));
        }
        return registerChecked(command, files);
    }

    /**
     * Accepting a package received by edXML (exchange): registered with receive method EDXML; it may carry
     * no PDF (its files are kept with the package).
     */
    @RolesAllowed(Role.Names.CLERK)
    public IncomingView registerReceived(RegisterIncomingCommand command, List<UploadedFile> files) {
        validator.check(command);
        if (!ReceiveMethod.EDXML.name().equals(command.receiveMethod())) {
            throw new IllegalArgumentException("registerReceived is for edXML packages");
        }
        return registerChecked(command, files);
    }

    private IncomingView registerChecked(RegisterIncomingCommand command, List<UploadedFile> files) {
        User clerk = users.current();
        LocalDate today = VietnamTime.today();

        List<FieldError> errors = new ArrayList<>();
        DocumentType type = vn.congvan.application.catalogue.DocumentTypeCatalogue.usable(em, clerk.agency(),
                command.documentType());
        if (type == null) {
            errors.add(FieldError.of("documentType", "validation.documentType.unknown", command.documentType()));
        }
        if (command.issuedDate().isAfter(today)) {
            errors.add(FieldError.of("issuedDate", "validation.issuedDate.future"));
        }
        if (command.dueDate() != null && command.dueDate().isBefore(today)) {
            errors.add(FieldError.of("dueDate", "validation.dueDate.past"));
        }
        Department recipient = null;
        if (command.recipientDepartmentId() != null) {
            recipient = em.find(Department.class, command.recipientDepartmentId());
            if (recipient == null || !recipient.agency().id().equals(clerk.agency().id())) {
                errors.add(FieldError.of("recipientDepartmentId", "validation.department.unknown"));
                recipient = null;
            }
        }
        ReceiveMethod method = command.receiveMethod() == null ? ReceiveMethod.UPLOAD
                : ReceiveMethod.valueOf(command.receiveMethod());
        if (files.isEmpty() && method != ReceiveMethod.PAPER && method != ReceiveMethod.EDXML) {
            errors.add(FieldError.of("file", "validation.file.required"));
        }
        Clearance secrecy = command.secrecy() == null ? Clearance.NONE : Clearance.valueOf(command.secrecy());
        if (!errors.isEmpty()) {
            throw ApplicationProblemException.invalid(errors);
        }

        // Files: each must be what it claims; checked before the register is locked.
        List<PdfInfo> infos = new ArrayList<>();
        List<SignatureCheck.Finding> findings = new ArrayList<>();
        for (UploadedFile f : files) {
            PdfInfo info = inspect(f);
            infos.add(info);
            // every signed PDF that arrives is verified; the report stays with the file
            findings.add(signatureCheck.check(f.staged().path(), f.fileName(), info.signatureCount()));
        }

        Register register = findRegister(command.registerId(), clerk, today.getYear());
        if (register.series() == RegisterSeries.SECRET) {
            if (secrecy == Clearance.NONE) {
                throw ApplicationProblemException.invalid(FieldError.of("secrecy", "validation.secrecy.secretRegister"));
            }
        } else if (secrecy != Clearance.NONE) {
            throw ApplicationProblemException.invalid(FieldError.of("secrecy", "validation.secrecy.normalRegister"));
        }
        if (!clerk.clearance().covers(secrecy)) {
            throw new ApplicationProblemException(Problem.FORBIDDEN, "error.clearance");
        }

        Integer pages = command.pageAmount();
        if (pages == null && !infos.isEmpty()) {
            pages = infos.get(0).pageCount();
        }
        IncomingDetails details = new IncomingDetails(method, command.organName().strip(), blankToNull(command.organId()),
                blankToNull(command.codeNumber()), blankToNull(command.codeNotation()), command.issuedDate(),
                command.subject().strip(), blankToNull(command.signerFullName()), blankToNull(command.signerPosition()),
                pages, command.priority() == null ? Priority.THUONG : Priority.ofCode(command.priority()),
                secrecy, command.dueDate(), blankToNull(command.description()), blankToNull(command.language()),
                blankToNull(command.toPlaces()));

        List<IncomingView.DuplicateOf> duplicates = duplicatesOf(clerk, details);

        // The files go into the store before the register is locked, so that the lock is held only for
        // the number and the rows. The store is addressed by content: a registration that fails after
        // this leaves no record, only content that nothing refers to.
        List<StoredFile> stored = new ArrayList<>();
        for (UploadedFile f : files) {
            try {
                stored.add(contentStore.commit(f.staged()));
            } catch (IOException e) {
                throw new UncheckedIOException("Content store failed", e);
            }
        }

        // From here to the commit the register row is locked: numbers are taken one at a time, in order.
        em.refresh(register, LockModeType.PESSIMISTIC_WRITE);
        IncomingDocument doc;
        try {
            doc = IncomingDocument.register(register, today, Instant.now(), details, type, recipient, clerk);
        } catch (RegisterClosedException e) {
            throw new ApplicationProblemException(Problem.CONFLICT, "register.closed", register.name());
        }
        em.persist(doc);
        for (int i = 0; i < files.size(); i++) {
            UploadedFile f = files.get(i);
            Attachment a = new Attachment(doc, stored.get(i), PdfUploadCheck.safeFileName(f.fileName()), PDF, infos.get(i).pageCount(), clerk);
            SignatureCheck.Finding finding = findings.get(i);
            a.recordSignatureCheck(finding.signatureCount(), finding.status(), finding.summary(), finding.reportJson());
            doc.addAttachment(a);
            em.persist(a);
        }
        // no flush here: the rows are inserted on persist (identity keys), and the search feed flushes once
        searchFeed.incomingRegistered(doc);
        urgentArrivals.registered(doc, clerk);
        audit.record(AuditAction.REGISTERED, doc, null, register.code() + "/" + register.year() + " #" + doc.arrivalNumber());
        LOG.fine(() -> "Registered incoming " + register.code() + "/" + register.year() + " no. " + doc.arrivalNumber()
                + " by " + clerk.username());
        return IncomingView.of(doc, duplicates);
    }

    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public IncomingView get(long id) {
        User me = users.current();
        IncomingDocument d = visible(me, id);
        audit.record(AuditAction.VIEWED, d, null, null);
        return IncomingView.of(d, List.of());
    }

    /** A page of a register, newest number first, holding only what the caller may see. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public IncomingPage list(Long registerId, int page, int size) {
        User me = users.current();
        Register register = registerId == null ? defaultRegister(me, VietnamTime.today().getYear())
                : em.find(Register.class, registerId);
        if (register == null || !register.belongsTo(me.agency()) || register.kind() != RegisterKind.INCOMING
                || !RegisterAccess.mayRead(me, register)) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "register.notFound");
        }
        int p = Math.max(page, 0);
        int s = Math.min(Math.max(size, 1), 200);
        // the rule of opening a document (IncomingVisibility), inside the query: the count counts only what is listed
        var visible = visibility.condition(me, "d");
        String where = " FROM IncomingDocument d WHERE d.register = :register AND " + visible.jpql();
        long total = visible.bind(em.createQuery("SELECT COUNT(d)" + where, Long.class))
                .setParameter("register", register).getSingleResult();
        List<IncomingView> items = visible.bind(em.createQuery("SELECT d" + where + " ORDER BY d.arrivalNumber DESC",
                        IncomingDocument.class))
                .setParameter("register", register)
                .setFirstResult(p * s).setMaxResults(s)
                .getResultStream().map(d -> IncomingView.of(d, List.of())).toList();
        return new IncomingPage(total, p, s, items);
    }

    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public AttachmentContent attachment(long documentId, long attachmentId) {
        User me = users.current();
        IncomingDocument d = visible(me, documentId);
        // every version may be downloaded; a soft-deleted file is hidden until it is restored
        Attachment a = d.attachments().stream().filter(x -> x.id() == attachmentId && !x.deleted()).findFirst()
                .orElseThrow(() -> new ApplicationProblemException(Problem.NOT_FOUND, "attachment.notFound"));
        try {
            AttachmentContent content = new AttachmentContent(a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(),
                    contentStore.verifiedPath(a.sha256()));
            audit.record(AuditAction.DOWNLOADED, d, a, a.fileName());
            return content;
        } catch (CorruptContentException e) {
            LOG.log(Level.SEVERE, "Refusing to serve a damaged file: " + e.getMessage());
            throw new ApplicationProblemException(Problem.SERVER_ERROR, "attachment.corrupt", a.fileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The verification report (JSON) of a signed attachment, as stored on receipt. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public String signatureReport(long documentId, long attachmentId) {
        User me = users.current();
        Attachment a = visible(me, documentId).attachments().stream()
                .filter(x -> x.id() == attachmentId && !x.deleted()).findFirst()
                .orElseThrow(() -> new ApplicationProblemException(Problem.NOT_FOUND, "attachment.notFound"));
        if (a.signatureReport() == null) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "attachment.noSignatureReport");
        }
        return a.signatureReport();
    }

    private IncomingDocument visible(User me, long id) {
        IncomingDocument d = em.find(IncomingDocument.class, id);
        // Another agency's document, or one the user may not see, is reported as absent: its existence is not disclosed.
        if (d == null || !visibility.canView(me, d)) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "document.notFound");
        }
        return d;
    }

    /** The register to number into, checked (not locked: see {@link #register}). */
    private Register findRegister(Long registerId, User clerk, int year) {
        Register register = registerId == null ? defaultRegister(clerk, year) : em.find(Register.class, registerId);
        if (register == null && registerId == null) {
            throw new ApplicationProblemException(Problem.CONFLICT, "register.noDefault", year);
        }
        // a secret register does not exist for a clerk who is not cleared for secret documents
        if (register == null || (register.belongsTo(clerk.agency()) && !RegisterAccess.mayRead(clerk, register))) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "register.notFound");
        }
        if (!register.belongsTo(clerk.agency())) {
            throw new ApplicationProblemException(Problem.FORBIDDEN, "register.otherAgency");
        }
        if (register.kind() != RegisterKind.INCOMING) {
            throw ApplicationProblemException.invalid(FieldError.of("registerId", "register.notIncoming"));
        }
        if (register.year() != year) {
            throw ApplicationProblemException.invalid(FieldError.of("registerId", "register.wrongYear", register.year(), year));
        }
        if (register.closed()) {
            throw new ApplicationProblemException(Problem.CONFLICT, "register.closed", register.name());
        }
        return register;
    }

    /**
     * "agency:year" → id of the default incoming register (this node): one register per agency, year, kind and
     * code (unique constraint), so the remembered one is loaded by its key and checked, or the query decides.
     */
    private static final RememberedIds<String> DEFAULT_REGISTERS = new RememberedIds<>(10_000);

    private Register defaultRegister(User user, int year) {
        return DEFAULT_REGISTERS.find(user.agency().id() + ":" + year, id -> em.find(Register.class, id),
                r -> r.agency().id().equals(user.agency().id()) && r.year() == year
                        && r.kind() == RegisterKind.INCOMING && Register.DEFAULT_CODE.equals(r.code()),
                () -> em.createNamedQuery("Register.findByAgencyYearCode", Register.class)
                        .setParameter("agency", user.agency()).setParameter("year", year)
                        .setParameter("kind", RegisterKind.INCOMING).setParameter("code", Register.DEFAULT_CODE)
                        .getResultList().stream().findFirst().orElse(null),
                Register::id);
    }

    private PdfInfo inspect(UploadedFile f) {
        return PdfUploadCheck.inspect(f);
    }

    private List<IncomingView.DuplicateOf> duplicatesOf(User clerk, IncomingDetails details) {
        if (details.codeNumber() == null || details.codeNotation() == null) {
            return List.of();
        }
        // The levels as four single parameters (the last one repeated), not one list parameter: Hibernate
        // cannot cache the SQL of a query with a list parameter and translates it again on every call
        // (8 % of a registration's CPU in the profile of docs/bench/registration.md).
        List<Clearance> levels = DocumentAccess.visibleLevels(clerk);
        var query = em.createQuery("SELECT d FROM IncomingDocument d WHERE d.agency = :agency AND d.codeNumber = :n"
                        + " AND d.codeNotation = :k AND LOWER(d.organName) = LOWER(:o)"
                        + " AND d.secrecy IN (:l0, :l1, :l2, :l3)", IncomingDocument.class)
                .setParameter("agency", clerk.agency()).setParameter("n", details.codeNumber())
                .setParameter("k", details.codeNotation()).setParameter("o", details.organName());
        for (int i = 0; i < 4; i++) {
            query.setParameter("l" + i, levels.get(Math.min(i, levels.size() - 1)));
        }
        return query.setMaxResults(5).getResultList().stream()
                .filter(d -> DocumentAccess.canView(clerk, d))
                .map(d -> new IncomingView.DuplicateOf(d.id(), d.register().year(), d.arrivalNumber()))
                .toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
