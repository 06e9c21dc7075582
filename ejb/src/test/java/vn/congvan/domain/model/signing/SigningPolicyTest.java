package vn.congvan.domain.model.signing;

import org.junit.jupiter.api.Test;
import vn.congvan.signing.PadesLevel;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SigningPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");

    private static CertificateFacts cert(Instant from, Instant to, List<String> usage) {
        return new CertificateFacts("CN=A", "CN=CA", from, to, usage);
    }

    @Test
    void aCertificateMustBeValidNowAndAllowDigitalSignatures() {
        Instant past = NOW.minusSeconds(86400);
        Instant future = NOW.plusSeconds(86400);
        assertNull(cert(past, future, List.of("digitalSignature", "nonRepudiation")).refusalAt(NOW));
        assertNull(cert(past, future, null).refusalAt(NOW), "no key usage extension: any use");
        assertEquals("signature.key.expired", cert(past.minusSeconds(10), past, null).refusalAt(NOW));
        assertEquals("signature.key.notYetValid", cert(future, future.plusSeconds(10), null).refusalAt(NOW));
        assertEquals("signature.key.usage", cert(past, future, List.of("nonRepudiation")).refusalAt(NOW));
        assertEquals("digitalSignature,nonRepudiation", cert(past, future, List.of("digitalSignature", "nonRepudiation")).keyUsageText());
        assertEquals(List.of("a", "b"), CertificateFacts.parseKeyUsage("a,b"));
    }

    @Test
    void levelsAboveBBNeedATsa() {
        assertFalse(SigningPolicy.needsTsa(PadesLevel.B_B));
        assertTrue(SigningPolicy.needsTsa(PadesLevel.B_T));
        assertTrue(SigningPolicy.needsTsa(PadesLevel.B_LTA));
        assertEquals(PadesLevel.B_LT, SigningPolicy.level("b-lt"));
        assertNull(SigningPolicy.level("B-XYZ"));
    }

    @Test
    void onlyApprovedAbsoluteLibraryPathsAreAccepted() {
        List<String> approved = List.of("/usr/lib/softhsm/libsofthsm2.so");
        assertTrue(SigningPolicy.approved("/usr/lib/softhsm/libsofthsm2.so", approved));
        assertTrue(SigningPolicy.approved(" /usr/lib/softhsm/libsofthsm2.so ", approved));
        assertFalse(SigningPolicy.approved("/usr/lib/softhsm/../softhsm/libsofthsm2.so", approved));
        assertFalse(SigningPolicy.approved("/usr/lib/opensc-pkcs11.so", approved));
        assertNull(SigningPolicy.normaliseLibraryPath("relative/lib.so"));
        assertNull(SigningPolicy.normaliseLibraryPath("/etc/passwd"));
        assertEquals("/usr/lib/x86_64-linux-gnu/libc.so.6", SigningPolicy.normaliseLibraryPath("/usr/lib/x86_64-linux-gnu/libc.so.6"));
    }

    @Test
    void serviceUrlsAreHttpWithoutCredentials() {
        assertEquals("https://ca.example.vn/csc/v2", SigningPolicy.normaliseServiceUrl("https://ca.example.vn/csc/v2/"));
        assertNull(SigningPolicy.normaliseServiceUrl("ftp://ca.example.vn/csc"));
        assertNull(SigningPolicy.normaliseServiceUrl("https://u:p@ca.example.vn/tsa"));
        assertNull(SigningPolicy.normaliseServiceUrl("not a url"));
    }
}
