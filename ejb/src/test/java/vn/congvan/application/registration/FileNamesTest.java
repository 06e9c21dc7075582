package vn.congvan.application.registration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileNamesTest {

    @Test
    void uploadedNamesLoseTheirPathAndControlCharacters() {
        assertEquals("công văn.pdf", PdfUploadCheck.safeFileName("C:\\Users\\lan\\công văn.pdf"));
        assertEquals("x.pdf", PdfUploadCheck.safeFileName("../../x.pdf"));
        assertEquals("a_b.pdf", PdfUploadCheck.safeFileName("a\nb.pdf"));
        assertEquals("tep-dinh-kem.pdf", PdfUploadCheck.safeFileName("  "));
        assertEquals(255, PdfUploadCheck.safeFileName("a".repeat(300) + ".pdf").length());
    }
}
