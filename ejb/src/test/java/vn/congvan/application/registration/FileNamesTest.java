package vn.congvan.application.registration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileNamesTest {

    @Test
    void uploadedNamesLoseTheirPathAndControlCharacters() {
        assertEquals("công văn.pdf", IncomingRegistrationService.safeFileName("C:\\Users\\lan\\công văn.pdf"));
        assertEquals("x.pdf", IncomingRegistrationService.safeFileName("../../x.pdf"));
        assertEquals("a_b.pdf", IncomingRegistrationService.safeFileName("a\nb.pdf"));
        assertEquals("tep-dinh-kem.pdf", IncomingRegistrationService.safeFileName("  "));
        assertEquals(255, IncomingRegistrationService.safeFileName("a".repeat(300) + ".pdf").length());
    }
}
