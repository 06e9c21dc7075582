package vn.congvan.application.signature;

import vn.congvan.domain.model.agency.User;

import java.time.Instant;

/** What a user signs with, as shown to them (never the key itself). */
public record SignerProfileView(String username, String fullName, String position, boolean hasSignatureImage,
                                String signingKeyKind, String certificateSubject, String certificateIssuer,
                                Instant certificateNotAfter) {
    static SignerProfileView of(User u) {
        return new SignerProfileView(u.username(), u.fullName(), u.positionTitle(), u.signatureImageSha256() != null,
                u.signingKeyKind(), u.signingCertSubject(), u.signingCertIssuer(), u.signingCertNotAfter());
    }
}
