package vn.congvan.domain.model.outgoing;

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
import vn.congvan.domain.model.register.NotationPattern;
import vn.congvan.domain.model.register.Register;
import vn.congvan.domain.model.register.RegisterClosedException;
import vn.congvan.domain.model.register.RegisterKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An outgoing document (văn bản đi) as issued by the clerk: the ND30 Phụ lục VI outgoing fields, named
 * after edXML (CodeNumber, CodeNotation, IssuedDate, OrganName, Subject, Language, PageAmount,
 * SignerInfo, To, Priority, IssuedAmount, DueDate, Description). Its number comes from an outgoing
 * register and is never reused: a withdrawn document keeps it.
 */
@Entity
@Table(name = "outgoing_document")
public class OutgoingDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "register_id")
    private Register register;

    @Column(name = "register_year", nullable = false)
    private int registerYear;

    /** The register's sequence number (1, 2, …). */
    @Column(name = "seq_number", nullable = false)
    private long number;

    /** Số as printed: at least two digits ("01"). */
    @Column(name = "code_number", nullable = false, length = 20)
    private String codeNumber;

    /** Ký hiệu: "QĐ-UBND", "UBND-VP", "2026/QĐ-UBND". */
    @Column(name = "code_notation", nullable = false, length = 100)
    private String codeNotation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_type_id")
    private DocumentType documentType;

    @Column(name = "issued_date", nullable = false)
    private LocalDate issuedDate;

    /** The issuing agency's name (the caller's own agency). */
    @Column(name = "organ_name", nullable = false)
    private String organName;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false, length = 10)
    private String language = "vi";

    @Column(name = "page_amount")
    private Integer pageAmount;

    @Column(name = "signer_position", length = 100)
    private String signerPosition;

    @Column(name = "signer_full_name", length = 100)
    private String signerFullName;

    /** Nơi nhận (edXML To), in the order entered. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "outgoing_recipient", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "list_index")
    private List<Recipient> recipients = new ArrayList<>();

    @Convert(converter = PriorityConverter.class)
    @Column(nullable = false)
    private Priority priority = Priority.THUONG;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Clearance secrecy = Clearance.NONE;

    /** Số lượng bản. */
    @Column(name = "issued_amount")
    private Integer issuedAmount;

    @Column(name = "due_date")
    private LocalDate dueDate;

    /** Ghi chú. */
    @Column(length = 1000)
    private String description;

    /** Đơn vị soạn thảo. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "drafting_department_id")
    private Department draftingDepartment;

    /** Đơn vị, người nhận bản lưu. */
    @Column(name = "archive_holder", length = 255)
    private String archiveHolder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OutgoingStatus status = OutgoingStatus.ISSUED;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "withdrawn_by")
    private User withdrawnBy;

    @Column(name = "withdraw_reason", length = 1000)
    private String withdrawReason;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registered_by")
    private User registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<OutgoingAttachment> attachments = new ArrayList<>();

    @Version
    private long version;

    protected OutgoingDocument() {
    }

    /**
     * Issues a document (vào sổ văn bản đi): takes the register's next number (the caller holds the
     * register's write lock) and builds the notation from the register's pattern.
     *
     * @throws RegisterClosedException            the register is closed
     * @throws NotationPattern.MissingValueException the pattern needs a value the document lacks (e.g. {unit})
     */
    public static OutgoingDocument issue(Register register, OutgoingDetails details, DocumentType type,
                                         Department drafting, User clerk, Instant at) {
        Objects.requireNonNull(register, "register");
        if (register.kind() != RegisterKind.OUTGOING) {
            throw new IllegalArgumentException("Not an outgoing register: " + register.code());
        }
        if (register.closed()) {
            throw new RegisterClosedException(register.code(), register.year());
        }
        if (details.issuedDate().getYear() != register.year()) {
            throw new IllegalArgumentException("Register of " + register.year() + " cannot number a document of "
                    + details.issuedDate().getYear());
        }
        OutgoingDocument d = new OutgoingDocument();
        d.agency = register.agency();
        d.register = register;
        d.registerYear = register.year();
        d.documentType = Objects.requireNonNull(type, "type");
        d.draftingDepartment = drafting;
        // render before taking the number, so that a missing value takes nothing
        NotationPattern pattern = register.notationPatternFor(type.abbreviation());
        NotationPattern.Values probe = values(register, type, drafting, register.nextNumber());
        pattern.render(probe);
        d.number = register.takeNumber();
        NotationPattern.Rendered r = pattern.render(values(register, type, drafting, d.number));
        d.codeNumber = r.codeNumber();
        d.codeNotation = r.codeNotation();
        d.issuedDate = details.issuedDate();
        d.organName = register.agency().name();
        d.subject = details.subject();
        d.language = details.language();
        d.pageAmount = details.pageAmount();
        d.signerPosition = details.signerPosition();
        d.signerFullName = details.signerFullName();
        d.recipients = new ArrayList<>(details.recipients());
        d.priority = details.priority();
        d.secrecy = details.secrecy();
        d.issuedAmount = details.issuedAmount();
        d.dueDate = details.dueDate();
        d.description = details.description();
        d.archiveHolder = details.archiveHolder();
        d.registeredBy = Objects.requireNonNull(clerk, "clerk");
        d.registeredAt = Objects.requireNonNull(at, "at");
        return d;
    }

    /** The placeholders' values for a register, type and drafting unit. */
    public static NotationPattern.Values values(Register register, DocumentType type, Department drafting, long number) {
        return new NotationPattern.Values(number, register.year(), type.abbreviation(), register.agency().shortName(),
                drafting == null ? null : drafting.notationAbbreviation());
    }

    /**
     * Thu hồi: the document is withdrawn and frozen; it keeps its number, which is never given again.
     *
     * @throws IllegalStateException already withdrawn
     */
    public void withdraw(User by, String reason, Instant at) {
        if (status == OutgoingStatus.WITHDRAWN) {
            throw new IllegalStateException("Already withdrawn");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A withdrawal needs a reason");
        }
        this.status = OutgoingStatus.WITHDRAWN;
        this.withdrawnBy = Objects.requireNonNull(by, "by");
        this.withdrawReason = reason.strip();
        this.withdrawnAt = Objects.requireNonNull(at, "at");
    }

    public void addAttachment(OutgoingAttachment a) {
        attachments.add(a);
    }

    /** "Số, ký hiệu" as printed: 01/QĐ-UBND. */
    public String numberAndNotation() {
        return codeNumber + "/" + codeNotation;
    }

    public Long id() { return id; }
    public Agency agency() { return agency; }
    public Register register() { return register; }
    public int registerYear() { return registerYear; }
    public long number() { return number; }
    public String codeNumber() { return codeNumber; }
    public String codeNotation() { return codeNotation; }
    public DocumentType documentType() { return documentType; }
    public LocalDate issuedDate() { return issuedDate; }
    public String organName() { return organName; }
    public String subject() { return subject; }
    public String language() { return language; }
    public Integer pageAmount() { return pageAmount; }
    public String signerPosition() { return signerPosition; }
    public String signerFullName() { return signerFullName; }
    public List<Recipient> recipients() { return List.copyOf(recipients); }
    public Priority priority() { return priority; }
    public Clearance secrecy() { return secrecy; }
    public Integer issuedAmount() { return issuedAmount; }
    public LocalDate dueDate() { return dueDate; }
    public String description() { return description; }
    public Department draftingDepartment() { return draftingDepartment; }
    public String archiveHolder() { return archiveHolder; }
    public OutgoingStatus status() { return status; }
    public Instant withdrawnAt() { return withdrawnAt; }
    public User withdrawnBy() { return withdrawnBy; }
    public String withdrawReason() { return withdrawReason; }
    public User registeredBy() { return registeredBy; }
    public Instant registeredAt() { return registeredAt; }
    public List<OutgoingAttachment> attachments() { return List.copyOf(attachments); }
}
