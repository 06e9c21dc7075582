package vn.congvan.web.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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

    /** The metadata part is a few hundred bytes of JSON; more is refused. */
    private static final long METADATA_LIMIT = 1024 * 1024;

    /**
     * Reads the parts straight from the request body ({@link MultipartStream}): each file part is streamed
     * into its staging file as it arrives (one copy, hashed on the way), without the multipart provider's
     * buffering; {@code metadataType} null: a {@code metadata} part is skipped like any other field.
     */
    static <T> Body<T> read(InputStream body, String contentType, Long contentLength, long limit, ContentStore store,
                            Class<T> metadataType) {
        if (contentLength != null && contentLength > limit + OVERHEAD) {
            throw tooLarge(limit);
        }
        String boundary = MultipartStream.boundaryOf(contentType);
        if (boundary == null) {
            throw new ApplicationProblemException(Problem.BAD_REQUEST, "error.multipart");
        }
        T metadata = null;
        List<UploadedFile> files = new ArrayList<>();
        boolean read = false;
        try {
            MultipartStream multipart = new MultipartStream(body, boundary);
            long budget = limit;
            long framing = OVERHEAD;
            for (MultipartStream.Part part = multipart.next(); part != null; part = multipart.next()) {
                if ("metadata".equals(part.name()) && metadataType != null) {
                    byte[] json = multipart.body().readNBytes((int) METADATA_LIMIT + 1);
                    if (json.length > METADATA_LIMIT) {
                        throw tooLarge(limit);
                    }
                    framing -= json.length;
                    metadata = JSONB.fromJson(new java.io.ByteArrayInputStream(json), metadataType);
                } else if ("file".equals(part.name())) {
                    ContentStore.StagedFile staged = store.stage(multipart.body(), budget);
                    files.add(new UploadedFile(part.fileName(), part.contentType(), staged));
                    budget -= staged.size();
                } else {
                    // another form field: skipped, within the framing allowance
                    long skipped = multipart.body().transferTo(java.io.OutputStream.nullOutputStream());
                    framing -= skipped;
                }
                if (framing < 0) {
                    throw tooLarge(limit);
                }
            }
            read = true;
            return new Body<>(metadata, files);
        } catch (ContentTooLargeException e) {
            throw tooLarge(limit);
        } catch (MultipartStream.MalformedException e) {
            throw new ApplicationProblemException(Problem.BAD_REQUEST, "error.multipart");
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
