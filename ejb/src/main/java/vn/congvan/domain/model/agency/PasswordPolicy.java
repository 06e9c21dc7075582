package vn.congvan.domain.model.agency;

import java.util.Locale;
import java.util.Optional;

/**
 * The password policy: at least 10 characters (at most 128), at least one letter and one digit, and
 * not the login name itself. Letters include Vietnamese ones.
 */
public final class PasswordPolicy {

    public static final int MIN = 10;
    public static final int MAX = 128;

    private PasswordPolicy() {
    }

    /** The message key of what is wrong with a password, or empty when it is acceptable. */
    public static Optional<String> check(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("validation.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN) {
            return Optional.of("password.tooShort");
        }
        if (length > MAX) {
            return Optional.of("password.tooLong");
        }
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            return Optional.of("password.lettersAndDigits");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        return Optional.empty();
    }
}
