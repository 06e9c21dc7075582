package vn.congvan.domain.model.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An attachment of a received package, kept in the content store by its SHA-256. */
@Embeddable
public class ReceivedFile {

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    protected ReceivedFile() {
    }

    public ReceivedFile(String fileName, String contentType, String sha256, long sizeBytes) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
    }

    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public String sha256() { return sha256; }
    public long sizeBytes() { return sizeBytes; }
}
