package vn.congvan.application.signature;

/**
 * What the signer types at signing time and is never stored: the PKCS#12 password or the PKCS#11 PIN
 * or the remote credential's PIN ({@code secret}), and for a remote service the user's OAuth access token.
 */
public record SigningSecrets(String secret, String accessToken) {
    @Override
    public String toString() {
        return "SigningSecrets[***]";
    }
}
