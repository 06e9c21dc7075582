package vn.congvan.domain.model.catalogue;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Abbreviations of document types: letters, Vietnamese ones allowed, Đ kept apart from D. */
class AbbreviationTest {

    @Test
    void whatIsAllowed() {
        assertEquals(Optional.empty(), Abbreviation.check("QĐ"));
        assertEquals(Optional.empty(), Abbreviation.check("CTr"));
        assertEquals(Optional.empty(), Abbreviation.check("QyĐ"));
        assertEquals(Optional.empty(), Abbreviation.check("BẢN"));
        assertEquals(Optional.empty(), Abbreviation.check("A"));
        assertEquals(Optional.empty(), Abbreviation.check("ABCDEFGHIJ"));
        assertEquals(Optional.of("documentType.abbreviation.length"), Abbreviation.check("ABCDEFGHIJK"));
        assertEquals(Optional.of("validation.required"), Abbreviation.check(""));
        assertEquals(Optional.of("documentType.abbreviation.pattern"), Abbreviation.check("Q-D"));
        assertEquals(Optional.of("documentType.abbreviation.pattern"), Abbreviation.check("QD1"));
        assertEquals(Optional.of("documentType.abbreviation.pattern"), Abbreviation.check("qd"));
        assertEquals(Optional.of("documentType.abbreviation.pattern"), Abbreviation.check("Q D"));
    }

    @Test
    void dStrokeIsNotD() {
        assertFalse(Abbreviation.same("HĐ", "HD"));
        assertFalse(Abbreviation.same("ĐA", "DA"));
        assertTrue(Abbreviation.same("TTr", "TTR"));
        assertTrue(Abbreviation.same("QĐ", "qđ"));
        String decomposed = Normalizer.normalize("BẢN", Normalizer.Form.NFD);
        assertTrue(Abbreviation.same(decomposed, "BẢN"), "typed with combining marks, still the same");
        assertEquals("BẢN", Abbreviation.normalise(" " + decomposed + " "));
    }

    @Test
    void asciiCodesFollowTheSeededOnes() {
        assertEquals("QD", Abbreviation.asciiCode("QĐ"));
        assertEquals("DDA", Abbreviation.asciiCode("ĐA"));
        assertEquals("QYD", Abbreviation.asciiCode("QyĐ"));
        assertEquals("BAN", Abbreviation.asciiCode("BẢN"));
    }
}
