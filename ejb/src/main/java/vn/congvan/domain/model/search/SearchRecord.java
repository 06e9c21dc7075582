package vn.congvan.domain.model.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import vn.congvan.domain.model.incoming.IncomingDocument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the search index holds for one document, whatever its kind: the metadata a query matches and
 * filters on, who may see it (agency, department, secrecy — {@code DocumentAccess} applied inside the
 * query), and the text of its files. One row per document in {@code search_document}, written in the
 * transaction of the change it reflects; Hibernate Search indexes it when that transaction commits.
 *
 * <p>Incoming documents now; an outgoing document adds a factory like {@link #ofIncoming} with
 * {@link #KIND_OUTGOING} and the same fields, so queries, facets and trimming work for both at once.
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
        r.updatedAt = Instant.now();
        return r;
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
