package vn.congvan.domain.model.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A day of an agency's calendar that differs from "Monday to Friday": a holiday (ngày nghỉ: lễ, Tết, a day
 * off moved by decision, nghỉ bù) or a weekend day worked (ngày làm bù). One per agency and day.
 */
@Entity
@Table(name = "calendar_day")
@NamedQuery(name = "CalendarDay.findByAgencyBetween", query = "SELECT d FROM CalendarDay d WHERE d.agencyId = :agency"
        + " AND d.day BETWEEN :from AND :to ORDER BY d.day")
@NamedQuery(name = "CalendarDay.findByAgencyDay", query = "SELECT d FROM CalendarDay d WHERE d.agencyId = :agency AND d.day = :day")
public class CalendarDay {

    public static final int MAX_NAME = 200;

    /** What the day is. */
    public enum Kind {
        /** Ngày nghỉ: a weekday that is not worked. */
        HOLIDAY,
        /** Ngày làm bù: a Saturday or Sunday that is worked. */
        WORKING
    }

    /** A day that cannot be of that kind. */
    public static final class InvalidDayException extends IllegalArgumentException {
        private final String reason;

        InvalidDayException(String reason) {
            super(reason);
            this.reason = reason;
        }

        /** {@code workingOnWeekday}: a weekday is a working day already. */
        public String reason() {
            return reason;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "calendar_date", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    protected CalendarDay() {
    }

    public CalendarDay(long agencyId, LocalDate day, Kind kind, String name) {
        this.agencyId = agencyId;
        change(day, kind, name);
    }

    /** Changes the day, its kind and name; a WORKING day must be a Saturday or Sunday. */
    public final void change(LocalDate day, Kind kind, String name) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (kind == Kind.WORKING && !weekend(day)) {
            throw new InvalidDayException("workingOnWeekday");
        }
        this.day = day;
        this.kind = kind;
        this.name = name.strip();
    }

    public static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public Long id() { return id; }
    public long agencyId() { return agencyId; }
    public LocalDate day() { return day; }
    public Kind kind() { return kind; }
    public String name() { return name; }
}
