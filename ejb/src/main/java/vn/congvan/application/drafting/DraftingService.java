package vn.congvan.application.drafting;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
import vn.congvan.application.events.NotificationKind;
import vn.congvan.application.events.NotificationRequested;
import vn.congvan.application.events.OutgoingIssued;
import vn.congvan.application.outgoing.OutgoingService;
import vn.congvan.application.outgoing.OutgoingView;
import vn.congvan.application.outgoing.RegisterOutgoingCommand;
import vn.congvan.application.outgoing.WithdrawCommand;
import vn.congvan.application.registration.AttachmentContent;
import vn.congvan.application.registration.PdfUploadCheck;
import vn.congvan.application.registration.UploadedFile;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.application.signature.SignedDocument;
import vn.congvan.application.signature.SigningSecrets;
import vn.congvan.application.signature.SigningService;
import vn.congvan.domain.model.agency.Clearance;
import vn.congvan.domain.model.agency.Department;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.attachment.CorruptContentException;
import vn.congvan.domain.model.attachment.StoredFile;
import vn.congvan.domain.model.audit.AuditAction;
import vn.congvan.domain.model.catalogue.DocumentType;
import vn.congvan.domain.model.document.DocumentKind;
import vn.congvan.domain.model.drafting.Draft;
import vn.congvan.domain.model.drafting.DraftOpinion;
import vn.congvan.domain.model.drafting.DraftStatus;
import vn.congvan.domain.model.drafting.DraftStepRefused;
import vn.congvan.domain.model.drafting.DraftVersion;
import vn.congvan.domain.model.drafting.ReviewChainStep;
import vn.congvan.domain.model.drafting.ReviewRole;
import vn.congvan.domain.model.incoming.Priority;
import vn.congvan.domain.model.outgoing.OutgoingDocument;
import vn.congvan.domain.model.outgoing.Recipient;
import vn.congvan.domain.model.signing.KeySourceKind;
import vn.congvan.signing.InvalidPdfException;
import vn.congvan.signing.PdfInspector;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The drafting workflow of outgoing documents, its transaction and security boundary: the author drafts
 * (versioned DOCX/PDF files), asks colleagues' opinions and submits; the reviewers of the agency's chain
 * approve, return with comments or forward; the leader at the last step approves and signs in one action
 * (a remote signing service leaves the draft awaiting its answer); the clerk issues it through the outgoing
 * register's numbering path, with the agency's seal over the leader's signature, and internal recipients
 * receive copies; an issued document may be recalled.
 *
 * <p>Every step checks who (403: not the author, not your turn, not a clerk), the state (409, from the
 * domain's state machine) and the input (422), and then changes nothing when refused. A draft the caller
 * may not see is reported as absent (404).
 */
@Stateless
public class DraftingService {

    private static final Logger LOG = Logger.getLogger(DraftingService.class.getName());
    static final String DRAFT = "DRAFT";
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditService audit;

    @EJB
    private OutgoingService outgoing;

    @EJB
    private SigningService signing;

    @EJB
    private RemoteSigning remoteSigning;

    @Inject
    private CommandValidator validator;

    @Inject
    private ContentStore contentStore;

    @Inject
    private InternalDistribution distribution;

    @Inject
    private Event<NotificationRequested> notifications;

    @Inject
    private Event<OutgoingIssued> issuedEvents;

    // ---------------------------------------------------------------- drafting

    @RolesAllowed({Role.Names.SPECIALIST, Role.Names.DEPT_HEAD, Role.Names.LEADER, Role.Names.CLERK})
    public DraftView create(DraftCommands.Describe command) {
        validator.check(command);
        User me = users.current();
        Described d = described(me, command);
        Draft draft = new Draft(me, d.type(), d.department(), command.subject().strip(), d.priority(), d.secrecy(),
                d.recipients(), Instant.now());
        em.persist(draft);
        em.flush();
        audit.recordOn(AuditAction.CREATED, DRAFT, draft.id(), null, draft.subject());
        return view(me, draft);
    }

    @RolesAllowed({Role.Names.SPECIALIST, Role.Names.DEPT_HEAD, Role.Names.LEADER, Role.Names.CLERK})
    public DraftView update(long id, DraftCommands.Describe command) {
        validator.check(command);
        User me = users.current();
        Draft draft = locked(me, id);
        requireAuthor(me, draft);
        Described d = described(me, command);
        step(() -> draft.describe(d.type(), d.department(), command.subject().strip(), d.priority(), d.secrecy(),
                d.recipients(), Instant.now()));
        audit.recordOn(AuditAction.UPDATED, DRAFT, draft.id(), null, draft.subject());
        return view(me, draft);
    }

    /** A new version of the file (DOCX or PDF); the earlier ones stay. */
    @RolesAllowed({Role.Names.SPECIALIST, Role.Names.DEPT_HEAD, Role.Names.LEADER, Role.Names.CLERK})
    public DraftView addVersion(long id, UploadedFile file, String note) {
        User me = users.current();
        if (file == null) {
            throw ApplicationProblemException.invalid(FieldError.of("file", "validation.file.required"));
        }
        if (note != null && note.length() > 1000) {
            throw ApplicationProblemException.invalid(FieldError.of("note", "validation.size.max", 1000));
        }
        Draft draft = locked(me, id);
        requireAuthor(me, draft);
        if (!draft.status().editable()) {
            throw refused(new DraftStepRefused("drafting.notEditable", draft.status()));
        }
        DraftVersion.FileFacts facts = inspect(file);
        store(file.staged());
        DraftVersion v = step(() -> draft.addVersion(me, facts, blankToNull(note), Instant.now()));
        em.persist(v);
        em.flush();
        audit.recordOn(AuditAction.VERSION_ADDED, DRAFT, draft.id(), v.id(), "v" + v.versionNo() + " " + v.fileName());
        return view(me, draft);
    }

    @RolesAllowed({Role.Names.SPECIALIST, Role.Names.DEPT_HEAD, Role.Names.LEADER, Role.Names.CLERK})
    public DraftView askOpinions(long id, DraftCommands.AskOpinions command) {
        validator.check(command);
        User me = users.current();
        Draft draft = locked(me, id);
        requireAuthor(me, draft);
        List<FieldError> errors = new ArrayList<>();
        List<User> asked = new ArrayList<>();
        for (int i = 0; i < command.userIds().size(); i++) {
            User u = em.find(User.class, command.userIds().get(i));
            if (u == null || !u.active() || !u.agency().id().equals(me.agency().id())
                    || !u.clearance().covers(draft.secrecy())) {
                errors.add(FieldError.of("userIds[" + i + "]", "drafting.opinion.unknownUser"));
            } else if (u.id().equals(me.id())) {
                errors.add(FieldError.of("userIds[" + i + "]", "drafting.opinion.self"));
            } else if (asked.contains(u)) {
                errors.add(FieldError.of("userIds[" + i + "]", "drafting.opinion.duplicate", u.fullName()));
            } else {
                asked.add(u);
            }
        }
        if (!errors.isEmpty()) {
            throw ApplicationProblemException.invalid(errors);
        }
        Instant now = Instant.now();
        String question = blankToNull(command.question());
        for (User u : asked) {
            DraftOpinion o = step(() -> draft.askOpinion(me, u, question, now));
            em.persist(o);
        }
        em.flush();
        notify(draft, asked.stream().map(User::id).toList(), NotificationKind.OPINION_REQUESTED, question, me.id());
        return view(me, draft);
    }

    /** The colleague asked gives their opinion (once). */
    @RolesAllowed({Role.Names.SPECIALIST, Role.Names.DEPT_HEAD, Role.Names.LEADER, Role.Names.CLERK, Role.Names.ADMIN})
    public DraftView answerOpinion(long id, long opinionId, DraftCommands.Answer command) {
        validator.check(command);
        User me = users.current();
        Draft draft = locked(me, id);
        DraftOpinion o = draft.opinions().stream().filter(x -> x.id() == opinionId).findFirst()
                .orElseThrow(() -> new ApplicationProblemException(Problem.NOT_FOUND, "drafting.opinion.notFound"));
        if (!o.asked().id().equals(me.id())) {
            throw new ApplicationProblemException(Problem.FORBIDDEN, "drafting.opinion.notAsked");
        }
        DraftOpinion.Answer answer = DraftOpinion.Answer.valueOf(command.answer());
        String comment = blankToNull(command.comment());
        if (answer != DraftOpinion.Answer.AGREE && comment == null) {
            throw ApplicationProblemException.invalid(FieldError.of("comment", "drafting.opinion.commentRequired"));
        }
        step(() -> o.answer(answer, comment, Instant.now()));
        em.flush();
        return view(me, draft);
    }

    // ---------------------------------------------------------------- review

    @RolesAllowed({Role.Names.SPECIALIST, Role.Names.DEPT_HEAD, Role.Names.LEADER, Role.Names.CLERK})
    public DraftView submit(long id, DraftCommands.Review command) {
        validator.check(command);
        User me = users.current();
        Draft draft = locked(me, id);
        requireAuthor(me, draft);
        if (!draft.status().editable()) {
            throw refused(new DraftStepRefused("drafting.notSubmittable", draft.status()));
        }
        List<ReviewChainStep.Step> chain = chain(me);
        ReviewRole role = chain.get(0).role();
        User reviewer = reviewer(draft, role, command.reviewerId(), me);
        step(() -> draft.submit(me, chain.size(), role, reviewer, blankToNull(command.comment()), Instant.now()));
        em.flush();
        audit.recordOn(AuditAction.SUBMITTED, DRAFT, draft.id(), null, reviewer.username());
        notify(draft, List.of(reviewer.id()), NotificationKind.REVIEW_REQUESTED, blankToNull(command.comment()), me.id());
        return view(me, draft);
    }

    /** A reviewer before the last step approves: to the next step's reviewer. */
    @RolesAllowed({Role.Names.DEPT_HEAD, Role.Names.LEADER})
    public DraftView approve(long id, DraftCommands.Review command) {
        validator.check(command);
        User me = users.current();
        Draft draft = locked(me, id);
        requireReviewer(me, draft);
        if (draft.atLastStep()) {
            throw refused(new DraftStepRefused("drafting.lastStepSigns", draft.status()));
        }
        List<ReviewChainStep.Step> chain = chain(me);
        int next = draft.stepIndex() + 1;
        ReviewRole role = next < chain.size() ? chain.get(next).role() : ReviewRole.LEADER;
        User reviewer = reviewer(draft, role, command.reviewerId(), me);
        step(() -> draft.approve(me, role, reviewer, blankToNull(command.comment()), Instant.now()));
        em.flush();
        audit.recordOn(AuditAction.APPROVED, DRAFT, draft.id(), null, reviewer.username());
        notify(draft, List.of(reviewer.id()), NotificationKind.REVIEW_REQUESTED, blankToNull(command.comment()), me.id());
        return view(me, draft);
    }

    @RolesAllowed({Role.Names.DEPT_HEAD, Role.Names.LEADER})
    public DraftView returnToAuthor(long id, DraftCommands.Return command) {
        validator.check(command);
        User me = users.current();
        Draft draft = locked(me, id);
        requireReviewer(me, draft);
        String reason = command.comment().strip();
        step(() -> draft.returnToAuthor(me, reason, Instant.now()));
        em.flush();
        audit.recordOn(AuditAction.RETURNED, DRAFT, draft.id(), null, reason);
        notify(draft, List.of(draft.author().id()), NotificationKind.DRAFT_RETURNED, reason, me.id());
        return view(me, draft);
    }

    /** Hands the draft to another reviewer who may review at the same step (e.g. a deputy). */
    @RolesAllowed({Role.Names.DEPT_HEAD, Role.Names.LEADER})
    public DraftView forward(long id, DraftCommands.Forward command) {
        validator.check(command);
        User me = users.current();
        Draft draft = locked(me, id);
        requireReviewer(me, draft);
        if (command.toUserId().equals(me.id())) {
            throw ApplicationProblemException.invalid(FieldError.of("toUserId", "drafting.forward.self"));
        }
        User to = reviewer(draft, draft.stepRole(), command.toUserId(), me);
        step(() -> draft.forward(me, to, blankToNull(command.comment()), Instant.now()));
        em.flush();
        audit.recordOn(AuditAction.FORWARDED, DRAFT, draft.id(), null, to.username());
        notify(draft, List.of(to.id()), NotificationKind.REVIEW_REQUESTED, blankToNull(command.comment()), me.id());
        return view(me, draft);
    }

    /** The users who may review at the draft's next step (the step it is at, for forwarding). */
    @RolesAllowed({Role.Names.SPECIALIST, Role.Names.DEPT_HEAD, Role.Names.LEADER, Role.Names.CLERK, Role.Names.ADMIN})
    public List<DraftView.Candidate> candidates(long id, boolean sameStep) {
        User me = users.current();
        Draft draft = visible(me, id);
        List<ReviewChainStep.Step> chain = chain(me);
        ReviewRole role;
        if (sameStep && draft.stepRole() != null) {
            role = draft.stepRole();
        } else {
            int next = draft.status() == DraftStatus.IN_REVIEW ? draft.stepIndex() + 1 : 0;
            role = next < chain.size() ? chain.get(next).role() : ReviewRole.LEADER;
        }
        return eligible(draft, role).stream().filter(u -> !u.id().equals(me.id()))
                .map(u -> new DraftView.Candidate(u.id(), u.fullName(), u.positionTitle())).toList();
    }

    /** The active colleagues of the caller's agency (to ask for opinions). */
    @RolesAllowed({Role.Names.SPECIALIST, Role.Names.DEPT_HEAD, Role.Names.LEADER, Role.Names.CLERK, Role.Names.ADMIN})
    public List<DraftView.Candidate> colleagues() {
        User me = users.current();
        return em.createQuery("SELECT u FROM User u WHERE u.agency = :agency AND u.active = true AND u <> :me"
                        + " ORDER BY u.fullName", User.class)
                .setParameter("agency", me.agency()).setParameter("me", me).getResultStream()
                .map(u -> new DraftView.Candidate(u.id(), u.fullName(), u.positionTitle())).toList();
    }

    // ---------------------------------------------------------------- approve and sign

    /**
     * The leader at the last step approves and signs in one action. With a PKCS#12 file or a PKCS#11 token
     * the signed PDF is a new version at once (SIGNED); with a remote signing service the draft waits
     * (AWAITING_SIGNATURE) until the service answers: signed, or returned to the author with the reason.
     * No transaction is held while signing; a local signing failure (wrong PIN…) changes nothing.
     */
    @RolesAllowed(Role.Names.LEADER)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DraftView approveAndSign(long id, DraftCommands.Sign command) {
        validator.check(command);
        DraftingService self = context.getBusinessObject(DraftingService.class);
        SigningTicket ticket = self.signingTicket(id);
        byte[] pdf = read(ticket.sha256());
        SigningSecrets secrets = new SigningSecrets(command.secret(), command.accessToken());
        String comment = blankToNull(command.comment());
        if (ticket.remote()) {
            self.awaitSignature(id, ticket.versionNo());
            remoteSigning.sign(id, ticket.versionNo(), pdf, ticket.fileName(), secrets, comment);
            return self.get(id);
        }
        SignedDocument signed = signing.signApproval(pdf, secrets, ticket.fileName());
        return self.recordSigned(id, ticket.versionNo(), signed.pdf(), comment);
    }

    /** What {@link #approveAndSign} signs; checks that the caller may sign the draft now. Changes nothing. */
    public record SigningTicket(int versionNo, String sha256, String fileName, boolean remote) {
    }

    @RolesAllowed(Role.Names.LEADER)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SigningTicket signingTicket(long id) {
        User me = users.current();
        Draft draft = visible(me, id);
        requireReviewer(me, draft);
        if (!draft.atLastStep()) {
            throw refused(new DraftStepRefused("drafting.notLastStep", draft.status()));
        }
        if (me.signingKeyKind() == null) {
            throw new ApplicationProblemException(Problem.CONFLICT, "signing.key.none");
        }
        DraftVersion pdf = draft.latestPdf();
        return new SigningTicket(pdf.versionNo(), pdf.sha256(), pdf.fileName(),
                KeySourceKind.valueOf(me.signingKeyKind()) == KeySourceKind.CSC);
    }

    @RolesAllowed(Role.Names.LEADER)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void awaitSignature(long id, int versionNo) {
        User me = users.current();
        Draft draft = locked(me, id);
        requireReviewer(me, draft);
        requireSameVersion(draft, versionNo);
        step(() -> draft.awaitSignature(me, Instant.now()));
        em.flush();
        audit.recordOn(AuditAction.APPROVED, DRAFT, draft.id(), null, "awaiting remote signature");
    }

    /** Stores the leader's signed PDF as a new version; the draft is ready to issue. */
    @RolesAllowed(Role.Names.LEADER)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public DraftView recordSigned(long id, int versionNo, byte[] signedPdf, String comment) {
        User me = users.current();
        Draft draft = locked(me, id);
        if (draft.status() == DraftStatus.AWAITING_SIGNATURE) {
            if (draft.signer() == null || !draft.signer().id().equals(me.id())) {
                throw new ApplicationProblemException(Problem.FORBIDDEN, "drafting.notYourTurn");
            }
        } else {
            requireReviewer(me, draft);
        }
        requireSameVersion(draft, versionNo);
        DraftVersion source = draft.latestPdf();
        DraftVersion.FileFacts facts = storeBytes(signedPdf, signedName(source.fileName(), "da-ky"));
        DraftVersion v = step(() -> draft.signed(me, facts, comment, Instant.now()));
        em.persist(v);
        em.flush();
        audit.recordOn(AuditAction.SIGNED, DRAFT, draft.id(), v.id(), "v" + v.versionNo() + " " + v.fileName());
        List<Long> told = new ArrayList<>(clerks(draft));
        told.add(draft.author().id());
        notify(draft, told, NotificationKind.READY_TO_ISSUE, null, me.id());
        return view(me, draft);
    }

    /** The remote service refused or timed out: back to the author with the reason; the author and leader are told. */
    @RolesAllowed(Role.Names.LEADER)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSigningFailure(long id, String reason) {
        User me = users.current();
        Draft draft = locked(me, id);
        String r = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        step(() -> draft.signingFailed(me, r, Instant.now()));
        em.flush();
        audit.recordOn(AuditAction.RETURNED, DRAFT, draft.id(), null, "signing failed: " + r);
        notify(draft, List.of(draft.author().id(), me.id()), NotificationKind.SIGNING_FAILED, r, null);
    }

    // ---------------------------------------------------------------- issue and recall

    /**
     * Phát hành: the clerk seals the leader's signed PDF with the agency's seal signature (an incremental
     * update: the leader's signature still verifies), the outgoing register numbers it (the same path as
     * {@link OutgoingService#register}: register lock, gap-free number), internal recipients receive copies,
     * and then {@link OutgoingIssued} is fired once for exchange.
     */
    @RolesAllowed(Role.Names.CLERK)
    public DraftView issue(long id, DraftCommands.Issue command) {
        validator.check(command);
        User me = users.current();
        Draft draft = locked(me, id);
        if (draft.status() != DraftStatus.SIGNED) {
            throw refused(new DraftStepRefused("drafting.notSigned", draft.status()));
        }
        if (!me.clearance().covers(draft.secrecy())) {
            throw new ApplicationProblemException(Problem.FORBIDDEN, "error.clearance");
        }
        DraftVersion signedVersion = draft.latestPdf();
        byte[] sealed = signing.seal(read(signedVersion.sha256()),
                new SigningSecrets(command.secret(), command.accessToken()), signedVersion.fileName()).pdf();
        String fileName = signedName(signedVersion.fileName(), "phat-hanh");
        OutgoingView issued;
        try (ContentStore.StagedFile staged = contentStore.stage(new ByteArrayInputStream(sealed), MAX_FILE_BYTES)) {
            issued = outgoing.registerIssuedDraft(outgoingCommand(draft, command),
                    List.of(new UploadedFile(fileName, PdfUploadCheck.PDF, staged)));
        } catch (IOException e) {
            throw new UncheckedIOException("Content store failed", e);
        }
        OutgoingDocument out = em.find(OutgoingDocument.class, issued.id());
        var copies = distribution.distribute(out, me);
        var attachment = out.attachments().get(0);
        DraftVersion.FileFacts facts = new DraftVersion.FileFacts(attachment.fileName(), attachment.contentType(),
                attachment.sizeBytes(), attachment.sha256(), attachment.pageCount());
        DraftVersion v = step(() -> draft.issued(me, facts, out.id(), out.numberAndNotation(), Instant.now()));
        em.persist(v);
        em.flush();
        audit.recordOn(AuditAction.ISSUED, DRAFT, draft.id(), v.id(), out.numberAndNotation() + " → " + copies.size()
                + " internal");
        issuedEvents.fire(new OutgoingIssued(out.agency().id(), out.id()));
        LOG.info(() -> "Draft " + draft.id() + " issued as " + out.numberAndNotation() + " by " + me.username());
        return view(me, draft);
    }

    /** Thu hồi of the issued document, through the outgoing register; the internal copies freeze. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER})
    public DraftView recall(long id, DraftCommands.Recall command) {
        validator.check(command);
        User me = users.current();
        Draft draft = locked(me, id);
        if (draft.status() != DraftStatus.ISSUED) {
            throw refused(new DraftStepRefused("drafting.notIssued", draft.status()));
        }
        String reason = command.reason().strip();
        outgoing.withdraw(draft.outgoingId(), new WithdrawCommand(reason));
        step(() -> draft.recalled(me, reason, Instant.now()));
        em.flush();
        audit.recordOn(AuditAction.WITHDRAWN, DRAFT, draft.id(), null, reason);
        notify(draft, List.of(draft.author().id()), NotificationKind.RECALLED, reason, me.id());
        return view(me, draft);
    }

    // ---------------------------------------------------------------- reading

    @RolesAllowed({Role.Names.SPECIALIST, Role.Names.DEPT_HEAD, Role.Names.LEADER, Role.Names.CLERK, Role.Names.ADMIN})
    public DraftView get(long id) {
        User me = users.current();
        return view(me, visible(me, id));
    }

    /**
     * Drafts for the caller: {@code mine} (written by me), {@code todo} (waiting for me: review, signature,
     * opinion, revision), {@code issue} (signed, for clerks), {@code all} (every draft I may see).
     */
    @RolesAllowed({Role.Names.SPECIALIST, Role.Names.DEPT_HEAD, Role.Names.LEADER, Role.Names.CLERK, Role.Names.ADMIN})
    public List<DraftView.Summary> list(String box) {
        User me = users.current();
        String b = box == null || box.isBlank() ? "all" : box.strip().toLowerCase(Locale.ROOT);
        List<Draft> drafts = switch (b) {
            case "mine" -> query("d.author = :me", me);
            case "todo" -> query("(d.reviewer = :me AND d.status = vn.congvan.domain.model.drafting.DraftStatus.IN_REVIEW)"
                    + " OR (d.author = :me AND d.status = vn.congvan.domain.model.drafting.DraftStatus.RETURNED)"
                    + " OR EXISTS (SELECT 1 FROM DraftOpinion o WHERE o.draft = d AND o.asked = :me AND o.answer IS NULL)",
                    me);
            case "issue" -> me.hasRole(Role.CLERK)
                    ? query("d.status = vn.congvan.domain.model.drafting.DraftStatus.SIGNED", me)
                    : List.of();
            // DraftAccess.canView as a query, so the 500 newest are the newest the caller may see (not the
            // agency's 500 newest, filtered afterwards); canView is still applied as the rule of record
            case "all" -> query(ALL_VISIBLE, me).stream().filter(d -> DraftAccess.canView(me, d)).toList();
            default -> throw ApplicationProblemException.invalid(FieldError.of("box", "validation.pattern"));
        };
        return drafts.stream().filter(d -> me.clearance().covers(d.secrecy())).map(DraftView.Summary::of).toList();
    }

    /** {@link DraftAccess#canView}'s rule (clearance aside, filtered after) as a JPQL condition on draft {@code d}. */
    private static final String ALL_VISIBLE = "d.author = :me OR d.reviewer = :me OR d.signer = :me OR :leader = true"
            + " OR (:head = true AND d.draftingDepartment.id = :dept)"
            + " OR (:clerk = true AND d.status IN (vn.congvan.domain.model.drafting.DraftStatus.SIGNED,"
            + " vn.congvan.domain.model.drafting.DraftStatus.ISSUED, vn.congvan.domain.model.drafting.DraftStatus.RECALLED))"
            + " OR EXISTS (SELECT 1 FROM DraftOpinion vo WHERE vo.draft = d AND vo.asked = :me)"
            + " OR EXISTS (SELECT 1 FROM DraftEntry ve WHERE ve.draft = d AND ve.user = :me)";

    private List<Draft> query(String where, User me) {
        var q = em.createQuery("SELECT d FROM Draft d WHERE d.agency = :agency AND d.secrecy IN :levels AND (" + where + ")"
                        + " ORDER BY d.updatedAt DESC", Draft.class)
                .setParameter("agency", me.agency())
                .setParameter("levels", vn.congvan.domain.model.incoming.DocumentAccess.visibleLevels(me));
        if (where.contains(":me")) {
            q.setParameter("me", me);
        }
        if (where.contains(":leader")) {
            boolean head = me.hasRole(Role.DEPT_HEAD) && me.department() != null;
            q.setParameter("leader", me.hasRole(Role.LEADER)).setParameter("head", head)
                    .setParameter("dept", head ? me.department().id() : -1L)
                    .setParameter("clerk", me.hasRole(Role.CLERK));
        }
        return q.setMaxResults(500).getResultList();
    }

    @RolesAllowed({Role.Names.SPECIALIST, Role.Names.DEPT_HEAD, Role.Names.LEADER, Role.Names.CLERK, Role.Names.ADMIN})
    public AttachmentContent versionContent(long id, long versionId) {
        User me = users.current();
        Draft draft = visible(me, id);
        DraftVersion v = draft.versions().stream().filter(x -> x.id() == versionId).findFirst()
                .orElseThrow(() -> new ApplicationProblemException(Problem.NOT_FOUND, "attachment.notFound"));
        try {
            AttachmentContent c = new AttachmentContent(v.fileName(), v.contentType(), v.sizeBytes(), v.sha256(),
                    contentStore.verifiedPath(v.sha256()));
            audit.recordOn(AuditAction.DOWNLOADED, DRAFT, draft.id(), v.id(), v.fileName());
            return c;
        } catch (CorruptContentException e) {
            throw new ApplicationProblemException(Problem.SERVER_ERROR, "attachment.corrupt", v.fileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The agency's review chain ({@link ReviewChainStep#DEFAULT} when none is configured). */
    List<ReviewChainStep.Step> chain(User me) {
        List<ReviewChainStep.Step> steps = em.createNamedQuery("ReviewChainStep.findByAgency", ReviewChainStep.class)
                .setParameter("agency", me.agency()).getResultStream().map(ReviewChainStep::step).toList();
        return steps.isEmpty() ? ReviewChainStep.DEFAULT : steps;
    }

    /** Users who may review a draft at a step of {@code role}, cleared for its secrecy level. */
    private List<User> eligible(Draft draft, ReviewRole role) {
        String where = role == ReviewRole.DEPT_HEAD ? " AND u.department = :dept" : " AND :dept IS NOT NULL";
        return em.createQuery("SELECT DISTINCT u FROM User u JOIN u.roles r WHERE u.agency = :agency AND u.active = true"
                        + " AND r = :role" + where + " ORDER BY u.id", User.class)
                .setParameter("agency", draft.agency()).setParameter("role", role.role())
                .setParameter("dept", draft.draftingDepartment()).getResultStream()
                .filter(u -> u.clearance().covers(draft.secrecy())).toList();
    }

    private User reviewer(Draft draft, ReviewRole role, Long wanted, User me) {
        List<User> candidates = eligible(draft, role).stream().filter(u -> !u.id().equals(draft.author().id())
                || role == ReviewRole.LEADER).toList();
        if (wanted != null) {
            return candidates.stream().filter(u -> u.id().equals(wanted)).findFirst().orElseThrow(() ->
                    ApplicationProblemException.invalid(FieldError.of(draft.status() == DraftStatus.IN_REVIEW
                            && role == draft.stepRole() && wanted != null ? "toUserId" : "reviewerId",
                            "drafting.reviewer.notEligible")));
        }
        return candidates.stream().filter(u -> !u.id().equals(me.id())).findFirst().orElseThrow(() ->
                new ApplicationProblemException(Problem.CONFLICT, "drafting.reviewer.none",
                        role == ReviewRole.DEPT_HEAD ? draft.draftingDepartment().name() : draft.agency().name()));
    }

    private List<Long> clerks(Draft draft) {
        return em.createQuery("SELECT DISTINCT u FROM User u JOIN u.roles r WHERE u.agency = :agency AND u.active = true"
                        + " AND r = :clerk", User.class)
                .setParameter("agency", draft.agency()).setParameter("clerk", Role.CLERK).getResultStream()
                .filter(u -> u.clearance().covers(draft.secrecy())).map(User::id).toList();
    }

    private record Described(DocumentType type, Department department, Priority priority, Clearance secrecy,
                             List<Recipient> recipients) {
    }

    private Described described(User me, DraftCommands.Describe c) {
        List<FieldError> errors = new ArrayList<>();
        DocumentType type = vn.congvan.application.catalogue.DocumentTypeCatalogue.usable(em, me.agency(), c.documentType());
        if (type == null) {
            errors.add(FieldError.of("documentType", "validation.documentType.unknown", c.documentType()));
        }
        Department dep = c.draftingDepartmentId() == null ? me.department() : em.find(Department.class, c.draftingDepartmentId());
        if (dep == null || !dep.agency().id().equals(me.agency().id())) {
            errors.add(FieldError.of("draftingDepartmentId", "validation.department.unknown"));
        }
        Clearance secrecy = c.secrecy() == null ? Clearance.NONE : Clearance.valueOf(c.secrecy());
        if (!me.clearance().covers(secrecy)) {
            errors.add(FieldError.of("secrecy", "drafting.secrecy.notCleared"));
        }
        List<Recipient> recipients = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<RegisterOutgoingCommand.RecipientInput> inputs = c.recipients() == null ? List.of() : c.recipients();
        for (int i = 0; i < inputs.size(); i++) {
            RegisterOutgoingCommand.RecipientInput in = inputs.get(i);
            String field = "recipients[" + i + "]";
            Recipient r;
            if (in == null) {
                errors.add(FieldError.of(field, "validation.required"));
                continue;
            } else if (in.departmentId() != null) {
                Department d = em.find(Department.class, in.departmentId());
                if (d == null || !d.agency().id().equals(me.agency().id())) {
                    errors.add(FieldError.of(field + ".departmentId", "validation.department.unknown"));
                    continue;
                }
                r = Recipient.internal(d.id(), d.name());
            } else if (in.name() == null || in.name().isBlank()) {
                errors.add(FieldError.of(field + ".name", "validation.required"));
                continue;
            } else if (in.organId() != null && !in.organId().isBlank()
                    && !in.organId().strip().matches("[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[0-9A-Z]{3}")) {
                errors.add(FieldError.of(field + ".organId", "drafting.organId.invalid", in.organId()));
                continue;
            } else {
                r = Recipient.external(in.name().strip(), blankToNull(in.organId()));
            }
            String key = r.kind() + ":" + (r.departmentId() != null ? r.departmentId() : r.name().toLowerCase(Locale.ROOT));
            if (!seen.add(key)) {
                errors.add(FieldError.of(field, "outgoing.recipient.duplicate", r.name()));
                continue;
            }
            recipients.add(r);
        }
        if (!errors.isEmpty()) {
            throw ApplicationProblemException.invalid(errors);
        }
        return new Described(type, dep, c.priority() == null ? Priority.THUONG : Priority.ofCode(c.priority()), secrecy,
                recipients);
    }

    private RegisterOutgoingCommand outgoingCommand(Draft d, DraftCommands.Issue c) {
        List<RegisterOutgoingCommand.RecipientInput> to = d.recipients().stream()
                .map(r -> new RegisterOutgoingCommand.RecipientInput(r.departmentId(),
                        r.departmentId() == null ? r.name() : null, r.organId())).toList();
        User signer = d.signer();
        return new RegisterOutgoingCommand(c.registerId(), d.documentType().code(), null, d.subject(), "vi", null,
                signer.positionTitle(), signer.fullName(), to, d.priority().code(), d.secrecy().name(),
                c.issuedAmount(), null, null, d.draftingDepartment().id(), blankToNull(c.archiveHolder()));
    }

    private DraftVersion.FileFacts inspect(UploadedFile f) {
        String name = PdfUploadCheck.safeFileName(f.fileName());
        String lower = name.toLowerCase(Locale.ROOT);
        String declared = f.declaredContentType() == null ? "" : f.declaredContentType().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx") || declared.startsWith(DraftVersion.DOCX)) {
            if (!zip(f)) {
                throw new ApplicationProblemException(Problem.UNSUPPORTED_MEDIA_TYPE, "drafting.file.notDocx", name);
            }
            return new DraftVersion.FileFacts(name, DraftVersion.DOCX, f.staged().size(), f.staged().sha256(), null);
        }
        if (!lower.endsWith(".pdf") && !declared.startsWith(PdfUploadCheck.PDF)) {
            throw new ApplicationProblemException(Problem.UNSUPPORTED_MEDIA_TYPE, "drafting.file.type", name);
        }
        int pages = PdfUploadCheck.inspect(f).pageCount();
        return new DraftVersion.FileFacts(name, PdfUploadCheck.PDF, f.staged().size(), f.staged().sha256(), pages);
    }

    private static boolean zip(UploadedFile f) {
        try (InputStream in = Files.newInputStream(f.staged().path())) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StoredFile store(ContentStore.StagedFile staged) {
        try {
            return contentStore.commit(staged);
        } catch (IOException e) {
            throw new UncheckedIOException("Content store failed", e);
        }
    }

    private DraftVersion.FileFacts storeBytes(byte[] pdf, String fileName) {
        try (ContentStore.StagedFile staged = contentStore.stage(new ByteArrayInputStream(pdf), MAX_FILE_BYTES)) {
            int pages;
            try {
                pages = PdfInspector.inspect(staged.path()).pageCount();
            } catch (InvalidPdfException e) {
                throw new ApplicationProblemException(Problem.SERVER_ERROR, "signing.failed", e.getMessage());
            }
            StoredFile stored = store(staged);
            return new DraftVersion.FileFacts(fileName, PdfUploadCheck.PDF, stored.size(), stored.sha256(), pages);
        } catch (IOException e) {
            throw new UncheckedIOException("Content store failed", e);
        }
    }

    private byte[] read(String sha256) {
        try {
            return Files.readAllBytes(contentStore.verifiedPath(sha256));
        } catch (CorruptContentException e) {
            throw new ApplicationProblemException(Problem.SERVER_ERROR, "attachment.corrupt", sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String signedName(String fileName, String suffix) {
        String base = fileName.toLowerCase(Locale.ROOT).endsWith(".pdf") ? fileName.substring(0, fileName.length() - 4)
                : fileName;
        base = base.replaceAll("-(da-ky|phat-hanh)$", "");
        String name = base + "-" + suffix + ".pdf";
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private Draft visible(User me, long id) {
        Draft d = em.find(Draft.class, id);
        if (d == null || !DraftAccess.canView(me, d)) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "drafting.notFound");
        }
        return d;
    }

    private Draft locked(User me, long id) {
        Draft d = visible(me, id);
        em.lock(d, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(d);
        return d;
    }

    private static void requireAuthor(User me, Draft d) {
        if (!d.author().id().equals(me.id())) {
            throw new ApplicationProblemException(Problem.FORBIDDEN, "drafting.notAuthor");
        }
    }

    private static void requireReviewer(User me, Draft d) {
        if (d.status() == DraftStatus.IN_REVIEW && (d.reviewer() == null || !d.reviewer().id().equals(me.id()))) {
            throw new ApplicationProblemException(Problem.FORBIDDEN, "drafting.notYourTurn");
        }
        if (d.status() != DraftStatus.IN_REVIEW) {
            throw refused(new DraftStepRefused("drafting.notInReview", d.status()));
        }
    }

    private static void requireSameVersion(Draft d, int versionNo) {
        DraftVersion pdf = d.latestPdf();
        if (pdf == null || pdf.versionNo() != versionNo) {
            throw new ApplicationProblemException(Problem.CONFLICT, "drafting.changedMeanwhile");
        }
    }

    private static <T> T step(java.util.function.Supplier<T> s) {
        try {
            return s.get();
        } catch (DraftStepRefused e) {
            throw refused(e);
        }
    }

    private static void step(Runnable r) {
        try {
            r.run();
        } catch (DraftStepRefused e) {
            throw refused(e);
        }
    }

    private static ApplicationProblemException refused(DraftStepRefused e) {
        return new ApplicationProblemException(Problem.CONFLICT, e.reason(), e.status().name());
    }

    private void notify(Draft d, List<Long> to, NotificationKind kind, String detail, Long actor) {
        Set<Long> recipients = new LinkedHashSet<>(to);
        if (actor != null) {
            recipients.remove(actor);
        }
        if (recipients.isEmpty()) {
            return;
        }
        notifications.fire(new NotificationRequested(d.agency().id(), recipients, kind, DocumentKind.DRAFT, d.id(),
                "Dự thảo: " + d.subject(), detail, actor, d.priority().urgent()));
    }

    private DraftView view(User me, Draft d) {
        Long mine = d.opinions().stream().filter(o -> o.open() && o.asked().id().equals(me.id()))
                .map(DraftOpinion::id).findFirst().orElse(null);
        return DraftView.of(d, DraftAccess.actions(me, d), mine);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
