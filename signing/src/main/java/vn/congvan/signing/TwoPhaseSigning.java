package vn.congvan.signing;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.IExternalSignature;
import com.itextpdf.signatures.ISignatureMechanismParams;
import com.itextpdf.signatures.PadesTwoPhaseSigningHelper;
import com.itextpdf.signatures.SignerProperties;
import com.itextpdf.signatures.cms.CMSContainer;
import vn.congvan.signing.appearance.AppearanceBuilder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Remote signing in two phases, for services where the user confirms on a phone seconds or minutes later
 * (VNPT SmartCA, Viettel MySign, Ban Cơ yếu mPKI through a CSC API):
 * <ol>
 *   <li>{@link #prepare}: the PDF with an empty signature field and the CMS signed attributes; the
 *       {@link Prepared} state can be stored (all byte arrays) while waiting;</li>
 *   <li>the caller sends {@link Prepared#hashToSign()} to the service (e.g. CSC signatures/signHash);</li>
 *   <li>{@link #complete}: embeds the returned signature value, adds the timestamp and validation data for
 *       the requested level.</li>
 * </ol>
 */
public final class TwoPhaseSigning {

    /**
     * The state between phases.
     *
     * @param preparedPdf the document with the reserved signature space
     * @param fieldName   the signature field
     * @param cms         the serialized CMS container without signature value
     * @param hashToSign  SHA-256 of the DER signed attributes: what the remote service signs
     * @param level       the level to complete to
     * @param chain       the signer's certificates (DER), signer first
     */
    public record Prepared(byte[] preparedPdf, String fieldName, byte[] cms, byte[] hashToSign, PadesLevel level,
                           List<X509Certificate> chain, SignResult result) {
    }

    private final PdfSigningService service;

    public TwoPhaseSigning(PdfSigningService service) {
        this.service = service;
    }

    public Prepared prepare(byte[] pdf, List<X509Certificate> chain, SignRequest request) throws SigningException {
        PdfSigningService.checkPdf(pdf);
        SigningConfig config = service.config();
        ZonedDateTime time = (request.signingTime() != null ? request.signingTime() : ZonedDateTime.now(config.zone()))
                .withZoneSameInstant(config.zone()).truncatedTo(ChronoUnit.SECONDS);
        PdfSigningService.checkSignerCertificate(chain.get(0), time);
        String fieldName;
        AppearanceBuilder.Placed placed;
        try (PdfDocument doc = new PdfDocument(PdfInspector.reader(pdf))) {
            fieldName = request.fieldName() != null ? request.fieldName() : PdfSigningService.nextFieldName(doc);
            placed = AppearanceBuilder.build(doc, request.appearance(), fieldName, time, config.fontPath());
        } catch (IOException e) {
            throw new SigningException(SigningException.Reason.INVALID_PDF, "The PDF cannot be read: " + e.getMessage(), e);
        }
        SignerProperties props = PdfSigningService.signerProperties(request, fieldName, time, placed);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32768);
            CMSContainer cms = helper().createCMSContainerWithoutSignature(chain.toArray(new Certificate[0]),
                    PdfSigningService.DIGEST, PdfInspector.reader(pdf), out, props);
            byte[] hash = MessageDigest.getInstance(PdfSigningService.DIGEST).digest(cms.getSerializedSignedAttributes());
            return new Prepared(out.toByteArray(), fieldName, cms.serialize(), hash, request.level(), List.copyOf(chain),
                    new SignResult(fieldName, request.level(), time, placed.box()));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new SigningException(SigningException.Reason.FAILED, "Cannot prepare the PDF: " + e.getMessage(), e);
        }
    }

    /** Embeds the signature value the remote service returned for {@link Prepared#hashToSign()}. */
    public byte[] complete(Prepared prepared, byte[] signatureValue) throws SigningException {
        if (prepared.level() != PadesLevel.B_B
                && (service.config().tsaUrl() == null || service.config().tsaUrl().isBlank())) {
            throw new SigningException(SigningException.Reason.TSA_UNAVAILABLE,
                    "PAdES " + prepared.level().label() + " needs a time-stamping authority: configure its URL");
        }
        String keyAlg = prepared.chain().get(0).getPublicKey().getAlgorithm();
        String sigAlg = "EC".equals(keyAlg) ? "ECDSA" : keyAlg;
        AtomicReference<Exception> tsaFailure = new AtomicReference<>();
        IExternalSignature given = new IExternalSignature() {
            @Override
            public String getDigestAlgorithmName() {
                return PdfSigningService.DIGEST;
            }

            @Override
            public String getSignatureAlgorithmName() {
                return sigAlg;
            }

            @Override
            public ISignatureMechanismParams getSignatureMechanismParameters() {
                return null;
            }

            @Override
            public byte[] sign(byte[] message) throws GeneralSecurityException {
                byte[] hash = MessageDigest.getInstance(PdfSigningService.DIGEST).digest(message);
                if (!Arrays.equals(hash, prepared.hashToSign())) {
                    throw new GeneralSecurityException("The signed attributes changed since the hash was sent");
                }
                return signatureValue;
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream(prepared.preparedPdf().length + 65536);
        try {
            PadesTwoPhaseSigningHelper helper = helper();
            if (prepared.level() != PadesLevel.B_B) {
                helper.setTSAClient(service.tsaClient(tsaFailure));
            }
            CMSContainer cms = new CMSContainer(prepared.cms());
            PdfReader reader = PdfInspector.reader(prepared.preparedPdf());
            switch (prepared.level()) {
                case B_B -> helper.signCMSContainerWithBaselineBProfile(given, reader, out, prepared.fieldName(), cms);
                case B_T -> helper.signCMSContainerWithBaselineTProfile(given, reader, out, prepared.fieldName(), cms);
                case B_LT -> helper.signCMSContainerWithBaselineLTProfile(given, reader, out, prepared.fieldName(), cms);
                case B_LTA -> helper.signCMSContainerWithBaselineLTAProfile(given, reader, out, prepared.fieldName(), cms);
            }
        } catch (Exception e) {
            throw PdfSigningService.classify(e, null, tsaFailure.get());
        }
        byte[] signed = out.toByteArray();
        verifySignatureValue(signed, prepared.fieldName());
        return signed;
    }

    /** A wrong value from the service must not give a PDF that looks signed. */
    private static void verifySignatureValue(byte[] signed, String field) throws SigningException {
        try (PdfDocument pdf = new PdfDocument(PdfInspector.reader(signed))) {
            if (!new com.itextpdf.signatures.SignatureUtil(pdf).readSignatureData(field)
                    .verifySignatureIntegrityAndAuthenticity()) {
                throw new SigningException(SigningException.Reason.REMOTE_SIGNING,
                        "The signature value from the remote service does not match the signer's certificate");
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new SigningException(SigningException.Reason.REMOTE_SIGNING, "The remotely signed PDF cannot be checked", e);
        }
    }

    private PadesTwoPhaseSigningHelper helper() {
        PadesTwoPhaseSigningHelper h = new PadesTwoPhaseSigningHelper();
        h.setStampingProperties(new StampingProperties().useAppendMode());
        h.setOcspClient(service.ocspClient());
        h.setCrlClient(service.crlClient());
        if (!service.config().trustAnchors().isEmpty()) {
            h.setTrustedCertificates(List.copyOf(service.config().trustAnchors()));
        }
        return h;
    }
}
