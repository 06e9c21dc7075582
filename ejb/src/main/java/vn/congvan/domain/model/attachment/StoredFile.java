package vn.congvan.domain.model.attachment;

import java.util.HexFormat;
import java.util.Objects;

/** A file as the content store holds it: its SHA-256 (lower-case hex) and its size. */
public record StoredFile(String sha256, long size) {
    public StoredFile {
        Objects.requireNonNull(sha256, "sha256");
        if (sha256.length() != 64 || !sha256.chars().allMatch(c -> HexFormat.isHexDigit(c) && !Character.isUpperCase(c))) {
            throw new IllegalArgumentException("Not a lower-case SHA-256 hex digest: " + sha256);
        }
        if (size < 0) {
            throw new IllegalArgumentException("Negative size");
        }
    }
}
