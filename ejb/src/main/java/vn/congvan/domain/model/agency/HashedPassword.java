package vn.congvan.domain.model.agency;

import java.util.Objects;

/**
 * A bcrypt password as the server's realm stores it: base64 hash, base64 salt and the cost
 * (log2 of the number of rounds). Never holds the clear password.
 */
public record HashedPassword(String hash, String salt, int cost) {
    public HashedPassword {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(salt, "salt");
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost out of range: " + cost);
        }
    }
}
