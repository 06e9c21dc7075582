package vn.congvan.domain.model.outgoing;

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
import vn.congvan.domain.model.attachment.StoredFile;

import java.time.Instant;
import java.util.Objects;

/** A file of an outgoing document (usually the signed PDF). The bytes live in the content store under their SHA-256. */
@Entity
@Table(name = "outgoing_attachment")
public class OutgoingAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private OutgoingDocument document;

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

    @Column(name = "signature_status", length = 20)
    private String signatureStatus;

    @Column(name = "signature_summary", length = 4000)
    private String signatureSummary;

    @Column(name = "signature_report", length = 1000000)
    private String signatureReport;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by")
    private User uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected OutgoingAttachment() {
    }

    public OutgoingAttachment(OutgoingDocument document, StoredFile file, String fileName, String contentType,
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

    public void recordSignatureCheck(int count, String status, String summary, String reportJson) {
        this.signatureCount = count;
        this.signatureStatus = status;
        this.signatureSummary = summary;
        this.signatureReport = reportJson;
    }

    public Long id() { return id; }
    public OutgoingDocument document() { return document; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public long sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public Integer pageCount() { return pageCount; }
    public int signatureCount() { return signatureCount; }
    public String signatureStatus() { return signatureStatus; }
    public String signatureSummary() { return signatureSummary; }
    public String signatureReport() { return signatureReport; }
    public User uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
}
