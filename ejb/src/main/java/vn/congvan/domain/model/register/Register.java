package vn.congvan.domain.model.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.congvan.domain.model.agency.Agency;

import java.time.Instant;
import java.util.Objects;

/**
 * A register (sổ đăng ký): per agency, per year, per kind and series. It hands out numbers
 * consecutively from 1; the caller holds a write lock on the row while it takes one, and the number
 * is used in the same transaction, so a number is never skipped or given twice.
 */
@Entity
@Table(name = "register")
@NamedQuery(name = "Register.findByAgencyAndYear",
        query = "SELECT r FROM Register r WHERE r.agency = :agency AND r.year = :year AND r.kind = :kind "
                + "ORDER BY r.series, r.code")
@NamedQuery(name = "Register.findByAgencyYearCode",
        query = "SELECT r FROM Register r WHERE r.agency = :agency AND r.year = :year AND r.kind = :kind "
                + "AND r.code = :code")
public class Register {

    /** The code of each agency's default register of a kind and year. */
    public static final String DEFAULT_CODE = "CHUNG";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "register_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RegisterKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RegisterSeries series;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "next_number", nullable = false)
    private long nextNumber = 1;

    @Column(nullable = false)
    private boolean closed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Mẫu số, ký hiệu for typed documents (outgoing registers); null: {@link NotationPattern#DEFAULT_TYPED}. */
    @Column(name = "notation_pattern", length = 100)
    private String notationPattern;

    /** Mẫu số, ký hiệu for công văn and thư công (no type abbreviation); null: {@link NotationPattern#DEFAULT_LETTER}. */
    @Column(name = "letter_pattern", length = 100)
    private String letterPattern;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Version
    private long version;

    protected Register() {
    }

    public Register(Agency agency, int year, RegisterKind kind, RegisterSeries series, String code, String name) {
        this.agency = Objects.requireNonNull(agency, "agency");
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("Implausible register year " + year);
        }
        this.year = year;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.series = Objects.requireNonNull(series, "series");
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.createdAt = Instant.now();
    }

    /**
     * Takes the next number. Call only while holding a pessimistic write lock on this register.
     */
    public long takeNumber() {
        if (closed) {
            throw new RegisterClosedException(code, year);
        }
        return nextNumber++;
    }

    /**
     * Đóng sổ: the register takes no more numbers and is frozen (its patterns no longer change). A
     * number it gave is never given again.
     */
    public void close(String username, Instant at) {
        if (closed) {
            throw new RegisterClosedException(code, year);
        }
        this.closed = true;
        this.closedBy = Objects.requireNonNull(username, "username");
        this.closedAt = Objects.requireNonNull(at, "at");
    }

    /** Sets the notation patterns (each checked; null keeps the default). Refused on a closed register. */
    public void setNotationPatterns(String typed, String letter) {
        if (closed) {
            throw new RegisterClosedException(code, year);
        }
        this.notationPattern = typed == null || typed.isBlank() ? null : NotationPattern.parse(typed, false).text();
        this.letterPattern = letter == null || letter.isBlank() ? null : NotationPattern.parse(letter, true).text();
    }

    /** The pattern for a document whose type has the given abbreviation (null: công văn, thư công). */
    public NotationPattern notationPatternFor(String typeAbbreviation) {
        boolean isLetter = typeAbbreviation == null || typeAbbreviation.isBlank();
        return isLetter ? NotationPattern.parse(letterPattern == null ? NotationPattern.DEFAULT_LETTER : letterPattern, true)
                : NotationPattern.parse(notationPattern == null ? NotationPattern.DEFAULT_TYPED : notationPattern, false);
    }

    /** The same register for another year (mở sổ năm mới): same kind, series, code and patterns, numbering from 1. */
    public Register copyFor(int newYear) {
        String newName = name.contains(Integer.toString(year)) ? name.replace(Integer.toString(year), Integer.toString(newYear))
                : name;
        Register r = new Register(agency, newYear, kind, series, code, newName);
        r.notationPattern = notationPattern;
        r.letterPattern = letterPattern;
        return r;
    }

    public boolean belongsTo(Agency other) {
        return agency.id().equals(other.id());
    }

    public Long id() { return id; }
    public Agency agency() { return agency; }
    public int year() { return year; }
    public RegisterKind kind() { return kind; }
    public RegisterSeries series() { return series; }
    public String code() { return code; }
    public String name() { return name; }
    public long nextNumber() { return nextNumber; }
    public boolean closed() { return closed; }
    public String notationPattern() { return notationPattern; }
    public String letterPattern() { return letterPattern; }
    public Instant closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }
}
