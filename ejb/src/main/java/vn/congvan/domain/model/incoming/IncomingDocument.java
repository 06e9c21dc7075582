package vn.congvan.domain.model.incoming;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.congvan.domain.model.agency.Agency;
import vn.congvan.domain.model.agency.Clearance;
import vn.congvan.domain.model.agency.Department;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.attachment.Attachment;
import vn.congvan.domain.model.catalogue.DocumentType;
import vn.congvan.domain.model.register.Register;
import vn.congvan.domain.model.register.RegisterKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An incoming document (văn bản đến) as registered: the ND30 incoming fields, named after edXML
 * where edXML has a name (ArrivalNumber, ArrivalDate, OrganName, CodeNumber, CodeNotation…).
 */
@Entity
@Table(name = "incoming_document")
public class IncomingDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "register_id")
    private Register register;

    /** Số đến. */
    @Column(name = "arrival_number", nullable = false)
    private long arrivalNumber;

    /** Ngày đến. */
    @Column(name = "arrival_date", nullable = false)
    private LocalDate arrivalDate;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "receive_method", nullable = false, length = 10)
    private ReceiveMethod receiveMethod;

    /** Tác giả: the issuing agency. */
    @Column(name = "organ_name", nullable = false)
    private String organName;

    @Column(name = "organ_id", length = 13)
    private String organId;

    @Column(name = "code_number", length = 20)
    private String codeNumber;

    @Column(name = "code_notation", length = 100)
    private String codeNotation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_type_id")
    private DocumentType documentType;

    /** Ngày tháng of the document. */
    @Column(name = "issued_date", nullable = false)
    private LocalDate issuedDate;

    /** Trích yếu. */
    @Column(nullable = false, length = 500)
    private String subject;

    @Column(name = "signer_full_name", length = 100)
    private String signerFullName;

    @Column(name = "signer_position", length = 100)
    private String signerPosition;

    @Column(name = "page_amount")
    private Integer pageAmount;

    @Convert(converter = PriorityConverter.class)
    @Column(nullable = false)
    private Priority priority = Priority.THUONG;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Clearance secrecy = Clearance.NONE;

    @Column(name = "due_date")
    private LocalDate dueDate;

    /** Đơn vị nhận: the department the clerk hands it to. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_department_id")
    private Department recipientDepartment;

    /** Ghi chú. */
    @Column(length = 1000)
    private String description;

    /** Language (edXML): vi by default. */
    @Column(nullable = false, length = 10)
    private String language = "vi";

    /** ToPlaces: the document's own recipients as printed on it (nơi nhận), one per line. */
    @Column(name = "to_places", length = 2000)
    private String toPlaces;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registered_by")
    private User registeredBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    /** For an internal copy: the agency's own outgoing document it was issued as. */
    @Column(name = "source_outgoing_id")
    private Long sourceOutgoingId;

    /** Set when the outgoing document it copies was recalled (thu hồi): the copy is frozen. */
    @Column(name = "recalled_at")
    private Instant recalledAt;

    @Column(name = "recall_reason", length = 1000)
    private String recallReason;

    @Version
    private long version;

    protected IncomingDocument() {
    }

    /**
     * Registers a document: takes the next number of the register (the caller holds the register's
     * write lock) for the given arrival date.
     */
    public static IncomingDocument register(Register register, LocalDate arrivalDate, Instant receivedAt,
                                            IncomingDetails details, DocumentType type,
                                            Department recipient, User clerk) {
        Objects.requireNonNull(register, "register");
        if (register.kind() != RegisterKind.INCOMING) {
            throw new IllegalArgumentException("Not an incoming register: " + register.code());
        }
        if (register.year() != arrivalDate.getYear()) {
            throw new IllegalArgumentException("Register of " + register.year() + " cannot take a document of "
                    + arrivalDate.getYear());
        }
        IncomingDocument d = new IncomingDocument();
        d.agency = register.agency();
        d.register = register;
        d.arrivalDate = arrivalDate;
        d.receivedAt = receivedAt;
        d.receiveMethod = details.receiveMethod();
        d.organName = details.organName();
        d.organId = details.organId();
        d.codeNumber = details.codeNumber();
        d.codeNotation = details.codeNotation();
        d.documentType = Objects.requireNonNull(type, "type");
        d.issuedDate = details.issuedDate();
        d.subject = details.subject();
        d.signerFullName = details.signerFullName();
        d.signerPosition = details.signerPosition();
        d.pageAmount = details.pageAmount();
        d.priority = details.priority();
        d.secrecy = details.secrecy();
        d.dueDate = details.dueDate();
        d.recipientDepartment = recipient;
        d.description = details.description();
        d.language = details.language();
        d.toPlaces = details.toPlaces();
        d.registeredBy = Objects.requireNonNull(clerk, "clerk");
        d.createdAt = receivedAt;
        d.arrivalNumber = register.takeNumber();
        return d;
    }

    /** Marks this document as the internal copy of the agency's outgoing document {@code outgoingId}. */
    public void copyOf(long outgoingId) {
        this.sourceOutgoingId = outgoingId;
    }

    /** The issuing agency recalled the document: it stays for the record, frozen, with the reason. */
    public void recall(String reason, Instant at) {
        if (recalledAt == null) {
            this.recalledAt = at;
            this.recallReason = reason;
        }
    }

    /**
     * The issuing agency corrected the document's metadata by edXML (update or replace): subject and signer;
     * the registration itself (số đến, sổ) stays. A recalled document takes no change.
     */
    public void correctedBySender(String subject, String signerFullName, String signerPosition) {
        if (recalledAt != null) {
            throw new IllegalStateException("document " + id + " was recalled");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("subject");
        }
        this.subject = subject.strip();
        if (signerFullName != null) {
            this.signerFullName = signerFullName;
        }
        if (signerPosition != null) {
            this.signerPosition = signerPosition;
        }
    }

    public boolean recalled() { return recalledAt != null; }
    public Long sourceOutgoingId() { return sourceOutgoingId; }
    public Instant recalledAt() { return recalledAt; }
    public String recallReason() { return recallReason; }

    public void addAttachment(Attachment attachment) {
        attachments.add(attachment);
    }

    /** "Số, ký hiệu" as printed: 15/QĐ-UBND. */
    public String numberAndNotation() {
        if (codeNumber == null || codeNumber.isBlank()) {
            return codeNotation == null ? "" : codeNotation;
        }
        return codeNotation == null || codeNotation.isBlank() ? codeNumber : codeNumber + "/" + codeNotation;
    }

    public Long id() { return id; }
    public Agency agency() { return agency; }
    public Register register() { return register; }
    public long arrivalNumber() { return arrivalNumber; }
    public LocalDate arrivalDate() { return arrivalDate; }
    public Instant receivedAt() { return receivedAt; }
    public ReceiveMethod receiveMethod() { return receiveMethod; }
    public String organName() { return organName; }
    public String organId() { return organId; }
    public String codeNumber() { return codeNumber; }
    public String codeNotation() { return codeNotation; }
    public DocumentType documentType() { return documentType; }
    public LocalDate issuedDate() { return issuedDate; }
    public String subject() { return subject; }
    public String signerFullName() { return signerFullName; }
    public String signerPosition() { return signerPosition; }
    public Integer pageAmount() { return pageAmount; }
    public Priority priority() { return priority; }
    public Clearance secrecy() { return secrecy; }
    public LocalDate dueDate() { return dueDate; }
    public Department recipientDepartment() { return recipientDepartment; }
    public String description() { return description; }
    public String language() { return language; }
    public String toPlaces() { return toPlaces; }
    public User registeredBy() { return registeredBy; }
    public List<Attachment> attachments() { return List.copyOf(attachments); }
}
