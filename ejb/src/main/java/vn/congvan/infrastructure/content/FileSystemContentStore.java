package vn.congvan.infrastructure.content;

import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.attachment.ContentTooLargeException;
import vn.congvan.domain.model.attachment.CorruptContentException;
import vn.congvan.domain.model.attachment.StoredFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The content store on a local (or shared) file system: {@code root/sha256/ab/cd/abcd…}. Staging
 * files live in {@code root/staging} on the same file system, so the commit is an atomic rename
 * after an fsync: a reader sees the whole file or none.
 */
public class FileSystemContentStore implements ContentStore {

    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path staging;

    public FileSystemContentStore(Path root) throws IOException {
        this.root = root.toAbsolutePath();
        this.staging = this.root.resolve("staging");
        Files.createDirectories(staging);
        Files.createDirectories(this.root.resolve("sha256"));
    }

    @Override
    public StagedFile stage(InputStream in, long maxBytes) throws IOException {
        Path tmp = staging.resolve(UUID.randomUUID() + ".part");
        MessageDigest digest = sha256();
        long total = 0;
        boolean ok = false;
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
            byte[] buf = new byte[BUFFER];
            int n;
            while ((n = in.read(buf)) != -1) {
                total += n;
                if (total > maxBytes) {
                    throw new ContentTooLargeException(maxBytes);
                }
                digest.update(buf, 0, n);
                out.write(buf, 0, n);
            }
            out.flush();
            channel.force(true);
            ok = true;
        } finally {
            if (!ok) {
                Files.deleteIfExists(tmp);
            }
        }
        return new Staged(tmp, HexFormat.of().formatHex(digest.digest()), total);
    }

    @Override
    public StoredFile commit(StagedFile staged) throws IOException {
        Path target = pathOf(staged.sha256());
        Files.createDirectories(target.getParent());
        if (Files.exists(target) && Files.size(target) == staged.size()) {
            staged.close();
            return new StoredFile(staged.sha256(), staged.size());
        }
        try {
            Files.move(staged.path(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            staged.close();
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The content store needs a file system with atomic rename: " + root, e);
        }
        return new StoredFile(staged.sha256(), staged.size());
    }

    @Override
    public Path verifiedPath(String sha256) throws IOException {
        new StoredFile(sha256, 0); // validates the address
        Path p = pathOf(sha256);
        if (!Files.isRegularFile(p)) {
            throw new CorruptContentException(sha256, "Stored file missing: " + sha256);
        }
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(p)) {
            byte[] buf = new byte[BUFFER];
            int n;
            while ((n = in.read(buf)) != -1) {
                digest.update(buf, 0, n);
            }
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(sha256)) {
            throw new CorruptContentException(sha256, "Stored file " + sha256 + " is corrupted (hashes to " + actual + ")");
        }
        return p;
    }

    Path pathOf(String sha256) {
        return root.resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    private record Staged(Path path, String sha256, long size) implements StagedFile {
        @Override
        public void close() {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a leftover staging file is removed at the next start
            }
        }
    }
}
