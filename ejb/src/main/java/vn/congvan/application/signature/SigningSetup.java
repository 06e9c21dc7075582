package vn.congvan.application.signature;

import vn.congvan.signing.PadesLevel;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The signing configuration in force: trust anchors and CRLs (from the database and the
 * {@code <data>/trust} folder), online revocation, the TSA and the default PAdES level.
 */
public record SigningSetup(List<X509Certificate> anchors, List<X509CRL> crls, boolean onlineRevocation, Tsa tsa,
                           PadesLevel defaultLevel) {

    /** A time-stamping authority: RFC 3161 over HTTP(S), optional Basic credentials. */
    public record Tsa(String url, String username, String password, String hashAlgorithm) {
        /** The URL with the credentials as user info, as the signing library takes them. */
        public String urlWithCredentials() {
            if (username == null || username.isEmpty()) {
                return url;
            }
            java.net.URI u = java.net.URI.create(url);
            String info = enc(username) + ":" + enc(password == null ? "" : password);
            return u.getScheme() + "://" + info + "@" + u.getRawAuthority() + (u.getRawPath() == null ? "" : u.getRawPath());
        }

        private static String enc(String s) {
            return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        }
    }
}
