package vn.congvan.application.signature;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.audit.AuditAction;
import vn.congvan.domain.model.signing.Pkcs11Library;
import vn.congvan.domain.model.signing.RemoteSigningService;
import vn.congvan.domain.model.signing.RevocationList;
import vn.congvan.domain.model.signing.SigningPolicy;
import vn.congvan.domain.model.signing.SigningSetting;
import vn.congvan.domain.model.signing.TrustAnchor;
import vn.congvan.signing.PadesLevel;
import vn.congvan.signing.verify.SignatureVerifier;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CRLException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Administration of digital signatures (ADMIN): trust anchors, CRLs and online revocation, the TSA,
 * remote signing services, approved PKCS#11 libraries and the default PAdES level. Kept in the
 * database, applied at once (read on every use), every change recorded in the action log.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class SigningConfigurationService {

    public static final int MAX_CERT_BYTES = 64 * 1024;
    public static final int MAX_CRL_BYTES = 5 * 1024 * 1024;

    @PersistenceContext
    private EntityManager em;
    @EJB
    private UserDirectory users;
    @EJB
    private AuditService audit;
    @EJB
    private SigningSetupReader reader;
    @Inject
    private SignatureCheck folder;
    @Inject
    private SecretBox secrets;

    public SigningConfigurationView view() {
        Map<String, String> s = reader.settings();
        SigningSetup setup = reader.current();
        Instant now = Instant.now();
        List<SigningConfigurationView.Anchor> anchors = new ArrayList<>();
        for (TrustAnchor a : em.createNamedQuery("TrustAnchor.all", TrustAnchor.class).getResultList()) {
            anchors.add(new SigningConfigurationView.Anchor(a.id(), "database", a.subject(), a.issuer(), a.selfSigned(),
                    a.sha256(), a.notBefore(), a.notAfter(), now.isAfter(a.notAfter())));
        }
        for (X509Certificate c : folder.folderAnchors().certificates()) {
            anchors.add(new SigningConfigurationView.Anchor(null, "folder", dn(c), SignatureVerifier.dn(c.getIssuerX500Principal()),
                    c.getSubjectX500Principal().equals(c.getIssuerX500Principal()), sha256(der(c)),
                    c.getNotBefore().toInstant(), c.getNotAfter().toInstant(), now.isAfter(c.getNotAfter().toInstant())));
        }
        List<SigningConfigurationView.Crl> crls = new ArrayList<>();
        for (RevocationList c : em.createNamedQuery("RevocationList.all", RevocationList.class).getResultList()) {
            crls.add(new SigningConfigurationView.Crl(c.id(), "database", c.issuer(), c.thisUpdate(), c.nextUpdate(),
                    c.entries(), c.sha256()));
        }
        for (X509CRL c : folder.folderAnchors().crls()) {
            crls.add(new SigningConfigurationView.Crl(null, "folder", SignatureVerifier.dn(c.getIssuerX500Principal()),
                    c.getThisUpdate().toInstant(), c.getNextUpdate() == null ? null : c.getNextUpdate().toInstant(),
                    c.getRevokedCertificates() == null ? 0 : c.getRevokedCertificates().size(), crlSha(c)));
        }
        SigningConfigurationView.Tsa tsa = s.get(SigningSetting.TSA_URL) == null ? null
                : new SigningConfigurationView.Tsa(s.get(SigningSetting.TSA_URL), s.get(SigningSetting.TSA_USERNAME),
                s.get(SigningSetting.TSA_PASSWORD) != null, s.getOrDefault(SigningSetting.TSA_HASH, "SHA-256"));
        List<SigningConfigurationView.RemoteService> services = em.createNamedQuery("RemoteSigningService.all",
                RemoteSigningService.class).getResultStream().map(r -> new SigningConfigurationView.RemoteService(
                r.id(), r.name(), r.baseUrl(), r.timeoutSeconds())).toList();
        List<SigningConfigurationView.Library> libs = em.createNamedQuery("Pkcs11Library.all", Pkcs11Library.class)
                .getResultStream().map(l -> new SigningConfigurationView.Library(l.id(), l.path(), l.label(),
                        Files.isRegularFile(Path.of(l.path())))).toList();
        return new SigningConfigurationView(anchors, crls, setup.onlineRevocation(), tsa, services, libs,
                setup.defaultLevel().label(), Arrays.stream(PadesLevel.values()).map(PadesLevel::label).toList(),
                folder.folderAnchors().dir() == null ? null : folder.folderAnchors().dir().toString());
    }

    // --- trust anchors ---

    /** Adds the CA certificates in {@code bytes} (PEM, one or more, or DER); all or none. */
    public SigningConfigurationView addTrustAnchors(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw ApplicationProblemException.invalid(FieldError.of("file", "validation.required"));
        }
        if (bytes.length > MAX_CERT_BYTES) {
            throw new ApplicationProblemException(Problem.PAYLOAD_TOO_LARGE, "error.payloadTooLarge", "0.06");
        }
        Collection<? extends Certificate> certs;
        try {
            certs = CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes));
        } catch (CertificateException | RuntimeException e) {
            certs = List.of();
        }
        if (certs.isEmpty()) {
            throw ApplicationProblemException.invalid(FieldError.of("file", "signingAdmin.anchor.notCertificate"));
        }
        String me = users.current().username();
        for (Certificate c : certs) {
            X509Certificate x = (X509Certificate) c;
            if (x.getBasicConstraints() < 0) {
                throw ApplicationProblemException.invalid(FieldError.of("file", "signingAdmin.anchor.notCa", dn(x)));
            }
            String sha = sha256(der(x));
            if (!em.createNamedQuery("TrustAnchor.bySha256", TrustAnchor.class).setParameter("sha256", sha)
                    .getResultList().isEmpty()) {
                throw new ApplicationProblemException(Problem.CONFLICT, "signingAdmin.anchor.exists", dn(x));
            }
            TrustAnchor a = new TrustAnchor(sha, dn(x), SignatureVerifier.dn(x.getIssuerX500Principal()),
                    x.getSubjectX500Principal().equals(x.getIssuerX500Principal()), x.getNotBefore().toInstant(),
                    x.getNotAfter().toInstant(), der(x), me);
            em.persist(a);
            audit.recordSetting(AuditAction.SIGNING_CONFIG, "trust anchor added: " + a.subject() + " sha256=" + sha);
        }
        em.flush();
        return view();
    }

    public SigningConfigurationView removeTrustAnchor(long id) {
        TrustAnchor a = em.find(TrustAnchor.class, id);
        if (a == null) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "signingAdmin.notFound");
        }
        em.remove(a);
        audit.recordSetting(AuditAction.SIGNING_CONFIG, "trust anchor removed: " + a.subject() + " sha256=" + a.sha256());
        em.flush();
        return view();
    }

    // --- revocation ---

    public SigningConfigurationView addCrl(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw ApplicationProblemException.invalid(FieldError.of("file", "validation.required"));
        }
        if (bytes.length > MAX_CRL_BYTES) {
            throw new ApplicationProblemException(Problem.PAYLOAD_TOO_LARGE, "error.payloadTooLarge", "5");
        }
        X509CRL crl;
        byte[] der;
        try {
            crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(bytes));
            der = crl.getEncoded();
        } catch (CertificateException | CRLException | RuntimeException e) {
            throw ApplicationProblemException.invalid(FieldError.of("file", "signingAdmin.crl.notCrl"));
        }
        if (crl == null) {
            throw ApplicationProblemException.invalid(FieldError.of("file", "signingAdmin.crl.notCrl"));
        }
        String sha = sha256(der);
        if (!em.createNamedQuery("RevocationList.bySha256", RevocationList.class).setParameter("sha256", sha)
                .getResultList().isEmpty()) {
            throw new ApplicationProblemException(Problem.CONFLICT, "signingAdmin.crl.exists");
        }
        String issuer = SignatureVerifier.dn(crl.getIssuerX500Principal());
        RevocationList r = new RevocationList(sha, issuer, crl.getThisUpdate().toInstant(),
                crl.getNextUpdate() == null ? null : crl.getNextUpdate().toInstant(),
                crl.getRevokedCertificates() == null ? 0 : crl.getRevokedCertificates().size(), der, users.current().username());
        em.persist(r);
        audit.recordSetting(AuditAction.SIGNING_CONFIG, "CRL added: " + issuer + " thisUpdate=" + r.thisUpdate());
        em.flush();
        return view();
    }

    public SigningConfigurationView removeCrl(long id) {
        RevocationList r = em.find(RevocationList.class, id);
        if (r == null) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "signingAdmin.notFound");
        }
        em.remove(r);
        audit.recordSetting(AuditAction.SIGNING_CONFIG, "CRL removed: " + r.issuer() + " thisUpdate=" + r.thisUpdate());
        em.flush();
        return view();
    }

    public SigningConfigurationView setOnlineRevocation(Boolean on) {
        if (on == null) {
            throw ApplicationProblemException.invalid(FieldError.of("onlineRevocation", "validation.required"));
        }
        put(SigningSetting.ONLINE_REVOCATION, on.toString());
        audit.recordSetting(AuditAction.SIGNING_CONFIG, "online revocation " + (on ? "on" : "off"));
        em.flush();
        return view();
    }

    // --- TSA ---

    /**
     * Sets the TSA. A blank password keeps the one stored (when the URL and user stay); {@code clearPassword}
     * removes it.
     */
    public SigningConfigurationView setTsa(String url, String username, String password, boolean clearPassword,
                                           String hashAlgorithm) {
        List<FieldError> errors = new ArrayList<>();
        String u = SigningPolicy.normaliseServiceUrl(url);
        if (url == null || url.isBlank()) {
            errors.add(FieldError.of("url", "validation.required"));
        } else if (u == null) {
            errors.add(FieldError.of("url", "signingAdmin.url.invalid"));
        }
        String hash = hashAlgorithm == null || hashAlgorithm.isBlank() ? "SHA-256" : hashAlgorithm.trim().toUpperCase();
        if (!SigningPolicy.TSA_HASHES.contains(hash)) {
            errors.add(FieldError.of("hashAlgorithm", "signingAdmin.tsa.hash", String.join(", ", SigningPolicy.TSA_HASHES.stream().sorted().toList())));
        }
        String user = username == null || username.isBlank() ? null : username.trim();
        if (user != null && user.length() > 200) {
            errors.add(FieldError.of("username", "validation.size.max", 200));
        }
        if (!errors.isEmpty()) {
            throw ApplicationProblemException.invalid(errors);
        }
        put(SigningSetting.TSA_URL, u);
        put(SigningSetting.TSA_USERNAME, user);
        put(SigningSetting.TSA_HASH, hash);
        if (user == null || clearPassword) {
            put(SigningSetting.TSA_PASSWORD, null);
        } else if (password != null && !password.isEmpty()) {
            put(SigningSetting.TSA_PASSWORD, secrets.seal(password));
        }
        audit.recordSetting(AuditAction.SIGNING_CONFIG, "TSA set: " + u + (user == null ? "" : " user=" + user) + " hash=" + hash);
        em.flush();
        return view();
    }

    /** Removes the TSA; refused while the default level needs one. */
    public SigningConfigurationView removeTsa() {
        PadesLevel level = SigningPolicy.level(reader.settings().get(SigningSetting.DEFAULT_LEVEL));
        if (level != null && SigningPolicy.needsTsa(level)) {
            throw new ApplicationProblemException(Problem.CONFLICT, "signingAdmin.tsa.inUse", level.label());
        }
        put(SigningSetting.TSA_URL, null);
        put(SigningSetting.TSA_USERNAME, null);
        put(SigningSetting.TSA_PASSWORD, null);
        audit.recordSetting(AuditAction.SIGNING_CONFIG, "TSA removed");
        em.flush();
        return view();
    }

    /** Asks the configured TSA for a timestamp. */
    public SigningConfigurationView.TsaTest testTsa() {
        SigningSetup.Tsa tsa = reader.current().tsa();
        if (tsa == null) {
            throw new ApplicationProblemException(Problem.CONFLICT, "signingAdmin.tsa.none");
        }
        try {
            return TsaProbe.probe(tsa, Duration.ofSeconds(20));
        } catch (TsaProbe.Failure e) {
            throw new ApplicationProblemException(Problem.UNPROCESSABLE, "signingAdmin.tsa.failed", tsa.url(), e.getMessage());
        }
    }

    // --- remote signing services ---

    public SigningConfigurationView addRemoteService(String name, String baseUrl, Integer timeoutSeconds) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(FieldError.of("name", "validation.required"));
        } else if (name.trim().length() > 100) {
            errors.add(FieldError.of("name", "validation.size.max", 100));
        }
        String url = SigningPolicy.normaliseServiceUrl(baseUrl);
        if (baseUrl == null || baseUrl.isBlank()) {
            errors.add(FieldError.of("baseUrl", "validation.required"));
        } else if (url == null || url.length() > 500) {
            errors.add(FieldError.of("baseUrl", "signingAdmin.url.invalid"));
        }
        int timeout = timeoutSeconds == null ? RemoteSigningService.DEFAULT_TIMEOUT_SECONDS : timeoutSeconds;
        if (timeout < 1 || timeout > 600) {
            errors.add(FieldError.of("timeoutSeconds", "signingAdmin.remote.timeout"));
        }
        if (!errors.isEmpty()) {
            throw ApplicationProblemException.invalid(errors);
        }
        if (!em.createNamedQuery("RemoteSigningService.byUrl", RemoteSigningService.class).setParameter("url", url)
                .getResultList().isEmpty()) {
            throw new ApplicationProblemException(Problem.CONFLICT, "signingAdmin.remote.exists", url);
        }
        em.persist(new RemoteSigningService(name.trim(), url, timeout));
        audit.recordSetting(AuditAction.SIGNING_CONFIG, "remote signing service added: " + name.trim() + " " + url);
        em.flush();
        return view();
    }

    public SigningConfigurationView removeRemoteService(long id) {
        RemoteSigningService r = em.find(RemoteSigningService.class, id);
        if (r == null) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "signingAdmin.notFound");
        }
        long users = em.createQuery("SELECT COUNT(u) FROM User u WHERE u.signingCscServiceId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (users > 0) {
            throw new ApplicationProblemException(Problem.CONFLICT, "signingAdmin.inUse", users);
        }
        em.remove(r);
        audit.recordSetting(AuditAction.SIGNING_CONFIG, "remote signing service removed: " + r.name() + " " + r.baseUrl());
        em.flush();
        return view();
    }

    // --- PKCS#11 libraries ---

    public SigningConfigurationView addPkcs11Library(String path, String label) {
        List<FieldError> errors = new ArrayList<>();
        String p = SigningPolicy.normaliseLibraryPath(path);
        if (path == null || path.isBlank()) {
            errors.add(FieldError.of("path", "validation.required"));
        } else if (p == null) {
            errors.add(FieldError.of("path", "signingAdmin.library.badPath"));
        } else if (!Files.isRegularFile(Path.of(p))) {
            errors.add(FieldError.of("path", "signingAdmin.library.missing", p));
        }
        String l = label == null || label.isBlank() ? (p == null ? "" : Path.of(p).getFileName().toString()) : label.trim();
        if (l.length() > 100) {
            errors.add(FieldError.of("label", "validation.size.max", 100));
        }
        if (!errors.isEmpty()) {
            throw ApplicationProblemException.invalid(errors);
        }
        if (!em.createNamedQuery("Pkcs11Library.byPath", Pkcs11Library.class).setParameter("path", p).getResultList().isEmpty()) {
            throw new ApplicationProblemException(Problem.CONFLICT, "signingAdmin.library.exists", p);
        }
        em.persist(new Pkcs11Library(p, l));
        audit.recordSetting(AuditAction.SIGNING_CONFIG, "PKCS#11 library approved: " + p);
        em.flush();
        return view();
    }

    public SigningConfigurationView removePkcs11Library(long id) {
        Pkcs11Library lib = em.find(Pkcs11Library.class, id);
        if (lib == null) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "signingAdmin.notFound");
        }
        long users = em.createQuery("SELECT COUNT(u) FROM User u WHERE u.signingPkcs11Library = :p", Long.class)
                .setParameter("p", lib.path()).getSingleResult();
        if (users > 0) {
            throw new ApplicationProblemException(Problem.CONFLICT, "signingAdmin.inUse", users);
        }
        em.remove(lib);
        audit.recordSetting(AuditAction.SIGNING_CONFIG, "PKCS#11 library removed: " + lib.path());
        em.flush();
        return view();
    }

    // --- default level ---

    public SigningConfigurationView setDefaultLevel(String label) {
        PadesLevel level = SigningPolicy.level(label);
        if (level == null) {
            throw ApplicationProblemException.invalid(FieldError.of("level", "signingAdmin.level.unknown", String.valueOf(label)));
        }
        if (SigningPolicy.needsTsa(level) && reader.current().tsa() == null) {
            throw ApplicationProblemException.invalid(FieldError.of("level", "signingAdmin.level.needsTsa", level.label()));
        }
        put(SigningSetting.DEFAULT_LEVEL, level.label());
        audit.recordSetting(AuditAction.SIGNING_CONFIG, "default PAdES level " + level.label());
        em.flush();
        return view();
    }

    /** The latest changes to the signing configuration and signing keys (the action log). */
    public List<vn.congvan.application.audit.HistoryEntryView> history() {
        return audit.signingHistory(50);
    }

    private void put(String name, String value) {
        SigningSetting s = em.find(SigningSetting.class, name);
        if (s == null) {
            if (value != null) {
                em.persist(new SigningSetting(name, value));
            }
        } else if (value == null) {
            em.remove(s);
        } else {
            s.setValue(value);
        }
    }

    private static String dn(X509Certificate c) {
        return SignatureVerifier.dn(c.getSubjectX500Principal());
    }

    private static byte[] der(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String crlSha(X509CRL c) {
        try {
            return sha256(c.getEncoded());
        } catch (CRLException e) {
            return "";
        }
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
