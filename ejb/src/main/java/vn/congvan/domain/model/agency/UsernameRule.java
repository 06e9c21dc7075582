package vn.congvan.domain.model.agency;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a login name may be: 3 to 64 characters, lower-case ASCII letters, digits, dot, hyphen and
 * underscore, starting with a letter and not ending with a punctuation mark (e.g. {@code nguyen.van.an}).
 * Vietnamese letters are not allowed, so that the name types the same on every keyboard and in HTTP
 * Basic headers. Input is stripped and lower-cased first.
 */
public final class UsernameRule {

    public static final int MIN = 3;
    public static final int MAX = 64;
    private static final Pattern ALLOWED = Pattern.compile("[a-z][a-z0-9._-]*[a-z0-9]");

    private UsernameRule() {
    }

    public static String normalise(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    /** The message key of what is wrong with a normalised name, or empty when it is fine. */
    public static Optional<String> check(String username) {
        if (username == null || username.isEmpty()) {
            return Optional.of("validation.required");
        }
        if (username.length() < MIN || username.length() > MAX) {
            return Optional.of("user.username.length");
        }
        if (!ALLOWED.matcher(username).matches() || username.contains("..")) {
            return Optional.of("user.username.pattern");
        }
        return Optional.empty();
    }
}
