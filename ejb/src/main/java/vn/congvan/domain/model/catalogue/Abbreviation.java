package vn.congvan.domain.model.catalogue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The abbreviation of a document type in notations (QĐ, HĐ, CTr…): 1 to 10 letters, Vietnamese letters
 * allowed, starting with a capital letter. Đ is a letter of its own: ĐA (đề án) is not DA (dự án), and
 * two abbreviations are the same when they match ignoring case only (TTr and TTR are the same).
 */
public final class Abbreviation {

    public static final int MAX = 10;
    private static final Locale VI = Locale.forLanguageTag("vi");

    private Abbreviation() {
    }

    /** Stripped and composed (NFC), so that "Đ" typed in any way compares equal. */
    public static String normalise(String abbreviation) {
        return abbreviation == null ? null : Normalizer.normalize(abbreviation.strip(), Normalizer.Form.NFC);
    }

    /** The message key of what is wrong with a normalised abbreviation, or empty when it is fine. */
    public static Optional<String> check(String abbreviation) {
        if (abbreviation == null || abbreviation.isEmpty()) {
            return Optional.of("validation.required");
        }
        int length = abbreviation.codePointCount(0, abbreviation.length());
        if (length > MAX) {
            return Optional.of("documentType.abbreviation.length");
        }
        if (!abbreviation.codePoints().allMatch(Character::isLetter)
                || !Character.isUpperCase(abbreviation.codePointAt(0))) {
            return Optional.of("documentType.abbreviation.pattern");
        }
        return Optional.empty();
    }

    /** Whether two abbreviations name the same thing: equal ignoring case, with Đ and D kept apart. */
    public static boolean same(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    static String key(String a) {
        return normalise(a).toUpperCase(VI);
    }

    /**
     * A stable ASCII code for a type (as the seeded ones: QĐ → QD, ĐA → DDA, QyĐ → QYD): upper case,
     * Đ written DD when it leads, D elsewhere, diacritics removed.
     */
    public static String asciiCode(String abbreviation) {
        String upper = key(abbreviation);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c == 'Đ') {
                b.append(i == 0 ? "DD" : "D");
            } else {
                b.append(c);
            }
        }
        return Normalizer.normalize(b, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^A-Z]", "");
    }
}
