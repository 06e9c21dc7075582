package vn.congvan.domain.model.drafting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.congvan.domain.model.agency.User;

import java.time.Instant;
import java.util.Objects;

/** One version of a draft's file (DOCX or PDF), never overwritten; its bytes are in the content store. */
@Entity
@Table(name = "draft_version")
public class DraftVersion {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** What the version is: the author's draft, the leader's signed PDF, the clerk's sealed (issued) PDF. */
    public enum Stage { DRAFT, SIGNED, ISSUED }

    /** The stored file a version refers to. */
    public record FileFacts(String fileName, String contentType, long size, String sha256, Integer pageCount) {
        public FileFacts {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id")
    private Draft draft;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Stage stage;

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

    @Column(length = 1000)
    private String note;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by")
    private User uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected DraftVersion() {
    }

    DraftVersion(Draft draft, int versionNo, Stage stage, FileFacts file, String note, User by, Instant at) {
        this.draft = draft;
        this.versionNo = versionNo;
        this.stage = stage;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = file.size();
        this.sha256 = file.sha256();
        this.pageCount = file.pageCount();
        this.note = note;
        this.uploadedBy = Objects.requireNonNull(by, "by");
        this.uploadedAt = at;
    }

    public boolean pdf() {
        return PDF.equals(contentType);
    }

    public Long id() { return id; }
    public Draft draft() { return draft; }
    public int versionNo() { return versionNo; }
    public Stage stage() { return stage; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public long sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public Integer pageCount() { return pageCount; }
    public String note() { return note; }
    public User uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
}
