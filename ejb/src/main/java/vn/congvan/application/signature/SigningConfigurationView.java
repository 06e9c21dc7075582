package vn.congvan.application.signature;

import java.time.Instant;
import java.util.List;

/** The signing configuration as administrators see it (secrets are never shown, only whether one is set). */
public record SigningConfigurationView(List<Anchor> trustAnchors, List<Crl> crls, boolean onlineRevocation,
                                       Tsa tsa, List<RemoteService> remoteServices, List<Library> pkcs11Libraries,
                                       String defaultLevel, List<String> levels, String trustFolder) {

    /** A trusted certificate; {@code id} is null for one read from the trust folder (remove it there). */
    public record Anchor(Long id, String source, String subject, String issuer, boolean selfSigned, String sha256,
                         Instant notBefore, Instant notAfter, boolean expired) {
    }

    public record Crl(Long id, String source, String issuer, Instant thisUpdate, Instant nextUpdate, int entries,
                      String sha256) {
    }

    public record Tsa(String url, String username, boolean hasPassword, String hashAlgorithm) {
    }

    public record RemoteService(Long id, String name, String baseUrl, int timeoutSeconds) {
    }

    public record Library(Long id, String path, String label, boolean present) {
    }

    /** The answer of a TSA to a test request. */
    public record TsaTest(String time, String authority, String serialNumber, String hashAlgorithm, String policy) {
    }
}
