package vn.congvan.infrastructure.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.attachment.ContentTooLargeException;
import vn.congvan.domain.model.attachment.CorruptContentException;
import vn.congvan.domain.model.attachment.StoredFile;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileSystemContentStoreTest {

    @TempDir
    Path root;

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private static long files(Path dir) throws Exception {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void storesUnderTheSha256AndReadsBackChecked() throws Exception {
        FileSystemContentStore store = new FileSystemContentStore(root);
        byte[] data = "văn bản đến".getBytes(StandardCharsets.UTF_8);
        StoredFile f;
        try (ContentStore.StagedFile staged = store.stage(new ByteArrayInputStream(data), 1024)) {
            assertEquals(sha256(data), staged.sha256());
            assertEquals(data.length, staged.size());
            f = store.commit(staged);
        }
        Path p = store.verifiedPath(f.sha256());
        assertEquals(root.resolve("sha256").resolve(f.sha256().substring(0, 2)).resolve(f.sha256().substring(2, 4))
                .resolve(f.sha256()), p);
        assertArrayEquals(data, Files.readAllBytes(p));
        assertEquals(0, files(root.resolve("staging")), "nothing left in staging");
    }

    @Test
    void theSameBytesAreStoredOnce() throws Exception {
        FileSystemContentStore store = new FileSystemContentStore(root);
        byte[] data = new byte[10_000];
        StoredFile a = store.commit(store.stage(new ByteArrayInputStream(data), 20_000));
        StoredFile b = store.commit(store.stage(new ByteArrayInputStream(data), 20_000));
        assertEquals(a, b);
        assertEquals(1, files(root.resolve("sha256")));
        assertEquals(0, files(root.resolve("staging")));
    }

    @Test
    void aStreamOverTheLimitLeavesNothing() throws Exception {
        FileSystemContentStore store = new FileSystemContentStore(root);
        ContentTooLargeException e = assertThrows(ContentTooLargeException.class,
                () -> store.stage(new ByteArrayInputStream(new byte[1001]), 1000));
        assertEquals(1000, e.limit());
        assertEquals(0, files(root));
        // exactly at the limit is fine
        try (ContentStore.StagedFile ok = store.stage(new ByteArrayInputStream(new byte[1000]), 1000)) {
            assertEquals(1000, ok.size());
        }
    }

    @Test
    void aChangedOrMissingFileIsReportedNotServed() throws Exception {
        FileSystemContentStore store = new FileSystemContentStore(root);
        byte[] data = "nguyên vẹn".getBytes(StandardCharsets.UTF_8);
        StoredFile f = store.commit(store.stage(new ByteArrayInputStream(data), 1024));
        Path p = store.pathOf(f.sha256());
        byte[] changed = data.clone();
        changed[0] ^= 1;
        Files.write(p, changed);
        CorruptContentException corrupt = assertThrows(CorruptContentException.class, () -> store.verifiedPath(f.sha256()));
        assertEquals(f.sha256(), corrupt.sha256());
        assertTrue(corrupt.getMessage().contains("corrupted"));

        Files.delete(p);
        assertThrows(CorruptContentException.class, () -> store.open(f.sha256()));
        assertFalse(Files.exists(p));
    }

    @Test
    void anAddressMustBeASha256() throws Exception {
        FileSystemContentStore store = new FileSystemContentStore(root);
        assertThrows(IllegalArgumentException.class, () -> store.verifiedPath("../../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> store.verifiedPath("AB".repeat(32)));
    }
}
