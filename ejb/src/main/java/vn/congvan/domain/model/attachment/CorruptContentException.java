package vn.congvan.domain.model.attachment;

/** A stored file that is missing or whose bytes no longer match its SHA-256. It is never served. */
public class CorruptContentException extends java.io.IOException {
    private final String sha256;

    public CorruptContentException(String sha256, String message) {
        super(message);
        this.sha256 = sha256;
    }

    public String sha256() {
        return sha256;
    }
}
