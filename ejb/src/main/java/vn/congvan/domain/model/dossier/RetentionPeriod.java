package vn.congvan.domain.model.dossier;

import java.util.Locale;
import java.util.Objects;

/**
 * Thời hạn bảo quản of a dossier: permanent (vĩnh viễn) or a number of years (1–100). Stored as
 * {@code PERMANENT} or the number of years.
 */
public record RetentionPeriod(boolean permanent, int years) {

    public static final int MAX_YEARS = 100;
    public static final RetentionPeriod PERMANENT = new RetentionPeriod(true, 0);

    public RetentionPeriod {
        if (!permanent && (years < 1 || years > MAX_YEARS)) {
            throw new IllegalArgumentException("Retention in years must be 1.." + MAX_YEARS + ": " + years);
        }
        if (permanent && years != 0) {
            throw new IllegalArgumentException("A permanent retention has no number of years");
        }
    }

    public static RetentionPeriod years(int years) {
        return new RetentionPeriod(false, years);
    }

    /**
     * Reads {@code PERMANENT} (or {@code VINH_VIEN}, {@code vĩnh viễn}) or a number of years, as a client
     * or the database writes it.
     *
     * @throws IllegalArgumentException when it is neither
     */
    public static RetentionPeriod parse(String value) {
        Objects.requireNonNull(value, "value");
        String v = value.strip();
        String upper = v.toUpperCase(Locale.ROOT);
        if (upper.equals("PERMANENT") || upper.equals("VINH_VIEN") || v.equalsIgnoreCase("vĩnh viễn")) {
            return PERMANENT;
        }
        if (!v.matches("\\d{1,3}")) {
            throw new IllegalArgumentException("Not a retention period: " + value);
        }
        return years(Integer.parseInt(v));
    }

    /** As stored and sent: {@code PERMANENT} or the number of years. */
    public String code() {
        return permanent ? "PERMANENT" : Integer.toString(years);
    }

    /** As shown in Vietnamese: "Vĩnh viễn" or "10 năm". */
    public String labelVi() {
        return permanent ? "Vĩnh viễn" : years + " năm";
    }
}
