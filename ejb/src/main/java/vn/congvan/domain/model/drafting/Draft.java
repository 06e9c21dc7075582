package vn.congvan.domain.model.drafting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.congvan.domain.model.agency.Agency;
import vn.congvan.domain.model.agency.Clearance;
import vn.congvan.domain.model.agency.Department;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.catalogue.DocumentType;
import vn.congvan.domain.model.incoming.Priority;
import vn.congvan.domain.model.incoming.PriorityConverter;
import vn.congvan.domain.model.outgoing.Recipient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A draft of an outgoing document (dự thảo) and its way to issue. The state machine:
 * <pre>
 * DRAFTING ─submit→ IN_REVIEW(step 0) ─approve→ IN_REVIEW(step i+1) … ─sign (last step)→ SIGNED ─issue→ ISSUED ─recall→ RECALLED
 *     ↑                 │ return / forward (same step, another reviewer)
 * RETURNED ←────────────┘      IN_REVIEW(last) ─remote sign→ AWAITING_SIGNATURE ─signed→ SIGNED
 *     └─submit→ IN_REVIEW(step 0)                                 └─refused / time-out→ RETURNED
 * </pre>
 * Every method refuses a step the present state does not allow with {@link DraftStepRefused} and then
 * changes nothing. Who may take a step (author, the current reviewer, a clerk) is the service's check.
 */
@Entity
@Table(name = "draft")
public class Draft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private User author;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_type_id")
    private DocumentType documentType;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "drafting_department_id")
    private Department draftingDepartment;

    @Column(nullable = false, length = 500)
    private String subject;

    @Convert(converter = PriorityConverter.class)
    @Column(nullable = false)
    private Priority priority = Priority.THUONG;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Clearance secrecy = Clearance.NONE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DraftStatus status;

    /** The step of the review chain the draft is at (0-based), while in review or awaiting a signature. */
    @Column(name = "step_index")
    private Integer stepIndex;

    @Enumerated(EnumType.STRING)
    @Column(name = "step_role", length = 20)
    private ReviewRole stepRole;

    /** The number of steps of the chain the draft was submitted along (the chain is fixed at submission). */
    @Column(name = "step_count")
    private Integer stepCount;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewer_id")
    private User reviewer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "signer_id")
    private User signer;

    @Column(name = "outgoing_id")
    private Long outgoingId;

    /** The last return or signing-failure reason, shown to the author. */
    @Column(name = "last_reason", length = 2000)
    private String lastReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "draft_recipient", joinColumns = @JoinColumn(name = "draft_id"))
    @OrderColumn(name = "list_index")
    private List<Recipient> recipients = new ArrayList<>();

    @OneToMany(mappedBy = "draft", cascade = CascadeType.PERSIST)
    @OrderBy("versionNo")
    private List<DraftVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "draft", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<DraftOpinion> opinions = new ArrayList<>();

    @OneToMany(mappedBy = "draft", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<DraftEntry> entries = new ArrayList<>();

    @Version
    private long version;

    protected Draft() {
    }

    public Draft(User author, DocumentType type, Department draftingDepartment, String subject, Priority priority,
                 Clearance secrecy, List<Recipient> recipients, Instant now) {
        this.author = Objects.requireNonNull(author, "author");
        this.agency = author.agency();
        this.status = DraftStatus.DRAFTING;
        this.createdAt = now;
        describe(type, draftingDepartment, subject, priority, secrecy, recipients, now);
        entries.add(new DraftEntry(this, author, DraftEntry.Action.CREATED, null, null, now));
    }

    /** Changes what the draft is (only while the author holds it). */
    public void describe(DocumentType type, Department draftingDepartment, String subject, Priority priority,
                         Clearance secrecy, List<Recipient> recipients, Instant now) {
        requireEditable("drafting.notEditable");
        this.documentType = Objects.requireNonNull(type, "type");
        this.draftingDepartment = Objects.requireNonNull(draftingDepartment, "draftingDepartment");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.priority = priority == null ? Priority.THUONG : priority;
        this.secrecy = secrecy == null ? Clearance.NONE : secrecy;
        this.recipients = new ArrayList<>(recipients);
        this.updatedAt = now;
    }

    /** A new version of the file; earlier ones are kept. */
    public DraftVersion addVersion(User by, DraftVersion.FileFacts file, String note, Instant now) {
        requireEditable("drafting.notEditable");
        return appendVersion(by, DraftVersion.Stage.DRAFT, file, note, now);
    }

    private DraftVersion appendVersion(User by, DraftVersion.Stage stage, DraftVersion.FileFacts file, String note,
                                       Instant now) {
        DraftVersion v = new DraftVersion(this, versions.size() + 1, stage, file, note, by, now);
        versions.add(v);
        entries.add(new DraftEntry(this, by, DraftEntry.Action.VERSION_ADDED, note, v.versionNo(), now));
        this.updatedAt = now;
        return v;
    }

    public DraftOpinion askOpinion(User by, User asked, String question, Instant now) {
        if (status == DraftStatus.ISSUED || status == DraftStatus.RECALLED || status == DraftStatus.SIGNED) {
            throw new DraftStepRefused("drafting.opinion.closed", status);
        }
        DraftOpinion o = new DraftOpinion(this, asked, by, question, now);
        opinions.add(o);
        entries.add(new DraftEntry(this, by, DraftEntry.Action.OPINION_ASKED,
                asked.fullName() + (question == null ? "" : ": " + question), currentVersionNo(), now));
        this.updatedAt = now;
        return o;
    }

    public void answered(DraftOpinion o, Instant now) {
        entries.add(new DraftEntry(this, o.asked(), DraftEntry.Action.OPINION_GIVEN,
                o.answer().vietnamese() + (o.comment() == null ? "" : ": " + o.comment()), currentVersionNo(), now));
        this.updatedAt = now;
    }

    /** To the first step of the chain ({@code steps} long), to {@code reviewer}. */
    public void submit(User by, int steps, ReviewRole firstRole, User reviewer, String comment, Instant now) {
        requireEditable("drafting.notSubmittable");
        if (latestPdf() == null) {
            throw new DraftStepRefused("drafting.pdfRequired", status);
        }
        this.status = DraftStatus.IN_REVIEW;
        this.stepCount = steps;
        this.stepIndex = 0;
        this.stepRole = firstRole;
        this.reviewer = Objects.requireNonNull(reviewer, "reviewer");
        this.lastReason = null;
        entries.add(new DraftEntry(this, by, DraftEntry.Action.SUBMITTED, comment, currentVersionNo(), now));
        this.updatedAt = now;
    }

    /** The reviewer of a step before the last approves; the draft goes to {@code next} at the next step. */
    public void approve(User by, ReviewRole nextRole, User next, String comment, Instant now) {
        requireStatus(DraftStatus.IN_REVIEW, "drafting.notInReview");
        if (atLastStep()) {
            throw new DraftStepRefused("drafting.lastStepSigns", status);
        }
        this.stepIndex = stepIndex + 1;
        this.stepRole = nextRole;
        this.reviewer = Objects.requireNonNull(next, "next");
        entries.add(new DraftEntry(this, by, DraftEntry.Action.APPROVED, comment, currentVersionNo(), now));
        this.updatedAt = now;
    }

    /** Passes the draft to another reviewer at the same step. */
    public void forward(User by, User to, String comment, Instant now) {
        requireStatus(DraftStatus.IN_REVIEW, "drafting.notInReview");
        this.reviewer = Objects.requireNonNull(to, "to");
        entries.add(new DraftEntry(this, by, DraftEntry.Action.FORWARDED,
                to.fullName() + (comment == null ? "" : ": " + comment), currentVersionNo(), now));
        this.updatedAt = now;
    }

    /** Back to the author with comments. */
    public void returnToAuthor(User by, String reason, Instant now) {
        requireStatus(DraftStatus.IN_REVIEW, "drafting.notInReview");
        toAuthor(by, DraftEntry.Action.RETURNED, reason, now);
    }

    private void toAuthor(User by, DraftEntry.Action action, String reason, Instant now) {
        this.status = DraftStatus.RETURNED;
        this.reviewer = null;
        this.stepIndex = null;
        this.stepRole = null;
        this.lastReason = reason;
        entries.add(new DraftEntry(this, by, action, reason, currentVersionNo(), now));
        this.updatedAt = now;
    }

    /** The leader at the last step approved and a remote service was asked to sign. */
    public void awaitSignature(User leader, Instant now) {
        requireStatus(DraftStatus.IN_REVIEW, "drafting.notInReview");
        if (!atLastStep()) {
            throw new DraftStepRefused("drafting.notLastStep", status);
        }
        this.status = DraftStatus.AWAITING_SIGNATURE;
        this.signer = leader;
        entries.add(new DraftEntry(this, leader, DraftEntry.Action.AWAITING_SIGNATURE, null, currentVersionNo(), now));
        this.updatedAt = now;
    }

    /** The leader's signed PDF: a new version; the draft waits for the clerk. */
    public DraftVersion signed(User leader, DraftVersion.FileFacts signedPdf, String comment, Instant now) {
        if (status == DraftStatus.IN_REVIEW) {
            if (!atLastStep()) {
                throw new DraftStepRefused("drafting.notLastStep", status);
            }
        } else if (status != DraftStatus.AWAITING_SIGNATURE) {
            throw new DraftStepRefused("drafting.notInReview", status);
        }
        this.status = DraftStatus.SIGNED;
        this.signer = leader;
        this.reviewer = null;
        entries.add(new DraftEntry(this, leader, DraftEntry.Action.SIGNED, comment, currentVersionNo(), now));
        return appendVersion(leader, DraftVersion.Stage.SIGNED, signedPdf, null, now);
    }

    /** The remote service refused or did not answer: back to the author with the reason. */
    public void signingFailed(User leader, String reason, Instant now) {
        requireStatus(DraftStatus.AWAITING_SIGNATURE, "drafting.notAwaitingSignature");
        toAuthor(leader, DraftEntry.Action.SIGNING_FAILED, reason, now);
    }

    /** The clerk issued it: the sealed PDF is the last version; the outgoing document exists. */
    public DraftVersion issued(User clerk, DraftVersion.FileFacts sealedPdf, long outgoingId, String notation, Instant now) {
        requireStatus(DraftStatus.SIGNED, "drafting.notSigned");
        this.status = DraftStatus.ISSUED;
        this.outgoingId = outgoingId;
        entries.add(new DraftEntry(this, clerk, DraftEntry.Action.ISSUED, notation, currentVersionNo(), now));
        return appendVersion(clerk, DraftVersion.Stage.ISSUED, sealedPdf, notation, now);
    }

    public void recalled(User by, String reason, Instant now) {
        requireStatus(DraftStatus.ISSUED, "drafting.notIssued");
        this.status = DraftStatus.RECALLED;
        this.lastReason = reason;
        entries.add(new DraftEntry(this, by, DraftEntry.Action.RECALLED, reason, currentVersionNo(), now));
        this.updatedAt = now;
    }

    public boolean atLastStep() {
        return stepIndex != null && stepCount != null && stepIndex == stepCount - 1;
    }

    /** The newest PDF version (what is signed), or null. */
    public DraftVersion latestPdf() {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).pdf()) {
                return versions.get(i);
            }
        }
        return null;
    }

    public DraftVersion latestVersion() {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    private Integer currentVersionNo() {
        return versions.isEmpty() ? null : versions.size();
    }

    private void requireEditable(String reason) {
        if (status != null && !status.editable()) {
            throw new DraftStepRefused(reason, status);
        }
    }

    private void requireStatus(DraftStatus wanted, String reason) {
        if (status != wanted) {
            throw new DraftStepRefused(reason, status);
        }
    }

    public Long id() { return id; }
    public Agency agency() { return agency; }
    public User author() { return author; }
    public DocumentType documentType() { return documentType; }
    public Department draftingDepartment() { return draftingDepartment; }
    public String subject() { return subject; }
    public Priority priority() { return priority; }
    public Clearance secrecy() { return secrecy; }
    public DraftStatus status() { return status; }
    public Integer stepIndex() { return stepIndex; }
    public ReviewRole stepRole() { return stepRole; }
    public Integer stepCount() { return stepCount; }
    public User reviewer() { return reviewer; }
    public User signer() { return signer; }
    public Long outgoingId() { return outgoingId; }
    public String lastReason() { return lastReason; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public List<Recipient> recipients() { return List.copyOf(recipients); }
    public List<DraftVersion> versions() { return List.copyOf(versions); }
    public List<DraftOpinion> opinions() { return List.copyOf(opinions); }
    public List<DraftEntry> entries() { return List.copyOf(entries); }
}
