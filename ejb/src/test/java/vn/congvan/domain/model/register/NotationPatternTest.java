package vn.congvan.domain.model.register;

import org.junit.jupiter.api.Test;
import vn.congvan.domain.model.agency.Agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Building "số, ký hiệu" from a register's notation pattern (ND30 Điều 15, Phụ lục VI). */
class NotationPatternTest {

    private static NotationPattern.Rendered render(String pattern, boolean letter, long number, int year, String type,
                                                   String agency, String unit) {
        return NotationPattern.parse(pattern, letter).render(new NotationPattern.Values(number, year, type, agency, unit));
    }

    @Test
    void typedDocumentsKeepTheirDAndPrintTwoDigits() {
        NotationPattern.Rendered plan = render(NotationPattern.DEFAULT_TYPED, false, 45, 2026, "KH", "UBND", null);
        assertEquals("45", plan.codeNumber());
        assertEquals("KH-UBND", plan.codeNotation());
        assertEquals("45/KH-UBND", plan.full());

        assertEquals("01/HĐ-UBND", render(NotationPattern.DEFAULT_TYPED, false, 1, 2026, "HĐ", "UBND", null).full());
        assertEquals("07/HD-UBND", render(NotationPattern.DEFAULT_TYPED, false, 7, 2026, "HD", "UBND", null).full());
        assertEquals("09/QĐ-UBND", render(NotationPattern.DEFAULT_TYPED, false, 9, 2026, "QĐ", "UBND", null).full());
        assertEquals("12/ĐA-UBND", render(NotationPattern.DEFAULT_TYPED, false, 12, 2026, "ĐA", "UBND", null).full());
        assertEquals("100/QyĐ-UBND", render(NotationPattern.DEFAULT_TYPED, false, 100, 2026, "QyĐ", "UBND", null).full());
    }

    @Test
    void congVanHasNoTypeButTheDraftingUnit() {
        NotationPattern.Rendered letter = render(NotationPattern.DEFAULT_LETTER, true, 12, 2026, null, "UBND", "VP");
        assertEquals("12/UBND-VP", letter.full());
        assertEquals("UBND-VP", letter.codeNotation());
        assertEquals("03/UBND-KT", render(NotationPattern.DEFAULT_LETTER, true, 3, 2026, null, "UBND", "KT").full());
        // the drafting unit is needed when the pattern asks for it
        NotationPattern.MissingValueException missing = assertThrows(NotationPattern.MissingValueException.class,
                () -> render(NotationPattern.DEFAULT_LETTER, true, 3, 2026, null, "UBND", null));
        assertEquals("{unit}", missing.placeholder());
        // a letter pattern may not ask for a type abbreviation, which công văn lacks
        assertEquals(NotationPattern.Defect.TYPE_IN_LETTER_PATTERN, assertThrows(
                NotationPattern.InvalidPatternException.class,
                () -> NotationPattern.parse("{number}/{type}-{agency}", true)).defect());
    }

    @Test
    void normativeDocumentsCarryTheYear() {
        NotationPattern.Rendered decree = render("{number}/{year}/{type}-{agency}", false, 53, 2022, "NĐ", "CP", null);
        assertEquals("53/2022/NĐ-CP", decree.full());
        assertEquals("53", decree.codeNumber());
        assertEquals("2022/NĐ-CP", decree.codeNotation());
    }

    @Test
    void literalsAndUnitsMayBeCombined() {
        assertEquals("05/QĐ-UBND-VP", render("{number}/{type}-{agency}-{unit}", false, 5, 2026, "QĐ", "UBND", "VP").full());
        assertEquals("05/TB-SNV.TCCB", render("{number}/{type}-{agency}.{unit}", false, 5, 2026, "TB", "SNV", "TCCB").full());
        assertTrue(NotationPattern.parse("{number}/{year}/{type}-{agency}", false).uses("year"));
        assertFalse(NotationPattern.parse(NotationPattern.DEFAULT_TYPED, false).uses("unit"));
    }

    @Test
    void numbersPrintWithAtLeastTwoDigits() {
        assertEquals("01", NotationPattern.formatNumber(1));
        assertEquals("09", NotationPattern.formatNumber(9));
        assertEquals("10", NotationPattern.formatNumber(10));
        assertEquals("1234", NotationPattern.formatNumber(1234));
        assertThrows(IllegalArgumentException.class, () -> new NotationPattern.Values(0, 2026, "QĐ", "UBND", null));
    }

    @Test
    void badPatternsAreRefusedWithTheirReason() {
        assertDefect(NotationPattern.Defect.EMPTY, " ");
        assertDefect(NotationPattern.Defect.EMPTY, null);
        assertDefect(NotationPattern.Defect.UNKNOWN_PLACEHOLDER, "{number}/{kind}-{agency}");
        assertDefect(NotationPattern.Defect.NUMBER_FIRST, "{type}-{agency}/{number}");
        assertDefect(NotationPattern.Defect.NUMBER_FIRST, "{type}-{agency}");
        assertDefect(NotationPattern.Defect.NUMBER_TWICE, "{number}/{number}-{agency}");
        assertDefect(NotationPattern.Defect.AGENCY_MISSING, "{number}/{type}");
        assertDefect(NotationPattern.Defect.BAD_CHARACTER, "{number}/{type} {agency}");
        assertDefect(NotationPattern.Defect.BAD_CHARACTER, "{number}/{type}-{agency");
        assertDefect(NotationPattern.Defect.BAD_CHARACTER, "{number}/<b>{agency}");
        assertDefect(NotationPattern.Defect.TOO_LONG, "{number}/{agency}-" + "X".repeat(100));
        NotationPattern.InvalidPatternException e = assertThrows(NotationPattern.InvalidPatternException.class,
                () -> NotationPattern.parse("{number}/{kind}-{agency}", false));
        assertEquals("{kind}", e.detail());
    }

    @Test
    void aRegisterUsesItsPatternsAndDefaultsAndFreezesWhenClosed() {
        Agency ubnd = new Agency("000.00.00.H99", "Ủy ban nhân dân tỉnh Mẫu", "UBND", null);
        Register r = new Register(ubnd, 2026, RegisterKind.OUTGOING, RegisterSeries.NORMAL, "CHUNG", "Sổ đi 2026");
        assertEquals(NotationPattern.DEFAULT_TYPED, r.notationPatternFor("QĐ").text());
        assertEquals(NotationPattern.DEFAULT_LETTER, r.notationPatternFor(null).text());
        r.setNotationPatterns("{number}/{year}/{type}-{agency}", "{number}/{agency}");
        assertEquals("{number}/{year}/{type}-{agency}", r.notationPatternFor("QĐ").text());
        assertEquals("{number}/{agency}", r.notationPatternFor("").text());
        assertThrows(NotationPattern.InvalidPatternException.class, () -> r.setNotationPatterns("{number}", null));

        Register next = r.copyFor(2027);
        assertEquals(2027, next.year());
        assertEquals("Sổ đi 2027", next.name());
        assertEquals(1, next.nextNumber());
        assertEquals("{number}/{year}/{type}-{agency}", next.notationPattern());

        assertEquals(1, r.takeNumber());
        r.close("vanthu", java.time.Instant.now());
        assertThrows(RegisterClosedException.class, r::takeNumber);
        assertThrows(RegisterClosedException.class, () -> r.setNotationPatterns(null, null));
        assertThrows(RegisterClosedException.class, () -> r.close("vanthu", java.time.Instant.now()));
        assertEquals(2, r.nextNumber(), "the number taken is never given again");
    }

    private static void assertDefect(NotationPattern.Defect expected, String pattern) {
        assertEquals(expected, assertThrows(NotationPattern.InvalidPatternException.class,
                () -> NotationPattern.parse(pattern, false)).defect(), pattern);
    }
}
