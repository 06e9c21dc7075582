package vn.congvan.domain.model.calendar;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * The Vietnamese lunar calendar (âm lịch), after Hồ Ngọc Đức's algorithm ("Thuật toán tính âm lịch",
 * astronomical new moons and solar terms, Vietnam time UTC+7). A lunar month begins on the day of the new
 * moon; month 11 is the month holding the winter solstice; a year with 13 months repeats the first month
 * that holds no major solar term (tháng nhuận). Valid for the years 1800–2199.
 */
public final class LunarCalendar {

    /** Vietnam's time zone, in hours. China's (UTC+8) gives other dates in some years (Tết 1985, 2007). */
    public static final double VIETNAM_ZONE = 7.0;

    private static final double PI = Math.PI;

    private LunarCalendar() {
    }

    /** The solar date of a lunar date (not in a leap month). */
    public static LocalDate toSolar(int lunarDay, int lunarMonth, int lunarYear) {
        return toSolar(lunarDay, lunarMonth, lunarYear, false, VIETNAM_ZONE);
    }

    /** Tết Nguyên Đán: the first day of the lunar year that begins in the solar year {@code year}. */
    public static LocalDate newYear(int year) {
        return toSolar(1, 1, year);
    }

    /**
     * The solar date of a lunar date.
     *
     * @param leap whether the month is the leap month (tháng nhuận) of that year
     * @throws IllegalArgumentException when the year has no such leap month, or the date is out of range
     */
    public static LocalDate toSolar(int lunarDay, int lunarMonth, int lunarYear, boolean leap, double timeZone) {
        if (lunarDay < 1 || lunarDay > 30 || lunarMonth < 1 || lunarMonth > 12 || lunarYear < 1800 || lunarYear > 2199) {
            throw new IllegalArgumentException("Lunar date out of range: " + lunarDay + "/" + lunarMonth + "/" + lunarYear);
        }
        long a11;
        long b11;
        if (lunarMonth < 11) {
            a11 = lunarMonth11(lunarYear - 1, timeZone);
            b11 = lunarMonth11(lunarYear, timeZone);
        } else {
            a11 = lunarMonth11(lunarYear, timeZone);
            b11 = lunarMonth11(lunarYear + 1, timeZone);
        }
        long k = (long) Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
        int off = lunarMonth - 11;
        if (off < 0) {
            off += 12;
        }
        if (b11 - a11 > 365) {
            int leapOff = leapMonthOffset(a11, timeZone);
            int leapMonth = leapOff - 2;
            if (leapMonth < 0) {
                leapMonth += 12;
            }
            if (leap && lunarMonth != leapMonth) {
                throw new IllegalArgumentException("Lunar year " + lunarYear + " has no leap month " + lunarMonth);
            } else if (leap || off >= leapOff) {
                off += 1;
            }
        } else if (leap) {
            throw new IllegalArgumentException("Lunar year " + lunarYear + " has no leap month");
        }
        long monthStart = newMoonDay(k + off, timeZone);
        return fromJulianDay(monthStart + lunarDay - 1);
    }

    /** The leap month (1–12) of the lunar year, or 0 when it has 12 months. */
    public static int leapMonth(int lunarYear) {
        long a11 = lunarMonth11(lunarYear - 1, VIETNAM_ZONE);
        long b11 = lunarMonth11(lunarYear, VIETNAM_ZONE);
        if (b11 - a11 <= 365) {
            return 0;
        }
        int leapMonth = leapMonthOffset(a11, VIETNAM_ZONE) - 2;
        if (leapMonth < 0) {
            leapMonth += 12;
        }
        // a leap month 11 or 12 in this span belongs to the previous lunar year
        return leapMonth >= 11 ? 0 : leapMonth;
    }

    static long julianDay(LocalDate d) {
        return d.getLong(JulianFields.JULIAN_DAY);
    }

    static LocalDate fromJulianDay(long jd) {
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, jd);
    }

    /** The Julian day (at noon) of the k-th new moon after 1900-01-01 13:52 UTC. */
    static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 = jd1 + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT;
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        return jd1 + c1 - deltaT;
    }

    /** The local day number of the k-th new moon. */
    static long newMoonDay(long k, double timeZone) {
        return (long) Math.floor(newMoon(k) + 0.5 + timeZone / 24);
    }

    /** The sun's longitude in radians (0 to 2π) at a Julian day number. */
    static double sunLongitude(double jdn) {
        double t = (jdn - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - PI * 2 * Math.floor(l / (PI * 2));
    }

    /** Which of the 12 major solar-term sectors (0–11) the sun is in at the start of a local day. */
    static int sunSector(long dayNumber, double timeZone) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - timeZone / 24) / PI * 6);
    }

    /** The first day of lunar month 11 (the month of the winter solstice) of a year. */
    static long lunarMonth11(int year, double timeZone) {
        long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(off / 29.530588853);
        long nm = newMoonDay(k, timeZone);
        if (sunSector(nm, timeZone) >= 9) {
            nm = newMoonDay(k - 1, timeZone);
        }
        return nm;
    }

    /** Which month after month 11 (1, 2, …) is the leap month, for a 13-month year starting at {@code a11}. */
    static int leapMonthOffset(long a11, double timeZone) {
        long k = (long) Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
        int last;
        int i = 1;
        int arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
        do {
            last = arc;
            i++;
            arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
        } while (arc != last && i < 14);
        return i - 1;
    }
}
