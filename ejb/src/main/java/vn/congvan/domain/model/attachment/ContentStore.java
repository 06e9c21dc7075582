package vn.congvan.domain.model.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where file bytes live, addressed by their SHA-256. A file is first staged (streamed in, counted,
 * hashed), then committed under its address with an atomic move; a read checks the hash before it
 * hands the bytes out.
 */
public interface ContentStore {

    /**
     * Streams {@code in} to a staging file, refusing more than {@code maxBytes}.
     *
     * @throws ContentTooLargeException when the stream is longer than {@code maxBytes}; nothing is kept
     */
    StagedFile stage(InputStream in, long maxBytes) throws IOException;

    /** Moves a staged file to its address (or drops it when the same bytes are already stored). */
    StoredFile commit(StagedFile staged) throws IOException;

    /**
     * The stored file, checked against its address first.
     *
     * @throws CorruptContentException when the bytes no longer hash to their address, or are missing
     */
    Path verifiedPath(String sha256) throws IOException;

    /** Opens a checked file for reading. */
    default InputStream open(String sha256) throws IOException {
        return java.nio.file.Files.newInputStream(verifiedPath(sha256));
    }

    /** A file received but not yet committed; deleting it is always safe. */
    interface StagedFile extends AutoCloseable {
        Path path();

        String sha256();

        long size();

        /** Deletes the staging file if it is still there. */
        @Override
        void close();
    }
}
