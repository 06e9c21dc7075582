package vn.congvan.signing.pki;

import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Issues X.509 certificates with Bouncy Castle: for the {@code demo-pki} command and the test PKI.
 * Not a CA product: no policy, no database, keys live in memory.
 */
public final class CertificateIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateIssuer() {
    }

    public static KeyPair rsaKeyPair(int bits) {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(bits, RANDOM);
            return gen.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** ECDSA P-256 key pair. */
    public static KeyPair ecKeyPair() {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
            gen.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"), RANDOM);
            return gen.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What goes into one certificate. Build with {@link #spec(String, KeyPair)}. */
    public static final class Spec {
        final String subject;
        final KeyPair keyPair;
        X509Certificate issuerCert;
        PrivateKey issuerKey;
        Instant notBefore = Instant.now().minusSeconds(3600);
        Instant notAfter = Instant.now().plusSeconds(3L * 365 * 24 * 3600);
        Integer caPathLen;
        boolean ca;
        int keyUsage = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
        boolean noKeyUsage;
        final List<KeyPurposeId> extendedKeyUsage = new ArrayList<>();
        String ocspUrl;
        String caIssuersUrl;
        String crlUrl;
        boolean ocspNoCheck;
        BigInteger serial;

        Spec(String subject, KeyPair keyPair) {
            this.subject = subject;
            this.keyPair = keyPair;
        }

        public Spec issuer(X509Certificate cert, PrivateKey key) {
            this.issuerCert = cert;
            this.issuerKey = key;
            return this;
        }

        public Spec validity(Instant from, Instant to) {
            this.notBefore = from;
            this.notAfter = to;
            return this;
        }

        public Spec ca(int pathLen) {
            this.ca = true;
            this.caPathLen = pathLen < 0 ? null : pathLen;
            this.keyUsage = KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature;
            return this;
        }

        public Spec keyUsage(int bits) {
            this.keyUsage = bits;
            return this;
        }

        public Spec noKeyUsage() {
            this.noKeyUsage = true;
            return this;
        }

        public Spec timeStamping() {
            extendedKeyUsage.add(KeyPurposeId.id_kp_timeStamping);
            keyUsage = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
            return this;
        }

        public Spec ocspSigning() {
            extendedKeyUsage.add(KeyPurposeId.id_kp_OCSPSigning);
            keyUsage = KeyUsage.digitalSignature;
            ocspNoCheck = true;
            return this;
        }

        public Spec ocsp(String url) {
            this.ocspUrl = url;
            return this;
        }

        public Spec caIssuers(String url) {
            this.caIssuersUrl = url;
            return this;
        }

        public Spec crl(String url) {
            this.crlUrl = url;
            return this;
        }

        public Spec serial(BigInteger serial) {
            this.serial = serial;
            return this;
        }

        public X509Certificate issue() {
            return CertificateIssuer.issue(this);
        }
    }

    public static Spec spec(String subjectDn, KeyPair keyPair) {
        return new Spec(subjectDn, keyPair);
    }

    static X509Certificate issue(Spec s) {
        try {
            boolean selfSigned = s.issuerCert == null;
            X500Name subject = new X500Name(s.subject);
            X500Name issuer = selfSigned ? subject
                    : X500Name.getInstance(s.issuerCert.getSubjectX500Principal().getEncoded());
            PrivateKey signingKey = selfSigned ? s.keyPair.getPrivate() : s.issuerKey;
            BigInteger serial = s.serial != null ? s.serial : new BigInteger(96, RANDOM).abs().add(BigInteger.ONE);
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, serial,
                    Date.from(s.notBefore), Date.from(s.notAfter), subject, s.keyPair.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(s.keyPair.getPublic()));
            b.addExtension(Extension.authorityKeyIdentifier, false, selfSigned
                    ? ext.createAuthorityKeyIdentifier(s.keyPair.getPublic())
                    : ext.createAuthorityKeyIdentifier(s.issuerCert));
            if (s.ca) {
                b.addExtension(Extension.basicConstraints, true,
                        s.caPathLen == null ? new BasicConstraints(true) : new BasicConstraints(s.caPathLen));
            } else {
                b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            }
            if (!s.noKeyUsage) {
                b.addExtension(Extension.keyUsage, true, new KeyUsage(s.keyUsage));
            }
            if (!s.extendedKeyUsage.isEmpty()) {
                b.addExtension(Extension.extendedKeyUsage, true,
                        new ExtendedKeyUsage(s.extendedKeyUsage.toArray(new KeyPurposeId[0])));
            }
            List<AccessDescription> aia = new ArrayList<>();
            if (s.ocspUrl != null) {
                aia.add(new AccessDescription(AccessDescription.id_ad_ocsp,
                        new GeneralName(GeneralName.uniformResourceIdentifier, new DERIA5String(s.ocspUrl))));
            }
            if (s.caIssuersUrl != null) {
                aia.add(new AccessDescription(AccessDescription.id_ad_caIssuers,
                        new GeneralName(GeneralName.uniformResourceIdentifier, new DERIA5String(s.caIssuersUrl))));
            }
            if (!aia.isEmpty()) {
                b.addExtension(Extension.authorityInfoAccess, false,
                        new AuthorityInformationAccess(aia.toArray(new AccessDescription[0])));
            }
            if (s.crlUrl != null) {
                DistributionPointName dpn = new DistributionPointName(new GeneralNames(
                        new GeneralName(GeneralName.uniformResourceIdentifier, new DERIA5String(s.crlUrl))));
                b.addExtension(Extension.cRLDistributionPoints, false,
                        new CRLDistPoint(new DistributionPoint[]{new DistributionPoint(dpn, null, null)}));
            }
            if (s.ocspNoCheck) {
                b.addExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE);
            }
            ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithm(signingKey)).build(signingKey);
            return new JcaX509CertificateConverter().getCertificate(b.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot issue the certificate " + s.subject + ": " + e.getMessage(), e);
        }
    }

    public static String signatureAlgorithm(PrivateKey key) {
        return "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    }
}
