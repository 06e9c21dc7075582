package vn.congvan.web.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.EntityPart;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.Problem;
import vn.congvan.application.registration.UploadedFile;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.attachment.ContentTooLargeException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A multipart upload as the registrations take it: an optional {@code metadata} part (JSON) and
 * {@code file} parts, each staged in the content store while the whole stays within the upload limit
 * ({@code congvan.upload.max-bytes}; 413 beyond it). Other parts are ignored, as HTML forms may add some.
 * Closing the body removes the staged files that were not committed.
 */
final class MultipartUploads {

    /** What the multipart framing may add to the files' bytes before a request counts as too large. */
    private static final long OVERHEAD = 1024 * 1024;
    private static final Jsonb JSONB = JsonbBuilder.create();

    private MultipartUploads() {
    }

    record Body<T>(T metadata, List<UploadedFile> files) implements AutoCloseable {
        @Override
        public void close() {
            files.forEach(f -> f.staged().close());
        }
    }

    /** Reads the parts; {@code metadataType} null: a {@code metadata} part is ignored too. */
    static <T> Body<T> read(List<EntityPart> parts, Long contentLength, long limit, ContentStore store,
                            Class<T> metadataType) {
        if (contentLength != null && contentLength > limit + OVERHEAD) {
            throw tooLarge(limit);
        }
        T metadata = null;
        List<UploadedFile> files = new ArrayList<>();
        boolean read = false;
        try {
            long budget = limit;
            for (EntityPart part : parts) {
                if ("metadata".equals(part.getName()) && metadataType != null) {
                    try (InputStream in = part.getContent()) {
                        metadata = JSONB.fromJson(in, metadataType);
                    }
                } else if ("file".equals(part.getName())) {
                    ContentStore.StagedFile staged = store.stage(part.getContent(), budget);
                    budget -= staged.size();
                    files.add(new UploadedFile(part.getFileName().orElse(null),
                            part.getMediaType() == null ? null : part.getMediaType().toString(), staged));
                }
            }
            read = true;
            return new Body<>(metadata, files);
        } catch (ContentTooLargeException e) {
            throw tooLarge(limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!read) {
                files.forEach(f -> f.staged().close());
            }
        }
    }

    static ApplicationProblemException tooLarge(long limit) {
        return new ApplicationProblemException(Problem.PAYLOAD_TOO_LARGE, "error.payloadTooLarge",
                String.format(Locale.ROOT, "%.1f", limit / 1024.0 / 1024.0));
    }
}
