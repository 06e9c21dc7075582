package vn.congvan.domain.model.attachment;

/** A file larger than the configured limit; nothing of it was kept. */
public class ContentTooLargeException extends java.io.IOException {
    private final long limit;

    public ContentTooLargeException(long limit) {
        super("File larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
