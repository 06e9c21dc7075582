package vn.congvan.application.outgoing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.events.OutgoingIssued;
import vn.congvan.application.events.OutgoingRecalled;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.CommandValidator;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.JpqlCondition;
import vn.congvan.application.common.Problem;
import vn.congvan.application.common.VietnamTime;
import vn.congvan.application.register.RegisterService;
import vn.congvan.application.registration.AttachmentContent;
import vn.congvan.application.registration.PdfUploadCheck;
import vn.congvan.application.registration.UploadedFile;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.application.signature.SignatureCheck;
import vn.congvan.domain.model.agency.Clearance;
import vn.congvan.domain.model.agency.Department;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.attachment.CorruptContentException;
import vn.congvan.domain.model.attachment.StoredFile;
import vn.congvan.domain.model.audit.AuditAction;
import vn.congvan.domain.model.catalogue.DocumentType;
import vn.congvan.domain.model.incoming.Priority;
import vn.congvan.domain.model.outgoing.OutgoingAccess;
import vn.congvan.domain.model.outgoing.OutgoingAttachment;
import vn.congvan.domain.model.outgoing.OutgoingDetails;
import vn.congvan.domain.model.outgoing.OutgoingDocument;
import vn.congvan.domain.model.outgoing.OutgoingStatus;
import vn.congvan.domain.model.outgoing.Recipient;
import vn.congvan.domain.model.register.NotationPattern;
import vn.congvan.domain.model.register.Register;
import vn.congvan.domain.model.register.RegisterClosedException;
import vn.congvan.domain.model.register.RegisterKind;
import vn.congvan.domain.model.register.RegisterSeries;
import vn.congvan.signing.PdfInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Issuing outgoing documents (vào sổ văn bản đi, phát hành) and reading the outgoing register. The
 * transaction and security boundary: the files are checked and written to the content store before
 * the register is locked; the number is taken under the register's row lock in the same transaction
 * as the document is written, so numbers are gap-free and unique under any concurrency, and a
 * refused registration takes no number.
 */
@Stateless
public class OutgoingService {

    private static final Logger LOG = Logger.getLogger(OutgoingService.class.getName());
    private static final String ALL = "ALL";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditService audit;

    @EJB
    private RegisterService registers;

    @Inject
    private CommandValidator validator;

    @Inject
    private ContentStore contentStore;

    @Inject
    private SignatureCheck signatureCheck;

    /** Exchange (one edXML package per external recipient) and search observe these. */
    @Inject
    private Event<OutgoingIssued> issuedEvents;

    @Inject
    private Event<OutgoingRecalled> recalledEvents;

    @RolesAllowed(Role.Names.CLERK)
    public OutgoingView register(RegisterOutgoingCommand command, List<UploadedFile> files) {
        OutgoingDocument doc = numberAndRecord(command, files);
        issuedEvents.fire(new OutgoingIssued(doc.agency().id(), doc.id()));
        return OutgoingView.of(doc);
    }

    /**
     * Issuing a draft (phát hành from the drafting workflow): the same numbering path as {@link #register}
     * — checks, the register's row lock, the gap-free number — in the caller's transaction, but without
     * announcing {@link OutgoingIssued}: the caller first gives internal recipients their copies, then fires
     * it once.
     */
    @RolesAllowed(Role.Names.CLERK)
    public OutgoingView registerIssuedDraft(RegisterOutgoingCommand command, List<UploadedFile> files) {
        return OutgoingView.of(numberAndRecord(command, files));
    }

    private OutgoingDocument numberAndRecord(RegisterOutgoingCommand command, List<UploadedFile> files) {
        validator.check(command);
        User clerk = users.current();
        LocalDate today = VietnamTime.today();
        LocalDate issued = command.issuedDate() == null ? today : command.issuedDate();

        List<FieldError> errors = new ArrayList<>();
        DocumentType type = documentType(command.documentType());
        if (type == null) {
            errors.add(FieldError.of("documentType", "validation.documentType.unknown", command.documentType()));
        }
        if (issued.isAfter(today)) {
            errors.add(FieldError.of("issuedDate", "validation.issuedDate.future"));
        }
        if (command.dueDate() != null && command.dueDate().isBefore(issued)) {
            errors.add(FieldError.of("dueDate", "outgoing.dueDate.beforeIssue"));
        }
        Department drafting = null;
        if (command.draftingDepartmentId() != null) {
            drafting = ownDepartment(clerk, command.draftingDepartmentId());
            if (drafting == null) {
                errors.add(FieldError.of("draftingDepartmentId", "validation.department.unknown"));
            }
        }
        List<Recipient> recipients = recipients(clerk, command.recipients(), errors);
        if (files.isEmpty()) {
            errors.add(FieldError.of("file", "validation.file.required"));
        }
        Clearance secrecy = command.secrecy() == null ? Clearance.NONE : Clearance.valueOf(command.secrecy());
        if (!errors.isEmpty()) {
            throw ApplicationProblemException.invalid(errors);
        }

        // Files: checked, verified and written before the register is locked (content-addressed, so a
        // refused registration leaves at most an unreferenced copy of bytes, never a half document).
        List<PdfInfo> infos = new ArrayList<>();
        List<SignatureCheck.Finding> findings = new ArrayList<>();
        List<StoredFile> stored = new ArrayList<>();
        for (UploadedFile f : files) {
            PdfInfo info = PdfUploadCheck.inspect(f);
            infos.add(info);
            findings.add(signatureCheck.check(f.staged().path(), f.fileName(), info.signatureCount()));
        }
        for (UploadedFile f : files) {
            try {
                stored.add(contentStore.commit(f.staged()));
            } catch (IOException e) {
                throw new UncheckedIOException("Content store failed", e);
            }
        }

        Register register = lockRegister(command.registerId(), clerk, issued.getYear());
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

        Integer pages = command.pageAmount() != null ? command.pageAmount() : infos.get(0).pageCount();
        OutgoingDetails details = new OutgoingDetails(issued, command.subject().strip(), command.language(), pages,
                blankToNull(command.signerPosition()), blankToNull(command.signerFullName()), recipients,
                command.priority() == null ? Priority.THUONG : Priority.ofCode(command.priority()), secrecy,
                command.issuedAmount(), command.dueDate(), blankToNull(command.description()),
                blankToNull(command.archiveHolder()));
        OutgoingDocument doc;
        try {
            doc = OutgoingDocument.issue(register, details, type, drafting, clerk, Instant.now());
        } catch (RegisterClosedException e) {
            throw closed(register);
        } catch (NotationPattern.MissingValueException e) {
            throw missingValue(e, register);
        }
        if (notationTaken(clerk, doc.registerYear(), doc.codeNumber(), doc.codeNotation())) {
            throw new ApplicationProblemException(Problem.CONFLICT, "outgoing.duplicateNotation",
                    doc.numberAndNotation(), doc.registerYear());
        }
        try {
            em.persist(doc);
            for (int i = 0; i < files.size(); i++) {
                OutgoingAttachment a = new OutgoingAttachment(doc, stored.get(i),
                        PdfUploadCheck.safeFileName(files.get(i).fileName()), PdfUploadCheck.PDF, infos.get(i).pageCount(), clerk);
                SignatureCheck.Finding finding = findings.get(i);
                a.recordSignatureCheck(finding.signatureCount(), finding.status(), finding.summary(), finding.reportJson());
                doc.addAttachment(a);
                em.persist(a);
            }
            em.flush();
        } catch (PersistenceException e) {
            // the same số, ký hiệu given in the meantime by another register of the year (uk_outgoing_notation)
            LOG.log(Level.INFO, "Outgoing registration refused by the database: " + e.getMessage());
            throw new ApplicationProblemException(Problem.CONFLICT, "outgoing.duplicateNotation",
                    doc.numberAndNotation(), doc.registerYear());
        }
        audit.recordOn(AuditAction.REGISTERED, AuditService.OUTGOING, doc.id(), null,
                register.code() + "/" + register.year() + " #" + doc.number() + " " + doc.numberAndNotation());
        LOG.info(() -> "Issued outgoing " + doc.numberAndNotation() + " (" + register.code() + "/" + register.year()
                + " no. " + doc.number() + ") by " + clerk.username());
        return doc;
    }

    /** The "số, ký hiệu" the next document of a register would get, without taking the number. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.ADMIN})
    public NotationPreview preview(Long registerId, String documentType, Long draftingDepartmentId) {
        User me = users.current();
        Register register = registerId == null ? defaultRegister(me, VietnamTime.today().getYear())
                : em.find(Register.class, registerId);
        if (register == null || !register.belongsTo(me.agency()) || register.kind() != RegisterKind.OUTGOING
                || (register.series() == RegisterSeries.SECRET && !me.clearance().covers(Clearance.MAT))) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "register.notFound");
        }
        DocumentType type = documentType(documentType == null ? "" : documentType);
        if (type == null) {
            throw ApplicationProblemException.invalid(
                    FieldError.of("documentType", "validation.documentType.unknown", documentType));
        }
        Department drafting = draftingDepartmentId == null ? null : ownDepartment(me, draftingDepartmentId);
        if (draftingDepartmentId != null && drafting == null) {
            throw ApplicationProblemException.invalid(FieldError.of("draftingDepartmentId", "validation.department.unknown"));
        }
        NotationPattern pattern = register.notationPatternFor(type.abbreviation());
        try {
            NotationPattern.Rendered r = pattern.render(
                    OutgoingDocument.values(register, type, drafting, register.nextNumber()));
            return new NotationPreview(register.id(), register.nextNumber(), pattern.text(), r.codeNumber(),
                    r.codeNotation(), r.full());
        } catch (NotationPattern.MissingValueException e) {
            throw missingValue(e, register);
        }
    }

    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public OutgoingView get(long id) {
        OutgoingDocument d = visible(users.current(), id);
        audit.recordOn(AuditAction.VIEWED, AuditService.OUTGOING, d.id(), null, null);
        return OutgoingView.of(d);
    }

    /**
     * A page of an outgoing register, newest number first, holding only what the caller may see.
     *
     * @param q      words of the subject or the notation (case-insensitive), or null
     * @param status ISSUED, WITHDRAWN, or null for both
     * @param from   first issue date (inclusive), or null
     * @param to     last issue date (inclusive), or null
     */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public OutgoingPage list(Long registerId, String q, String status, LocalDate from, LocalDate to, int page, int size) {
        User me = users.current();
        Register register = registerId == null ? defaultRegister(me, VietnamTime.today().getYear())
                : em.find(Register.class, registerId);
        if (register == null || !register.belongsTo(me.agency()) || register.kind() != RegisterKind.OUTGOING
                || (register.series() == RegisterSeries.SECRET && !me.clearance().covers(Clearance.MAT))) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "register.notFound");
        }
        String st = status == null || status.isBlank() ? ALL : status.strip().toUpperCase(Locale.ROOT);
        if (!st.equals(ALL) && !st.equals(OutgoingStatus.ISSUED.name()) && !st.equals(OutgoingStatus.WITHDRAWN.name())) {
            throw ApplicationProblemException.invalid(FieldError.of("status", "validation.pattern"));
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw ApplicationProblemException.invalid(FieldError.of("from", "print.range.reversed", from, to));
        }
        int p = Math.max(page, 0);
        int s = Math.min(Math.max(size, 1), 200);
        String text = q == null || q.isBlank() ? null : "%" + q.strip().toLowerCase(Locale.ROOT) + "%";
        JpqlCondition visible = OutgoingVisibility.condition(me, "d");
        String where = " FROM OutgoingDocument d WHERE d.register = :register AND " + visible.jpql()
                + " AND (:anyStatus = true OR d.status = :status)"
                + " AND d.issuedDate >= :from AND d.issuedDate <= :to"
                + (text == null ? "" : " AND (LOWER(d.subject) LIKE :q OR LOWER(d.codeNotation) LIKE :q"
                        + " OR LOWER(d.codeNumber) LIKE :q)");
        var count = em.createQuery("SELECT COUNT(d)" + where, Long.class);
        var select = em.createQuery("SELECT d" + where + " ORDER BY d.number DESC", OutgoingDocument.class);
        for (var query : List.of(count, select)) {
            visible.bind(query).setParameter("register", register)
                    .setParameter("anyStatus", st.equals(ALL))
                    .setParameter("status", st.equals(ALL) ? OutgoingStatus.ISSUED : OutgoingStatus.valueOf(st))
                    .setParameter("from", from == null ? LocalDate.of(register.year() - 1, 1, 1) : from)
                    .setParameter("to", to == null ? LocalDate.of(register.year() + 1, 12, 31) : to);
            if (text != null) {
                query.setParameter("q", text);
            }
        }
        long total = count.getSingleResult();
        List<OutgoingView> items = select.setFirstResult(p * s).setMaxResults(s).getResultStream()
                .map(OutgoingView::of).toList();
        return new OutgoingPage(total, p, s, items);
    }

    /** Thu hồi: the document keeps its number, is marked withdrawn with the reason, and the log records it. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.ADMIN})
    public OutgoingView withdraw(long id, WithdrawCommand command) {
        validator.check(command);
        User me = users.current();
        OutgoingDocument d = visible(me, id);
        em.lock(d, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(d);
        if (d.status() == OutgoingStatus.WITHDRAWN) {
            throw new ApplicationProblemException(Problem.CONFLICT, "outgoing.alreadyWithdrawn", d.numberAndNotation());
        }
        if (d.register().closed()) {
            throw new ApplicationProblemException(Problem.CONFLICT, "register.frozen", d.register().name());
        }
        d.withdraw(me, command.reason(), Instant.now());
        em.flush();
        audit.recordOn(AuditAction.WITHDRAWN, AuditService.OUTGOING, d.id(), null,
                d.numberAndNotation() + ": " + d.withdrawReason());
        recalledEvents.fire(new OutgoingRecalled(d.agency().id(), d.id(), d.withdrawReason()));
        return OutgoingView.of(d);
    }

    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public AttachmentContent attachment(long documentId, long attachmentId) {
        OutgoingDocument d = visible(users.current(), documentId);
        OutgoingAttachment a = attachmentOf(d, attachmentId);
        try {
            AttachmentContent content = new AttachmentContent(a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(),
                    contentStore.verifiedPath(a.sha256()));
            audit.recordOn(AuditAction.DOWNLOADED, AuditService.OUTGOING, d.id(), a.id(), a.fileName());
            return content;
        } catch (CorruptContentException e) {
            LOG.log(Level.SEVERE, "Refusing to serve a damaged file: " + e.getMessage());
            throw new ApplicationProblemException(Problem.SERVER_ERROR, "attachment.corrupt", a.fileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The verification report (JSON) of a signed attachment, as stored on registration. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public String signatureReport(long documentId, long attachmentId) {
        OutgoingAttachment a = attachmentOf(visible(users.current(), documentId), attachmentId);
        if (a.signatureReport() == null) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "attachment.noSignatureReport");
        }
        return a.signatureReport();
    }

    private static OutgoingAttachment attachmentOf(OutgoingDocument d, long attachmentId) {
        return d.attachments().stream().filter(x -> x.id() == attachmentId).findFirst()
                .orElseThrow(() -> new ApplicationProblemException(Problem.NOT_FOUND, "attachment.notFound"));
    }

    private OutgoingDocument visible(User me, long id) {
        OutgoingDocument d = em.find(OutgoingDocument.class, id);
        // another agency's document, or one the user may not see, is reported as absent
        if (d == null || !OutgoingAccess.canView(me, d)) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "document.notFound");
        }
        return d;
    }

    private Register lockRegister(Long registerId, User clerk, int year) {
        Register register;
        if (registerId == null) {
            register = defaultRegister(clerk, year);
            if (register == null) {
                // a new year: its registers open on first use, copied from last year's
                try {
                    registers.openYearOf(clerk.agency().id(), year);
                } catch (EJBException e) {
                    LOG.log(Level.INFO, "Opening the registers of " + year + " raced with another request", e);
                }
                register = defaultRegister(clerk, year);
            }
            if (register == null) {
                throw new ApplicationProblemException(Problem.CONFLICT, "register.noDefaultOutgoing", year);
            }
            em.lock(register, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(register);
        } else {
            register = em.find(Register.class, registerId, LockModeType.PESSIMISTIC_WRITE);
            if (register == null || !register.belongsTo(clerk.agency())) {
                // another agency's register is not disclosed
                throw new ApplicationProblemException(Problem.NOT_FOUND, "register.notFound");
            }
        }
        if (register.kind() != RegisterKind.OUTGOING) {
            throw ApplicationProblemException.invalid(FieldError.of("registerId", "register.notOutgoing"));
        }
        if (register.series() == RegisterSeries.SECRET && !clerk.clearance().covers(Clearance.MAT)) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "register.notFound");
        }
        if (register.year() != year) {
            throw ApplicationProblemException.invalid(FieldError.of("issuedDate", "register.wrongYear", register.year(), year));
        }
        if (register.closed()) {
            throw closed(register);
        }
        return register;
    }

    private Register defaultRegister(User user, int year) {
        return em.createNamedQuery("Register.findByAgencyYearCode", Register.class)
                .setParameter("agency", user.agency()).setParameter("year", year)
                .setParameter("kind", RegisterKind.OUTGOING).setParameter("code", Register.DEFAULT_CODE)
                .getResultStream().findFirst().orElse(null);
    }

    private boolean notationTaken(User clerk, int year, String codeNumber, String codeNotation) {
        return !em.createQuery("SELECT d.id FROM OutgoingDocument d WHERE d.agency = :agency AND d.registerYear = :year"
                        + " AND d.codeNumber = :n AND d.codeNotation = :k", Long.class)
                .setParameter("agency", clerk.agency()).setParameter("year", year).setParameter("n", codeNumber)
                .setParameter("k", codeNotation).setMaxResults(1).getResultList().isEmpty();
    }

    private DocumentType documentType(String code) {
        return em.createQuery("SELECT t FROM DocumentType t WHERE t.code = :c AND t.active = true", DocumentType.class)
                .setParameter("c", code.trim().toUpperCase(Locale.ROOT)).getResultStream().findFirst().orElse(null);
    }

    private Department ownDepartment(User me, long id) {
        Department d = em.find(Department.class, id);
        return d == null || !d.agency().id().equals(me.agency().id()) ? null : d;
    }

    private List<Recipient> recipients(User clerk, List<RegisterOutgoingCommand.RecipientInput> inputs,
                                       List<FieldError> errors) {
        List<Recipient> out = new ArrayList<>();
        if (inputs == null) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            RegisterOutgoingCommand.RecipientInput in = inputs.get(i);
            String field = "recipients[" + i + "]";
            if (in == null) {
                errors.add(FieldError.of(field, "validation.required"));
                continue;
            }
            Recipient r;
            if (in.departmentId() != null) {
                Department dep = ownDepartment(clerk, in.departmentId());
                if (dep == null) {
                    errors.add(FieldError.of(field + ".departmentId", "validation.department.unknown"));
                    continue;
                }
                r = Recipient.internal(dep.id(), dep.name());
            } else if (in.name() == null || in.name().isBlank()) {
                errors.add(FieldError.of(field + ".name", "validation.required"));
                continue;
            } else {
                r = Recipient.external(in.name().strip(), blankToNull(in.organId()));
            }
            String key = r.kind() + ":" + (r.departmentId() != null ? r.departmentId() : r.name().toLowerCase(Locale.ROOT));
            if (!seen.add(key)) {
                errors.add(FieldError.of(field, "outgoing.recipient.duplicate", r.name()));
                continue;
            }
            out.add(r);
        }
        return out;
    }

    private static ApplicationProblemException closed(Register register) {
        return new ApplicationProblemException(Problem.CONFLICT, "register.closed", register.name());
    }

    private static ApplicationProblemException missingValue(NotationPattern.MissingValueException e, Register register) {
        String field = "{unit}".equals(e.placeholder()) ? "draftingDepartmentId" : "documentType";
        return ApplicationProblemException.invalid(FieldError.of(field, "notation.valueMissing", e.placeholder(),
                register.name()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
