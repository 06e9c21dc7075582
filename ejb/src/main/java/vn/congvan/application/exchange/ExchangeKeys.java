package vn.congvan.application.exchange;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.signature.SecretBox;
import vn.congvan.domain.model.agency.Agency;
import vn.congvan.domain.model.exchange.ExchangeKey;
import vn.congvan.signing.pki.CertificateIssuer;
import vn.congvan.signing.pki.Pem;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The agency's package-signing key (the agency's seal for exchange): made on first use (RSA-2048, a
 * self-issued certificate naming the agency and its edXML code, valid 5 years), or replaced by the
 * administrator with the agency's certificate from a PKCS#12 file. The private key is kept sealed.
 * Partners put the certificate ({@code GET /api/admin/exchange/certificate}) in their directory.
 */
@Stateless
@PermitAll
public class ExchangeKeys {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SecretBox secrets;

    /** The key and certificate packages are signed with. */
    public record SigningKey(PrivateKey privateKey, X509Certificate certificate) {
    }

    public SigningKey signingKey(long agencyId) {
        ExchangeKey k = em.find(ExchangeKey.class, agencyId);
        if (k == null) {
            k = create(em.find(Agency.class, agencyId));
        }
        try {
            byte[] pkcs8 = Base64.getDecoder().decode(secrets.open(k.sealedPrivateKey()));
            X509Certificate cert = Certificates.certificates(k.certificatePem()).get(0);
            PrivateKey key = KeyFactory.getInstance(cert.getPublicKey().getAlgorithm())
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return new SigningKey(key, cert);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The agency's exchange key cannot be read", e);
        }
    }

    public String certificatePem(long agencyId) {
        ExchangeKey k = em.find(ExchangeKey.class, agencyId);
        return k == null ? create(em.find(Agency.class, agencyId)).certificatePem() : k.certificatePem();
    }

    /** Replaces the key (the administrator's PKCS#12 upload, checked by the caller). */
    public void replace(long agencyId, PrivateKey key, X509Certificate cert) {
        String pem = Pem.toPem(List.of(cert));
        String sealed = secrets.seal(Base64.getEncoder().encodeToString(key.getEncoded()));
        ExchangeKey k = em.find(ExchangeKey.class, agencyId);
        if (k == null) {
            em.persist(new ExchangeKey(agencyId, pem, sealed, Instant.now()));
        } else {
            k.replace(pem, sealed, Instant.now());
        }
    }

    private ExchangeKey create(Agency agency) {
        KeyPair pair = CertificateIssuer.rsaKeyPair(2048);
        Instant now = Instant.now();
        X509Certificate cert = CertificateIssuer.spec("CN=" + rdn(agency.name()) + ", OU=edXML " + agency.code()
                        + ", O=" + rdn(agency.name()) + ", C=VN", pair)
                .validity(now.minus(1, ChronoUnit.DAYS), now.plus(5 * 365, ChronoUnit.DAYS)).issue();
        ExchangeKey k = new ExchangeKey(agency.id(), Pem.toPem(List.of(cert)),
                secrets.seal(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded())), now);
        em.persist(k);
        em.flush();
        return k;
    }

    private static String rdn(String s) {
        return s.replaceAll("[,+\"\\\\<>;=#]", " ").strip();
    }
}
