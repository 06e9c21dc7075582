package vn.congvan.signing;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * What an installation configures once: the time-stamping authority, trust anchors, the font for text
 * appearances, the time zone.
 *
 * @param tsaUrl         RFC 3161 time-stamping authority (needed for B-T, B-LT, B-LTA)
 * @param trustAnchors   roots the signer's chain ends at (revocation data is not fetched for them)
 * @param fontPath       a TrueType font with Vietnamese coverage, Times-metric (Liberation Serif)
 * @param networkTimeout for TSA, OCSP and CRL requests
 * @param zone           the time zone shown in appearances (Asia/Ho_Chi_Minh, +07:00)
 */
public record SigningConfig(String tsaUrl, List<X509Certificate> trustAnchors, Path fontPath,
                            Duration networkTimeout, ZoneId zone) {

    /**
     * Liberation Serif 2.x (Debian {@code fonts-liberation2}) covers Vietnamese; 1.07 (Debian
     * {@code fonts-liberation}, /usr/share/fonts/truetype/liberation/) lacks ủ, ị, ễ and the rest of
     * Latin Extended Additional, so it is only the fallback and is refused for text it cannot show.
     */
    public static final Path DEFAULT_FONT = java.nio.file.Files.isReadable(
            Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"))
            ? Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")
            : Path.of("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf");
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public SigningConfig {
        trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
        fontPath = fontPath == null ? DEFAULT_FONT : fontPath;
        networkTimeout = networkTimeout == null ? Duration.ofSeconds(20) : networkTimeout;
        zone = zone == null ? VIETNAM : zone;
    }

    public static SigningConfig defaults() {
        return new SigningConfig(null, List.of(), null, null, null);
    }

    public SigningConfig withTsa(String url) {
        return new SigningConfig(url, trustAnchors, fontPath, networkTimeout, zone);
    }

    public SigningConfig withTrustAnchors(List<X509Certificate> anchors) {
        return new SigningConfig(tsaUrl, anchors, fontPath, networkTimeout, zone);
    }

    public SigningConfig withNetworkTimeout(Duration timeout) {
        return new SigningConfig(tsaUrl, trustAnchors, fontPath, timeout, zone);
    }

    public SigningConfig withFont(Path font) {
        return new SigningConfig(tsaUrl, trustAnchors, font, networkTimeout, zone);
    }
}
