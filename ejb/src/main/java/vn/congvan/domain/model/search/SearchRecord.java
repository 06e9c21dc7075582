package vn.congvan.domain.model.search;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import vn.congvan.domain.model.incoming.IncomingDocument;
import vn.congvan.domain.model.outgoing.OutgoingDocument;
import vn.congvan.domain.model.outgoing.Recipient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the search index holds for one document, whatever its kind: the metadata a query matches and
 * filters on, who may see it (agency, the departments that may see it, secrecy — {@code DocumentAccess}
 * and {@code OutgoingAccess} applied inside the query), its status and the text of its files. One row per
 * document in {@code search_document}, written in the transaction of the change it reflects, which also
 * adds the row to the search outbox: the index is written right after the commit ({@code SearchOutboxWorker}).
 *
 * <p>Incoming ({@link #ofIncoming}) and outgoing ({@link #ofOutgoing}) documents share the fields, so
 * queries, facets and trimming work for both at once.
 *
 * <p>Every text field is indexed three ways (see {@code VietnameseAnalyzers}): {@code x} exact
 * diacritics, {@code x_folded} without them (also stored, for highlighting), {@code x_shingles}
 * syllable pairs.
 */
@Entity
@Table(name = "search_document")
@Indexed(index = "document")
public class SearchRecord {

    public static final String KIND_INCOMING = "INCOMING";
    public static final String KIND_OUTGOING = "OUTGOING";

    /** Incoming status from the edXML status code (QCVN 102: 01 … 06). */
    private static final Map<String, String> INCOMING_STATUS = Map.of("01", "RECEIVED", "02", "REFUSED",
            "03", "REGISTERED", "04", "ASSIGNED", "05", "IN_PROGRESS", "06", "DONE");

    private static final String EXACT = "vi_exact";
    private static final String FOLDED = "vi_folded";
    private static final String SHINGLES = "vi_shingles";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(nullable = false, length = 10)
    private String kind;

    @GenericField(projectable = Projectable.YES)
    @Column(name = "document_id", nullable = false)
    private long documentId;

    @GenericField
    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @GenericField(aggregable = Aggregable.YES)
    @Column(name = "department_id")
    private Long departmentId;

    @KeywordField
    @Column(nullable = false, length = 20)
    private String secrecy;

    /** The departments whose members may see it (without seeing the whole agency). */
    @GenericField(name = "viewerDepartments")
    @ElementCollection
    @BatchSize(size = 500) // the re-index loads 500 rows at a time: their departments in one query, not 500
    @CollectionTable(name = "search_document_department", joinColumns = @JoinColumn(name = "record_id"))
    @Column(name = "department_id", nullable = false)
    private Set<Long> viewerDepartments = new HashSet<>();

    /** Incoming: the people a part of its routing was given to (they see it wherever their department is). */
    @GenericField(name = "viewerUsers")
    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "search_document_user", joinColumns = @JoinColumn(name = "record_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> viewerUsers = new HashSet<>();

    /** Incoming: the departments parts of its routing were given to (their heads see it). */
    @GenericField(name = "assignedDepartments")
    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "search_document_assigned_department", joinColumns = @JoinColumn(name = "record_id"))
    @Column(name = "department_id", nullable = false)
    private Set<Long> assignedDepartments = new HashSet<>();

    /** Incoming: RECEIVED … DONE; outgoing: ISSUED or WITHDRAWN. */
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(nullable = false, length = 20)
    private String status;

    @GenericField(aggregable = Aggregable.YES)
    @Column(name = "register_id")
    private Long registerId;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(name = "document_type", length = 20)
    private String documentType;

    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(nullable = false)
    private int priority;

    /** Số đến (incoming) or số (outgoing). */
    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
    @Column(name = "doc_number")
    private Long docNumber;

    /** "Số, ký hiệu": 123/QĐ-UBND. */
    @FullTextField(analyzer = FOLDED, projectable = Projectable.YES)
    @KeywordField(name = "notation_key", normalizer = "notation_key")
    @Column(length = 130)
    private String notation;

    @FullTextField(name = "organName", analyzer = EXACT)
    @KeywordField(name = "organName_facet", aggregable = Aggregable.YES)
    @FullTextField(name = "organName_folded", analyzer = FOLDED, projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @FullTextField(name = "organName_shingles", analyzer = SHINGLES)
    @Column(name = "organ_name")
    private String organName;

    @FullTextField(name = "subject", analyzer = EXACT)
    @FullTextField(name = "subject_folded", analyzer = FOLDED, projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @FullTextField(name = "subject_shingles", analyzer = SHINGLES)
    @Column(nullable = false, length = 500)
    private String subject;

    @FullTextField(name = "signer", analyzer = EXACT)
    @FullTextField(name = "signer_folded", analyzer = FOLDED, projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @FullTextField(name = "signer_shingles", analyzer = SHINGLES)
    @Column(length = 100)
    private String signer;

    /** Ngày đến (incoming) or ngày ban hành (outgoing): the date filters and sorts use. */
    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
    @Column(name = "document_date")
    private LocalDate documentDate;

    @GenericField(projectable = Projectable.YES)
    @Column(name = "issued_date")
    private LocalDate issuedDate;

    @FullTextField(name = "fullText", analyzer = EXACT)
    @FullTextField(name = "fullText_folded", analyzer = FOLDED, highlightable = Highlightable.ANY)
    @FullTextField(name = "fullText_shingles", analyzer = SHINGLES)
    @Column(name = "full_text")
    private String fullText;

    /** PENDING until every file's text is extracted, then DONE (or NONE: no files). */
    @KeywordField(projectable = Projectable.YES)
    @Column(name = "text_state", nullable = false, length = 10)
    private String textState;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SearchRecord() {
    }

    public static SearchRecord ofIncoming(IncomingDocument d) {
        SearchRecord r = new SearchRecord();
        r.kind = KIND_INCOMING;
        r.documentId = Objects.requireNonNull(d.id(), "document not persisted");
        r.agencyId = d.agency().id();
        r.departmentId = d.recipientDepartment() == null ? null : d.recipientDepartment().id();
        r.secrecy = d.secrecy().name();
        r.registerId = d.register().id();
        r.documentType = d.documentType().code();
        r.priority = d.priority().code();
        r.docNumber = d.arrivalNumber();
        String n = d.numberAndNotation();
        r.notation = n.isBlank() ? null : n;
        r.organName = d.organName();
        r.subject = d.subject();
        r.signer = d.signerFullName();
        r.documentDate = d.arrivalDate();
        r.issuedDate = d.issuedDate();
        r.textState = d.attachments().isEmpty() ? "NONE" : "PENDING";
        r.status = INCOMING_STATUS.get("03");
        r.updatedAt = Instant.now();
        r.incomingAccess(d);
        return r;
    }

    /** The issuing agency corrected an incoming document's subject or signer (edXML update or replace). */
    public void incomingMetadata(IncomingDocument d) {
        subject = d.subject();
        signer = d.signerFullName();
        updatedAt = Instant.now();
    }

    /** Who may see an incoming document changed (it was handed to another department). */
    public void incomingAccess(IncomingDocument d) {
        viewerDepartments.clear();
        if (d.recipientDepartment() != null) {
            viewerDepartments.add(d.recipientDepartment().id());
        }
        departmentId = d.recipientDepartment() == null ? null : d.recipientDepartment().id();
        updatedAt = Instant.now();
    }

    /**
     * Who routing gave parts of an incoming document to: the people (who see it) and the departments
     * (whose heads see it) — the search side of {@code IncomingVisibility}'s rule.
     */
    public void routingAccess(Set<Long> users, Set<Long> departments) {
        if (!viewerUsers.equals(users)) {
            viewerUsers.clear();
            viewerUsers.addAll(users);
        }
        if (!assignedDepartments.equals(departments)) {
            assignedDepartments.clear();
            assignedDepartments.addAll(departments);
        }
        updatedAt = Instant.now();
    }

    /**
     * An incoming document moved on (edXML status code 01–06).
     *
     * @throws IllegalArgumentException an unknown code
     */
    public void incomingStatus(String code) {
        String s = INCOMING_STATUS.get(code);
        if (s == null) {
            throw new IllegalArgumentException("Unknown status code " + code);
        }
        status = s;
        updatedAt = Instant.now();
    }

    /** An issued outgoing document: seen by the drafting department and the internal recipients. */
    public static SearchRecord ofOutgoing(OutgoingDocument d) {
        SearchRecord r = new SearchRecord();
        r.kind = KIND_OUTGOING;
        r.documentId = Objects.requireNonNull(d.id(), "document not persisted");
        r.agencyId = d.agency().id();
        r.departmentId = d.draftingDepartment() == null ? null : d.draftingDepartment().id();
        r.secrecy = d.secrecy().name();
        r.registerId = d.register().id();
        r.documentType = d.documentType().code();
        r.priority = d.priority().code();
        r.docNumber = d.number();
        r.notation = d.numberAndNotation();
        r.organName = d.organName();
        r.subject = d.subject();
        r.signer = d.signerFullName();
        r.documentDate = d.issuedDate();
        r.issuedDate = d.issuedDate();
        r.textState = d.attachments().isEmpty() ? "NONE" : "PENDING";
        r.status = d.status().name();
        if (r.departmentId != null) {
            r.viewerDepartments.add(r.departmentId);
        }
        for (Recipient to : d.recipients()) {
            if (to.departmentId() != null) {
                r.viewerDepartments.add(to.departmentId());
            }
        }
        r.updatedAt = Instant.now();
        return r;
    }

    /** An outgoing document was recalled (thu hồi): still found, with its status. */
    public void outgoingStatus(OutgoingDocument d) {
        status = d.status().name();
        updatedAt = Instant.now();
    }

    /** The text of the document's files, in order, once all are extracted (or some failed for good). */
    public void text(List<String> texts, boolean complete) {
        String joined = String.join("\n\n", texts.stream().filter(t -> t != null && !t.isBlank()).toList());
        this.fullText = joined.isEmpty() ? null : joined;
        this.textState = complete ? "DONE" : "PENDING";
        this.updatedAt = Instant.now();
    }

    public Long id() { return id; }
    public String kind() { return kind; }
    public long documentId() { return documentId; }
    public long agencyId() { return agencyId; }
    public Long departmentId() { return departmentId; }
    public String secrecy() { return secrecy; }
    public Set<Long> viewerDepartments() { return Set.copyOf(viewerDepartments); }

    public Set<Long> viewerUsers() { return Set.copyOf(viewerUsers); }

    public Set<Long> assignedDepartments() { return Set.copyOf(assignedDepartments); }
    public String status() { return status; }
    public Long registerId() { return registerId; }
    public String documentType() { return documentType; }
    public int priority() { return priority; }
    public Long docNumber() { return docNumber; }
    public String notation() { return notation; }
    public String organName() { return organName; }
    public String subject() { return subject; }
    public String signer() { return signer; }
    public LocalDate documentDate() { return documentDate; }
    public LocalDate issuedDate() { return issuedDate; }
    public String fullText() { return fullText; }
    public String textState() { return textState; }
}
