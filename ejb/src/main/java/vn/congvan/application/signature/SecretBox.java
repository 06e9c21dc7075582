package vn.congvan.application.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.congvan.application.common.Settings;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Encrypts the few secrets the signing configuration must keep (the TSA password) with AES-256-GCM under
 * a key of the installation: {@code <data dir>/secrets/signing-settings.key}, created on first use,
 * readable by the server's user only. The database alone does not reveal the secret.
 */
@ApplicationScoped
public class SecretBox {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private Settings settings;

    public String seal(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return "v1:" + Base64.getEncoder().encodeToString(iv) + ":" + Base64.getEncoder().encodeToString(ct);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a setting", e);
        }
    }

    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        String[] parts = sealed.split(":");
        if (parts.length != 3 || !"v1".equals(parts[0])) {
            throw new IllegalStateException("Not a sealed setting");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, Base64.getDecoder().decode(parts[1])));
            return new String(c.doFinal(Base64.getDecoder().decode(parts[2])), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt a setting (was " + keyFile() + " replaced?)", e);
        }
    }

    private Path keyFile() {
        return settings.dataDir().resolve("secrets").resolve("signing-settings.key");
    }

    private synchronized SecretKey key() {
        Path f = keyFile();
        try {
            if (!Files.exists(f)) {
                Files.createDirectories(f.getParent());
                KeyGenerator g = KeyGenerator.getInstance("AES");
                g.init(256);
                byte[] raw = g.generateKey().getEncoded();
                Path tmp = Files.createTempFile(f.getParent(), "key", ".tmp");
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
                Files.write(tmp, Base64.getEncoder().encode(raw), StandardOpenOption.TRUNCATE_EXISTING);
                try {
                    Files.move(tmp, f, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    Files.deleteIfExists(tmp);
                }
            }
            return new SecretKeySpec(Base64.getDecoder().decode(Files.readAllBytes(f)), "AES");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
