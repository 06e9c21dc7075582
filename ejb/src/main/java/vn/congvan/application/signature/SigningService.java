package vn.congvan.application.signature;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.signing.KeySourceKind;
import vn.congvan.signing.PadesLevel;
import vn.congvan.signing.PdfSigningService;
import vn.congvan.signing.SignRequest;
import vn.congvan.signing.SigningConfig;
import vn.congvan.signing.SigningException;
import vn.congvan.signing.TwoPhaseSigning;
import vn.congvan.signing.appearance.Appearance;
import vn.congvan.signing.keys.CscKeySource;
import vn.congvan.signing.keys.KeySource;
import vn.congvan.signing.verify.SignatureVerifier;
import vn.congvan.signing.verify.VerificationReport;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Signs a PDF for the current user with their configured key (PKCS#12, PKCS#11 slot or remote CSC
 * credential) and signature image, at the installation's default PAdES level, and verifies the result
 * at once with the application's verifier. Used by "Ký thử" (test signing) and by the approval workflow.
 *
 * <p>No transaction is held while signing: a remote service may wait for the user's confirmation
 * (bounded by the service's time-out); the signature is recorded in the action log afterwards.
 */
@Stateless
@RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
public class SigningService {

    private static final Logger LOG = Logger.getLogger(SigningService.class.getName());
    public static final long MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;

    /**
     * Where the leader's signature image goes: between {@code positionTitle} and {@code signerName} on the
     * last page, or in {@code box} when given (or when the text is not found and {@code fallback} is set).
     */
    public record Placement(String positionTitle, String signerName, Appearance.Box box, Appearance.Box fallback,
                            String reason, boolean seal) {
    }

    @EJB
    private UserDirectory users;
    @EJB
    private SigningSetupReader setupReader;
    @EJB
    private SigningJournal journal;
    @Inject
    private KeySourceFactory keys;
    @Inject
    private ContentStore contentStore;
    @Inject
    private SignatureCheck check;

    /** Signs {@code document} as the current user; returns the signed bytes and the verification report. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SignedDocument sign(byte[] document, SigningSecrets secrets, Placement placement, String fileName) {
        User me = users.current();
        SignedDocument signed = signAs(me, document, secrets, placement, fileName);
        journal.signed((fileName == null ? "document" : fileName) + ": " + signed.level() + " " + signed.keySource()
                + " → " + signed.status());
        return signed;
    }

    /**
     * "Ký thử": signs a sample document (or {@code document}, a PDF the user chose) with the user's key and
     * signature image, and verifies it.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SignedDocument testSign(byte[] document, SigningSecrets secrets) {
        User me = users.current();
        String title = me.positionTitle() == null || me.positionTitle().isBlank() ? "Người ký" : me.positionTitle();
        byte[] pdf = document == null || document.length == 0
                ? SamplePdf.write(journal.agencyName(), title, me.fullName()) : document;
        Placement placement = new Placement(title.toUpperCase(), me.fullName(), null,
                document == null || document.length == 0 ? null : DEFAULT_BOX, "Ký thử / test signature", false);
        SignedDocument signed = signAs(me, pdf, secrets, placement, "ky-thu.pdf");
        journal.signed("test signature: " + signed.level() + " " + signed.keySource() + " → " + signed.status());
        return signed;
    }

    /**
     * The leader's approval signature (ký duyệt): their image between their position title and name on the
     * last page, or at the default place when the document does not carry them.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SignedDocument signApproval(byte[] document, SigningSecrets secrets, String fileName) {
        User me = users.current();
        String title = me.positionTitle() == null || me.positionTitle().isBlank() ? null : me.positionTitle().toUpperCase();
        SignedDocument signed = signAs(me, document, secrets,
                new Placement(title, me.fullName(), null, DEFAULT_BOX, "Phê duyệt / approval", false), fileName);
        journal.signed(fileName + ": approval " + signed.level() + " " + signed.keySource() + " → " + signed.status());
        return signed;
    }

    /**
     * The agency's seal signature on issue (phát hành), made by the clerk with the agency's key they hold and
     * the seal image (their configured signature image): at actual size over the left third of the leader's
     * signature, as an incremental update, so that the leader's signature still verifies.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SignedDocument seal(byte[] document, SigningSecrets secrets, String fileName) {
        User me = users.current();
        SignedDocument signed = signAs(me, document, secrets, new Placement(null, null, null, null, "Phát hành / issue", true),
                fileName);
        journal.signed(fileName + ": seal " + signed.level() + " " + signed.keySource() + " → " + signed.status());
        return signed;
    }

    private static final Appearance.Box DEFAULT_BOX = new Appearance.Box(0, 340, 60, 200, 80);

    private SignedDocument signAs(User me, byte[] document, SigningSecrets secrets, Placement placement, String fileName) {
        if (document == null || document.length == 0) {
            throw ApplicationProblemException.invalid(FieldError.of("file", "validation.required"));
        }
        if (document.length > MAX_DOCUMENT_BYTES) {
            throw new ApplicationProblemException(Problem.PAYLOAD_TOO_LARGE, "error.payloadTooLarge", "50");
        }
        if (me.signingKeyKind() == null) {
            throw new ApplicationProblemException(Problem.CONFLICT, "signing.key.none");
        }
        if (me.signatureImageSha256() == null) {
            throw new ApplicationProblemException(Problem.CONFLICT, "signing.image.none");
        }
        byte[] png;
        try {
            png = Files.readAllBytes(contentStore.verifiedPath(me.signatureImageSha256()));
        } catch (IOException e) {
            throw new ApplicationProblemException(Problem.SERVER_ERROR, "attachment.corrupt", "signature.png");
        }
        SigningSetup setup = setupReader.current();
        PadesLevel level = setup.defaultLevel();
        SigningConfig config = SigningConfig.defaults().withTrustAnchors(setup.anchors());
        if (setup.tsa() != null) {
            config = config.withTsa(setup.tsa().urlWithCredentials());
        }
        PdfSigningService signer = new PdfSigningService(config);
        KeySourceKind kind = KeySourceKind.valueOf(me.signingKeyKind());
        byte[] signed;
        try (KeySource key = keys.open(me, secrets)) {
            signed = signWith(signer, key, document, png, placement, level);
        } catch (SigningException e) {
            LOG.info(() -> "Signing refused for " + me.username() + " (" + kind + "): " + e.reason() + " " + e.getMessage());
            throw SigningProblems.of(e, "secret");
        }
        VerificationReport report;
        try {
            report = new SignatureVerifier(check.verifyConfig()).verify(signed, fileName);
        } catch (SigningException e) {
            throw new ApplicationProblemException(Problem.SERVER_ERROR, "signing.failed", SigningProblems.brief(e));
        }
        return new SignedDocument(signed, fileName, level.label(), kind.name(), me.signingCertSubject(),
                SignatureCheck.status(report), report.summary(), report.toJson());
    }

    private static byte[] signWith(PdfSigningService signer, KeySource key, byte[] pdf, byte[] png, Placement p,
                                   PadesLevel level) throws SigningException {
        try {
            return once(signer, key, pdf, request(png, p, p.box(), level));
        } catch (SigningException e) {
            if (e.reason() == SigningException.Reason.APPEARANCE && p.box() == null && p.fallback() != null) {
                return once(signer, key, pdf, request(png, p, p.fallback(), level));
            }
            throw e;
        }
    }

    private static SignRequest request(byte[] png, Placement p, Appearance.Box box, PadesLevel level) {
        Appearance appearance = p.seal() ? new Appearance.AgencySeal(png, null, null, 0)
                : new Appearance.LeaderSignature(png, box == null ? p.positionTitle() : null,
                box == null ? p.signerName() : null, box);
        SignRequest r = SignRequest.of(level, appearance);
        return p.reason() == null ? r : r.withReason(p.reason());
    }

    /** One signature: in one go for a local key; in two phases (prepare, remote signHash, complete) for CSC. */
    private static byte[] once(PdfSigningService signer, KeySource key, byte[] pdf, SignRequest request) throws SigningException {
        if (key instanceof CscKeySource csc) {
            TwoPhaseSigning flow = new TwoPhaseSigning(signer);
            TwoPhaseSigning.Prepared prepared = flow.prepare(pdf, csc.certificateChain(), request);
            byte[] value = csc.signHash(prepared.hashToSign(), "SHA-256");
            return flow.complete(prepared, value);
        }
        return signer.sign(pdf, key, request);
    }

    /** The network time-out of TSA/OCSP/CRL requests while signing. */
    static final Duration NETWORK_TIMEOUT = Duration.ofSeconds(20);
}
