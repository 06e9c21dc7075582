package vn.congvan.domain.model.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.incoming.IncomingDocument;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a file of a document. The bytes live in the content store under their SHA-256.
 * Versions of the same file share a lineage (the first version's id); a new version is a new row,
 * the old ones are never changed, so a signed PDF is never modified. A file may be soft-deleted
 * (hidden, kept, restorable): the mark is set on every version of its lineage.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private IncomingDocument document;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "page_count")
    private Integer pageCount;

    @Column(name = "signature_count", nullable = false)
    private int signatureCount;

    /** VALID, INVALID or INDETERMINATE; null when the file carries no signature. */
    @Column(name = "signature_status", length = 20)
    private String signatureStatus;

    @Column(name = "signature_summary", length = 4000)
    private String signatureSummary;

    /** The verification report (JSON), as the signing module wrote it. */
    @Column(name = "signature_report", length = 1000000)
    private String signatureReport;

    /** The first version's id; {@code null} on the first version itself. */
    @Column(name = "lineage_id")
    private Long lineageId;

    @Column(name = "version_no", nullable = false)
    private int versionNo = 1;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deleted_by")
    private User deletedBy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by")
    private User uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    public Attachment(IncomingDocument document, StoredFile file, String fileName, String contentType,
                      Integer pageCount, User uploadedBy) {
        this.document = Objects.requireNonNull(document, "document");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.sizeBytes = file.size();
        this.sha256 = file.sha256();
        this.pageCount = pageCount;
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedAt = Instant.now();
    }

    /**
     * The next version of this file: a new row of the same lineage with the next number. This version
     * (and its bytes) stays as it is. {@code latestVersionNo} is the highest number of the lineage.
     */
    public Attachment nextVersion(int latestVersionNo, StoredFile file, String fileName, String contentType,
                                  Integer pageCount, User uploadedBy) {
        if (id == null) {
            throw new IllegalStateException("Only a stored file can get a new version");
        }
        if (deleted()) {
            throw new IllegalStateException("A deleted file takes no new version: restore it first");
        }
        Attachment next = new Attachment(document, file, fileName, contentType, pageCount, uploadedBy);
        next.lineageId = lineageId();
        next.versionNo = latestVersionNo + 1;
        return next;
    }

    /** Soft delete: hidden from the normal view; the row and the bytes stay. */
    public void markDeleted(User by, Instant at) {
        this.deletedBy = Objects.requireNonNull(by, "by");
        this.deletedAt = Objects.requireNonNull(at, "at");
    }

    public void restore() {
        this.deletedBy = null;
        this.deletedAt = null;
    }

    /** The id shared by every version of this file (the first version's id). */
    public Long lineageId() { return lineageId != null ? lineageId : id; }
    public int versionNo() { return versionNo; }
    public boolean deleted() { return deletedAt != null; }
    public Instant deletedAt() { return deletedAt; }
    public User deletedBy() { return deletedBy; }

    /** Keeps what the verification of the file's signatures found (on receipt). */
    public void recordSignatureCheck(int count, String status, String summary, String reportJson) {
        this.signatureCount = count;
        this.signatureStatus = status;
        this.signatureSummary = summary;
        this.signatureReport = reportJson;
    }

    public int signatureCount() { return signatureCount; }
    public String signatureStatus() { return signatureStatus; }
    public String signatureSummary() { return signatureSummary; }
    public String signatureReport() { return signatureReport; }
    public Long id() { return id; }
    public IncomingDocument document() { return document; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public long sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public Integer pageCount() { return pageCount; }
    public User uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
}
