package vn.congvan.application.signature;

import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.signing.CertificateFacts;

import java.time.Instant;
import java.util.List;

/**
 * What a user signs with, as shown to them (never the key itself nor any secret): the key source
 * (P12, PKCS11 or CSC) with its settings, and the certificate's subject, issuer, validity and key usage.
 */
public record SignerProfileView(String username, String fullName, String position, boolean hasSignatureImage,
                                String signingKeyKind, String certificateSubject, String certificateIssuer,
                                Instant certificateNotAfter, Instant certificateNotBefore, List<String> keyUsage,
                                String pkcs11Library, Long pkcs11Slot, String keyAlias, Long cscServiceId,
                                String cscServiceName, String cscCredentialId) {
    static SignerProfileView of(User u) {
        return of(u, null);
    }

    static SignerProfileView of(User u, String cscServiceName) {
        return new SignerProfileView(u.username(), u.fullName(), u.positionTitle(), u.signatureImageSha256() != null,
                u.signingKeyKind(), u.signingCertSubject(), u.signingCertIssuer(), u.signingCertNotAfter(),
                u.signingCertNotBefore(), CertificateFacts.parseKeyUsage(u.signingCertKeyUsage()),
                u.signingPkcs11Library(), u.signingPkcs11Slot(), u.signingKeyAlias(), u.signingCscServiceId(),
                cscServiceName, u.signingCscCredential());
    }
}
