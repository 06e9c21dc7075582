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

    /**
     * The tables of the fast paths, built from the full normalisation itself for every letter of Latin-1,
     * Latin Extended-A/B, IPA, the combining marks and Latin Extended Additional (where the precomposed
     * Vietnamese letters are): 0 / false where a letter needs the full path. {@code VietnameseTextTest}
     * checks both paths give the same on every letter and on the word list.
     */
    private static final int TABLE = 0x1F00;
    /** Folded letter; 0: dropped (a combining mark). Valid where {@link #FOLD_OK}. */
    private static final char[] FOLD = new char[TABLE];
    private static final boolean[] FOLD_OK = new boolean[TABLE];
    /** Lower-case letter, NFC and unchanged by NFD then NFC; 0: the full path. */
    private static final char[] LOWER = new char[TABLE];
    /** 'o' or 'u': the lower-case letter decomposes to exactly o or u and a tone (the tone may move); else 0. */
    private static final byte[] TONED = new byte[TABLE];
    /** The first letter of the lower-case letter's decomposition (where {@link #LOWER} is set). */
    private static final char[] BASE = new char[TABLE];

    static {
        for (char c = 0; c < TABLE; c++) {
            if (c >= 0x0370 && c < 0x1E00 || Character.isSurrogate(c)) {
                continue;
            }
            String one = String.valueOf(c);
            String lower = one.toLowerCase(Locale.ROOT);
            String nfd = Normalizer.normalize(lower, Normalizer.Form.NFD);
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
            // fold: one base letter and then only non-spacing marks (only marks move in NFD's reordering)
            boolean baseThenMarks = !nfd.isEmpty() && Character.getType(nfd.charAt(0)) != Character.NON_SPACING_MARK
                    && nfd.chars().skip(1).allMatch(x -> Character.getType(x) == Character.NON_SPACING_MARK);
            String folded = slowFold(one);
            if (mark && folded.isEmpty()) {
                FOLD_OK[c] = true;
            } else if (baseThenMarks && folded.length() == 1 && lower.length() == 1) {
                FOLD[c] = folded.charAt(0);
                FOLD_OK[c] = true;
            }
            if (!mark && baseThenMarks && lower.length() == 1 && Normalizer.normalize(one, Normalizer.Form.NFC).equals(one)
                    && Normalizer.normalize(nfd, Normalizer.Form.NFC).equals(lower)) {
                LOWER[c] = lower.charAt(0);
                BASE[c] = nfd.charAt(0);
                if (nfd.length() == 2 && (nfd.charAt(0) == 'o' || nfd.charAt(0) == 'u') && isTone(nfd.charAt(1))) {
                    TONED[c] = (byte) nfd.charAt(0);
                }
            }
        }
    }

    private VietnameseText() {
    }

    public static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Lower case, NFC and one tone placement; the marks stay ("Hòa" → "hoà"). */
    public static String exact(String s) {
        // the fast path (every token of every indexed text goes through here): a word of precomposed
        // letters, lower-cased letter by letter; the full normalisation only when a tone may have to move
        // or the word has combining marks or letters outside the tables
        int n = s.length();
        char[] out = null;
        boolean moves = false;
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= TABLE || LOWER[c] == 0) {
                return slowExact(s);
            }
            // a tone may move only in "òa", "òe", "ùy" and the like: o or u with a tone, then a, e or y
            byte t = TONED[previous];
            char base = BASE[c];
            moves |= t == 'o' && (base == 'a' || base == 'e') || t == 'u' && base == 'y';
            previous = c;
            char l = LOWER[c];
            if (l != c && out == null) {
                out = s.toCharArray();
            }
            if (out != null) {
                out[i] = l;
            }
        }
        String lower = out == null ? s : new String(out);
        return moves ? unifyTones(lower) : lower;
    }

    static String slowExact(String s) {
        return unifyTones(nfc(s).toLowerCase(Locale.ROOT));
    }

    /** Lower case without tones or marks, đ → d ("Quyết Định" → "quyet dinh"). */
    public static String fold(String s) {
        // the fast path: letter by letter through the table (a combining mark is dropped)
        int n = s.length();
        StringBuilder b = null;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= TABLE || !FOLD_OK[c]) {
                return slowFold(s);
            }
            char f = FOLD[c];
            if (b == null && f != c) {
                b = new StringBuilder(n).append(s, 0, i);
            }
            if (b != null && f != 0) {
                b.append(f);
            }
        }
        return b == null ? s : b.toString();
    }

    static String slowFold(String s) {
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
