package vn.congvan.infrastructure.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalising Vietnamese text for search, the same way at index and at query time: Unicode NFC (text
 * typed with combining marks, NFD, matches text typed with precomposed letters); one tone placement
 * (the old "hòa, thủy, khỏe" and the new "hoà, thuỷ, khoẻ" become the new one); and folding (no tones or
 * marks, đ → d) for the field that matches unaccented queries such as "quyet dinh".
 */
public final class VietnameseText {

    private static final char GRAVE = '\u0300';
    private static final char ACUTE = '\u0301';
    private static final char TILDE = '\u0303';
    private static final char HOOK = '\u0309';
    private static final char DOT_BELOW = '\u0323';

    private VietnameseText() {
    }

    public static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Lower case, NFC and one tone placement; the marks stay ("Hòa" → "hoà"). */
    public static String exact(String s) {
        return unifyTones(nfc(s).toLowerCase(Locale.ROOT));
    }

    /** Lower case without tones or marks, đ → d ("Quyết Định" → "quyet dinh"). */
    public static String fold(String s) {
        String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            b.append(c == 'đ' ? 'd' : c);
        }
        return b.toString();
    }

    /**
     * Moves the tone of "oa", "oe", "uy" at the end of a syllable from the first vowel to the second
     * (the placement of the 2017 textbooks and of most fonts' input methods): hòa → hoà, thủy → thuỷ,
     * khỏe → khoẻ. Syllables with a final consonant (hoàng, thuyền) are written one way already.
     */
    public static String unifyTones(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        if (d.indexOf(GRAVE) < 0 && d.indexOf(ACUTE) < 0 && d.indexOf(TILDE) < 0 && d.indexOf(HOOK) < 0
                && d.indexOf(DOT_BELOW) < 0) {
            return Normalizer.normalize(d, Normalizer.Form.NFC);
        }
        StringBuilder b = new StringBuilder(d);
        for (int i = 0; i + 2 < b.length(); i++) {
            char first = Character.toLowerCase(b.charAt(i));
            char tone = b.charAt(i + 1);
            char second = Character.toLowerCase(b.charAt(i + 2));
            boolean pair = (first == 'o' && (second == 'a' || second == 'e')) || (first == 'u' && second == 'y');
            if (pair && isTone(tone) && endsSyllable(b, i + 3)) {
                b.deleteCharAt(i + 1);
                b.insert(i + 2, tone);
            }
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    /**
     * A document's "số, ký hiệu" as one keyword: folded, lower case, letters and digits only
     * ("123/QĐ-UBND", "123/QD-UBND" and "123 qđ ubnd" all give "123qdubnd"), for exact and prefix matches.
     */
    public static String notationKey(String s) {
        String f = fold(nfc(s));
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isTone(char c) {
        return c == GRAVE || c == ACUTE || c == TILDE || c == HOOK || c == DOT_BELOW;
    }

    private static boolean endsSyllable(CharSequence s, int at) {
        return at >= s.length() || !Character.isLetter(s.charAt(at));
    }
}
