package vn.congvan.application.signature;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.registration.UploadedFile;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.attachment.StoredFile;
import vn.congvan.signing.PdfSigningService;
import vn.congvan.signing.SigningException;
import vn.congvan.signing.keys.Pkcs12KeySource;
import vn.congvan.signing.verify.SignatureVerifier;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.util.Iterator;

/**
 * What each user signs with: their handwritten signature image and their signing key. Every user
 * manages their own; the key file is checked (it opens with the password, its certificate is valid
 * now and allows digital signatures) and kept in the content store — the password is never stored.
 */
@Stateless
@RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
public class SignerProfileService {

    /** Limits of a signature image: ND30 asks for a small PNG with a transparent background. */
    public static final long MAX_IMAGE_BYTES = 1024 * 1024;
    public static final int MAX_IMAGE_SIDE = 2000;
    public static final long MAX_KEY_BYTES = 64 * 1024;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @EJB
    private UserDirectory users;

    @Inject
    private ContentStore contentStore;

    @Inject
    private KeySourceFactory keys;

    @EJB
    private vn.congvan.application.audit.AuditService audit;

    @EJB
    private SigningSetupReader setup;

    public SignerProfileView profile() {
        return view(users.current());
    }

    private SignerProfileView view(User u) {
        String serviceName = null;
        if (u.signingCscServiceId() != null) {
            try {
                serviceName = keys.remoteService(u.signingCscServiceId()).name();
            } catch (ApplicationProblemException gone) {
                serviceName = null;
            }
        }
        return SignerProfileView.of(u, serviceName);
    }

    /** The approved PKCS#11 libraries and remote signing services a user may choose from. */
    public SigningOptionsView options() {
        jakarta.persistence.EntityManager em = this.em;
        return new SigningOptionsView(
                em.createNamedQuery("Pkcs11Library.all", vn.congvan.domain.model.signing.Pkcs11Library.class)
                        .getResultStream().map(l -> new SigningOptionsView.Library(l.path(), l.label())).toList(),
                em.createNamedQuery("RemoteSigningService.all", vn.congvan.domain.model.signing.RemoteSigningService.class)
                        .getResultStream().map(r -> new SigningOptionsView.RemoteService(r.id(), r.name(), r.baseUrl())).toList(),
                setup.current().defaultLevel().label());
    }

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager em;

    /**
     * Sets a slot of a USB token or HSM as the caller's key: the library must be one an administrator
     * approved; the PIN opens the token once to read and check the certificate and is not stored.
     */
    public SignerProfileView registerPkcs11(String library, Long slot, String alias, String pin) {
        User me = users.current();
        String lib = keys.approvedLibrary(library);
        try (vn.congvan.signing.keys.KeySource key = keys.pkcs11(lib, slot, alias, pin)) {
            vn.congvan.domain.model.signing.CertificateFacts cert = checked(key);
            me.setKeySource(vn.congvan.domain.model.signing.KeySourceKind.PKCS11, null, lib, slot,
                    alias == null || alias.isBlank() ? null : alias.trim(), null, null, cert);
            audit.recordSetting(vn.congvan.domain.model.audit.AuditAction.SIGNING_KEY_SET,
                    "PKCS#11 " + lib + (slot == null ? "" : " slot " + slot) + ": " + cert.subject());
            return view(me);
        }
    }

    /**
     * Sets a credential at a remote signing service (CSC) as the caller's key: the access token reads the
     * credential's certificate once and is not stored; it and the PIN are asked again at signing time.
     */
    public SignerProfileView registerCsc(Long serviceId, String credentialId, String accessToken) {
        User me = users.current();
        vn.congvan.domain.model.signing.RemoteSigningService service = keys.remoteService(serviceId);
        vn.congvan.signing.keys.CscKeySource key = keys.csc(service, credentialId, accessToken, null);
        vn.congvan.domain.model.signing.CertificateFacts cert = checked(key);
        me.setKeySource(vn.congvan.domain.model.signing.KeySourceKind.CSC, null, null, null, null, service.id(),
                key.credentialId(), cert);
        audit.recordSetting(vn.congvan.domain.model.audit.AuditAction.SIGNING_KEY_SET,
                "CSC " + service.baseUrl() + " credential " + key.credentialId() + ": " + cert.subject());
        return view(me);
    }

    private static vn.congvan.domain.model.signing.CertificateFacts checked(vn.congvan.signing.keys.KeySource key) {
        X509Certificate cert;
        try {
            cert = key.certificateChain().get(0);
        } catch (SigningException e) {
            throw SigningProblems.of(e, "pin");
        }
        vn.congvan.domain.model.signing.CertificateFacts facts =
                vn.congvan.domain.model.signing.CertificateFacts.of(cert, SignatureVerifier::dn);
        String refusal = facts.refusalAt(java.time.Instant.now());
        if (refusal != null) {
            throw ApplicationProblemException.invalid(FieldError.of("key", refusal));
        }
        return facts;
    }

    public SignerProfileView uploadSignatureImage(UploadedFile file) {
        User me = users.current();
        Path p = file.staged().path();
        try {
            if (file.staged().size() > MAX_IMAGE_BYTES) {
                throw new ApplicationProblemException(Problem.PAYLOAD_TOO_LARGE, "error.payloadTooLarge", "1");
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(p)) {
                head = in.readNBytes(PNG_MAGIC.length);
            }
            if (!java.util.Arrays.equals(head, PNG_MAGIC)) {
                throw new ApplicationProblemException(Problem.UNSUPPORTED_MEDIA_TYPE, "signature.image.notPng");
            }
            BufferedImage image = readPng(p);
            if (image == null) {
                throw new ApplicationProblemException(Problem.UNSUPPORTED_MEDIA_TYPE, "signature.image.notPng");
            }
            if (image.getWidth() > MAX_IMAGE_SIDE || image.getHeight() > MAX_IMAGE_SIDE) {
                throw ApplicationProblemException.invalid(FieldError.of("file", "signature.image.tooBig", MAX_IMAGE_SIDE));
            }
            if (!image.getColorModel().hasAlpha()) {
                throw ApplicationProblemException.invalid(FieldError.of("file", "signature.image.noTransparency"));
            }
            StoredFile stored = contentStore.commit(file.staged());
            me.setSignatureImage(stored.sha256());
            return view(me);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The caller's signature image, checked against its hash. */
    public Path signatureImage() {
        User me = users.current();
        if (me.signatureImageSha256() == null) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "signature.image.none");
        }
        try {
            return contentStore.verifiedPath(me.signatureImageSha256());
        } catch (IOException e) {
            throw new ApplicationProblemException(Problem.SERVER_ERROR, "attachment.corrupt", "signature.png");
        }
    }

    /** Registers a PKCS#12 file as the caller's signing key (development and small offices). */
    public SignerProfileView registerPkcs12(UploadedFile file, char[] password) {
        User me = users.current();
        if (file.staged().size() > MAX_KEY_BYTES) {
            throw new ApplicationProblemException(Problem.PAYLOAD_TOO_LARGE, "error.payloadTooLarge", "0.06");
        }
        if (password == null || password.length == 0) {
            throw ApplicationProblemException.invalid(FieldError.of("password", "validation.required"));
        }
        X509Certificate cert;
        try (Pkcs12KeySource key = Pkcs12KeySource.open(file.staged().path(), password, null)) {
            cert = key.certificateChain().get(0);
            PdfSigningService.checkSignerCertificate(cert, ZonedDateTime.now());
        } catch (SigningException e) {
            String code = switch (e.reason()) {
                case WRONG_PASSWORD -> "signature.key.wrongPassword";
                case CERTIFICATE_EXPIRED -> "signature.key.expired";
                case CERTIFICATE_NOT_YET_VALID -> "signature.key.notYetValid";
                case KEY_USAGE -> "signature.key.usage";
                default -> "signature.key.unreadable";
            };
            throw ApplicationProblemException.invalid(FieldError.of(
                    "WRONG_PASSWORD".equals(e.reason().name()) ? "password" : "file", code));
        }
        try {
            StoredFile stored = contentStore.commit(file.staged());
            vn.congvan.domain.model.signing.CertificateFacts facts =
                    vn.congvan.domain.model.signing.CertificateFacts.of(cert, SignatureVerifier::dn);
            me.setKeySource(vn.congvan.domain.model.signing.KeySourceKind.P12, stored.sha256(), null, null, null, null,
                    null, facts);
            audit.recordSetting(vn.congvan.domain.model.audit.AuditAction.SIGNING_KEY_SET, "PKCS#12: " + facts.subject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return view(me);
    }

    private static BufferedImage readPng(Path p) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(p.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                if (reader.getWidth(0) > MAX_IMAGE_SIDE || reader.getHeight(0) > MAX_IMAGE_SIDE) {
                    throw ApplicationProblemException.invalid(FieldError.of("file", "signature.image.tooBig", MAX_IMAGE_SIDE));
                }
                return reader.read(0);
            } catch (IOException | RuntimeException e) {
                if (e instanceof ApplicationProblemException ape) {
                    throw ape;
                }
                return null;
            } finally {
                reader.dispose();
            }
        }
    }
}
