package vn.congvan.domain.model.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A register's notation pattern (mẫu số, ký hiệu, ND30 Điều 15 and Phụ lục VI): how the "số, ký hiệu" of an
 * outgoing document is built, e.g. {@code {number}/{type}-{agency}} gives {@code 45/KH-UBND},
 * {@code {number}/{agency}-{unit}} gives {@code 12/UBND-VP} (công văn: no type abbreviation) and
 * {@code {number}/{year}/{type}-{agency}} gives {@code 53/2022/NĐ-CP} (normative documents carry the year).
 *
 * <p>A pattern starts with {@code {number}/}: what follows the first slash is the ký hiệu (edXML
 * CodeNotation), the number printed with at least two digits is the số (CodeNumber). Placeholders:
 * {@code {number}}, {@code {type}} (the document type's abbreviation, with its Đ kept: HĐ is not HD),
 * {@code {agency}} (the agency's abbreviation, required), {@code {unit}} (the drafting department's
 * abbreviation) and {@code {year}}. Between them: letters (Vietnamese included), digits and {@code - / . &}.
 * The pattern is data kept on the register, not code.
 */
public final class NotationPattern {

    /** Default for typed documents (Quyết định, Kế hoạch…): 45/KH-UBND. */
    public static final String DEFAULT_TYPED = "{number}/{type}-{agency}";
    /** Default for documents without a type abbreviation (công văn, thư công): 12/UBND-VP. */
    public static final String DEFAULT_LETTER = "{number}/{agency}-{unit}";
    public static final int MAX_LENGTH = 100;

    private static final Set<String> PLACEHOLDERS = Set.of("number", "type", "agency", "unit", "year");
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("\\{([^{}]*)}");
    private static final java.util.regex.Pattern LITERAL = java.util.regex.Pattern.compile("[\\p{L}\\p{N}\\-/.&]*");

    private final String text;
    private final boolean letter;

    private NotationPattern(String text, boolean letter) {
        this.text = text;
        this.letter = letter;
    }

    /** Why a pattern is refused; each has a message key {@code notation.pattern.<code>}. */
    public enum Defect {
        EMPTY, TOO_LONG, UNKNOWN_PLACEHOLDER, BAD_CHARACTER, NUMBER_FIRST, NUMBER_TWICE, AGENCY_MISSING,
        TYPE_IN_LETTER_PATTERN
    }

    /** A refused pattern. */
    public static final class InvalidPatternException extends IllegalArgumentException {
        private final Defect defect;
        private final String detail;

        InvalidPatternException(Defect defect, String detail) {
            super(defect + (detail == null ? "" : ": " + detail));
            this.defect = defect;
            this.detail = detail;
        }

        public Defect defect() { return defect; }
        /** The offending placeholder or character, if any. */
        public String detail() { return detail; }
    }

    /**
     * Checks and keeps a pattern.
     *
     * @param letter true for the pattern of documents without a type abbreviation (công văn, thư công),
     *               which may not use {@code {type}}
     */
    public static NotationPattern parse(String text, boolean letter) {
        if (text == null || text.isBlank()) {
            throw new InvalidPatternException(Defect.EMPTY, null);
        }
        String t = text.strip();
        if (t.length() > MAX_LENGTH) {
            throw new InvalidPatternException(Defect.TOO_LONG, Integer.toString(MAX_LENGTH));
        }
        Matcher m = TOKEN.matcher(t);
        int last = 0;
        int numbers = 0;
        boolean agency = false;
        while (m.find()) {
            checkLiteral(t.substring(last, m.start()));
            String name = m.group(1);
            if (!PLACEHOLDERS.contains(name)) {
                throw new InvalidPatternException(Defect.UNKNOWN_PLACEHOLDER, "{" + name + "}");
            }
            if (name.equals("number")) {
                numbers++;
            }
            if (name.equals("agency")) {
                agency = true;
            }
            if (name.equals("type") && letter) {
                throw new InvalidPatternException(Defect.TYPE_IN_LETTER_PATTERN, "{type}");
            }
            last = m.end();
        }
        checkLiteral(t.substring(last));
        if (!t.startsWith("{number}/")) {
            throw new InvalidPatternException(Defect.NUMBER_FIRST, null);
        }
        if (numbers > 1) {
            throw new InvalidPatternException(Defect.NUMBER_TWICE, null);
        }
        if (!agency) {
            throw new InvalidPatternException(Defect.AGENCY_MISSING, null);
        }
        return new NotationPattern(t, letter);
    }

    private static void checkLiteral(String literal) {
        if (!LITERAL.matcher(literal).matches()) {
            String bad = literal.codePoints().filter(c -> !LITERAL.matcher(Character.toString(c)).matches())
                    .mapToObj(Character::toString).findFirst().orElse(literal);
            throw new InvalidPatternException(Defect.BAD_CHARACTER, bad.isBlank() ? "␣" : bad);
        }
    }

    /** The values of one document's placeholders. {@code typeAbbreviation} and {@code unit} may be null. */
    public record Values(long number, int year, String typeAbbreviation, String agency, String unit) {
        public Values {
            if (number < 1) {
                throw new IllegalArgumentException("A number starts at 1: " + number);
            }
            Objects.requireNonNull(agency, "agency");
        }
    }

    /** What a value is missing for: the document cannot be numbered with this pattern. */
    public static final class MissingValueException extends IllegalStateException {
        private final String placeholder;

        MissingValueException(String placeholder) {
            super("No value for " + placeholder);
            this.placeholder = placeholder;
        }

        public String placeholder() { return placeholder; }
    }

    /** The number as printed: at least two digits (ND30: 01, 02 … 10, 100). */
    public static String formatNumber(long number) {
        return String.format(Locale.ROOT, "%02d", number);
    }

    /** The rendered "số, ký hiệu": {@link Rendered#codeNumber()} "45", {@link Rendered#codeNotation()} "KH-UBND". */
    public Rendered render(Values v) {
        String codeNumber = formatNumber(v.number());
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "number" -> codeNumber;
                case "year" -> Integer.toString(v.year());
                case "agency" -> required("{agency}", v.agency());
                case "type" -> required("{type}", v.typeAbbreviation());
                case "unit" -> required("{unit}", v.unit());
                default -> throw new IllegalStateException(m.group(1));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        String full = out.toString();
        return new Rendered(codeNumber, full.substring(codeNumber.length() + 1));
    }

    private static String required(String placeholder, String value) {
        if (value == null || value.isBlank()) {
            throw new MissingValueException(placeholder);
        }
        return value.strip();
    }

    /** Placeholders the pattern uses, in order. */
    public List<String> placeholders() {
        List<String> names = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    public boolean uses(String placeholder) {
        return placeholders().contains(placeholder);
    }

    public String text() { return text; }
    public boolean letter() { return letter; }

    @Override
    public String toString() {
        return text;
    }

    /** A rendered "số, ký hiệu". */
    public record Rendered(String codeNumber, String codeNotation) {
        /** 45/KH-UBND. */
        public String full() {
            return codeNumber + "/" + codeNotation;
        }
    }
}
