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
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import vn.congvan.infrastructure.search.VietnameseExactBridge;
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
 * <p>Each text field is indexed folded ({@code x_folded}: without diacritics, stored for the hits and with term
 * vectors for highlighting) for the field searches; together they also make three catch-all fields (see
 * {@code VietnameseAnalyzers}): {@code all_folded} (what a free-text query must match), {@code all_exact} (exact
 * diacritics, which rank higher) and {@code all_pairs} (syllable pairs, for words side by side). {@code access}
 * holds who may see the document, as keys a search matches.
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

    /** The catch-all fields of the index and the access keys (see the getters). */
    public static final String ALL_FOLDED = "all_folded";
    public static final String ALL_EXACT = "all_exact";
    public static final String ALL_PAIRS = "all_pairs";
    public static final String ACCESS = "access";

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

    @KeywordField(name = "organName_facet", aggregable = Aggregable.YES)
    @FullTextField(name = "organName_folded", analyzer = FOLDED, projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @Column(name = "organ_name")
    private String organName;

    @FullTextField(name = "subject", analyzer = EXACT, valueBridge = @ValueBridgeRef(type = VietnameseExactBridge.class))
    @FullTextField(name = "subject_folded", analyzer = FOLDED, projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @Column(nullable = false, length = 500)
    private String subject;

    @FullTextField(name = "signer_folded", analyzer = FOLDED, projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @Column(length = 100)
    private String signer;

    /** Ngày đến (incoming) or ngày ban hành (outgoing): the date filters and sorts use. */
    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
    @Column(name = "document_date")
    private LocalDate documentDate;

    @GenericField(projectable = Projectable.YES)
    @Column(name = "issued_date")
    private LocalDate issuedDate;

    @FullTextField(name = "fullText_folded", analyzer = FOLDED, highlightable = Highlightable.ANY)
    @Column(name = "full_text")
    private String fullText;

    /**
     * Every word a free-text query may match — notation, subject, issuing agency, signer and the files' text —
     * folded, in one field: a query word is one term to find, not a choice among five fields. The field
     * searches (subject, text, agency, signer) use the per-field {@code x_folded} fields.
     */
    @Transient
    @FullTextField(name = ALL_FOLDED, analyzer = FOLDED)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "notation")),
            @ObjectPath(@PropertyValue(propertyName = "subject")), @ObjectPath(@PropertyValue(propertyName = "organName")),
            @ObjectPath(@PropertyValue(propertyName = "signer")), @ObjectPath(@PropertyValue(propertyName = "fullText"))})
    public String getAllFolded() {
        return joined(notation, subject, organName, signer, fullText);
    }

    /**
     * The same words with their diacritics (one tone placement): a match here ranks a document higher. On
     * Elasticsearch/OpenSearch the exact fields are NFC-normalised with one tone placement before they are sent
     * ({@link VietnameseExactBridge}); the server's analyzers need no plugin.
     */
    @Transient
    @FullTextField(name = ALL_EXACT, analyzer = EXACT, valueBridge = @ValueBridgeRef(type = VietnameseExactBridge.class))
    @FullTextField(name = ALL_PAIRS, analyzer = SHINGLES)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "subject")),
            @ObjectPath(@PropertyValue(propertyName = "organName")), @ObjectPath(@PropertyValue(propertyName = "signer")),
            @ObjectPath(@PropertyValue(propertyName = "fullText"))})
    public String getAllText() {
        return joined(subject, organName, signer, fullText);
    }

    /**
     * Who may see it, as keys ({@link #accessKey}): "agency:secrecy:*" for whoever sees the whole agency, and
     * one key per department that may see it ({@code d}), per person a part was given to ({@code u}) and per
     * department a part was given to, for its head ({@code h}). A search matches the keys of its user — a
     * handful of terms, whose postings Lucene walks only as far as the other clauses need.
     */
    @Transient
    @KeywordField(name = ACCESS)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "agencyId")),
            @ObjectPath(@PropertyValue(propertyName = "secrecy")),
            @ObjectPath(@PropertyValue(propertyName = "viewerDepartments")),
            @ObjectPath(@PropertyValue(propertyName = "viewerUsers")),
            @ObjectPath(@PropertyValue(propertyName = "assignedDepartments"))})
    public Set<String> getAccess() {
        Set<String> keys = new HashSet<>();
        keys.add(accessKey(agencyId, secrecy, "*"));
        viewerDepartments.forEach(d -> keys.add(accessKey(agencyId, secrecy, "d" + d)));
        viewerUsers.forEach(u -> keys.add(accessKey(agencyId, secrecy, "u" + u)));
        assignedDepartments.forEach(d -> keys.add(accessKey(agencyId, secrecy, "h" + d)));
        return keys;
    }

    /** A key of {@link #getAccess()}: the agency, the secrecy level and who ("*", "d12", "u7", "h12"). */
    public static String accessKey(long agencyId, String secrecy, String who) {
        return agencyId + ":" + secrecy + ":" + who;
    }

    private static String joined(String... parts) {
        StringBuilder all = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                all.append(part).append('\n');
            }
        }
        return all.toString();
    }

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
