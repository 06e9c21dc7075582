package vn.congvan.signing;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.CrlClientOnline;
import com.itextpdf.signatures.ICrlClient;
import com.itextpdf.signatures.IExternalDigest;
import com.itextpdf.signatures.IExternalSignature;
import com.itextpdf.signatures.IOcspClient;
import com.itextpdf.signatures.ISignatureMechanismParams;
import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.OcspClientBouncyCastle;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.signatures.SignerProperties;
import com.itextpdf.signatures.TSAClientBouncyCastle;
import vn.congvan.signing.appearance.Appearance;
import vn.congvan.signing.appearance.AppearanceBuilder;
import vn.congvan.signing.keys.KeySource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Adds one PAdES baseline signature (B-B, B-T, B-LT, B-LTA) to a PDF as an incremental update, so
 * earlier signatures stay valid. Thread-safe: one instance per configuration.
 */
public final class PdfSigningService {

    static final String DIGEST = "SHA-256";
    /** JDK digests (the Bouncy Castle pure-Java ones are several times slower). */
    static final IExternalDigest JDK_DIGEST = MessageDigest::getInstance;

    private final SigningConfig config;

    public PdfSigningService(SigningConfig config) {
        this.config = config;
    }

    public SigningConfig config() {
        return config;
    }

    /**
     * Signs {@code input} into {@code output}. The output appears only when signing succeeded (written to a
     * temporary file next to it, then moved); {@code output} may be {@code input}.
     */
    public SignResult sign(Path input, Path output, KeySource key, SignRequest request) throws SigningException {
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(input);
        } catch (IOException e) {
            throw new SigningException(SigningException.Reason.INVALID_PDF, "Cannot read " + input + ": " + e.getMessage(), e);
        }
        Path dir = output.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + output.getFileName(), ".partial");
            SignResult result;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                result = sign(pdf, out, key, request);
            }
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            return result;
        } catch (IOException e) {
            throw new SigningException(SigningException.Reason.FAILED, "Cannot write " + output + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }

    public byte[] sign(byte[] pdf, KeySource key, SignRequest request) throws SigningException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 65536);
        sign(pdf, out, key, request);
        return out.toByteArray();
    }

    public SignResult sign(byte[] pdf, OutputStream out, KeySource key, SignRequest request) throws SigningException {
        checkPdf(pdf);
        List<X509Certificate> chain = key.certificateChain();
        ZonedDateTime time = (request.signingTime() != null ? request.signingTime() : ZonedDateTime.now(config.zone()))
                .withZoneSameInstant(config.zone()).truncatedTo(ChronoUnit.SECONDS);
        checkSignerCertificate(chain.get(0), time);
        if (request.level() != PadesLevel.B_B && (config.tsaUrl() == null || config.tsaUrl().isBlank())) {
            throw new SigningException(SigningException.Reason.TSA_UNAVAILABLE,
                    "PAdES " + request.level().label() + " needs a time-stamping authority: configure its URL");
        }
        String fieldName;
        AppearanceBuilder.Placed placed;
        try (PdfDocument doc = new PdfDocument(PdfInspector.reader(pdf))) {
            fieldName = request.fieldName() != null ? request.fieldName() : nextFieldName(doc);
            placed = AppearanceBuilder.build(doc, request.appearance(), fieldName, time, config.fontPath());
        } catch (IOException e) {
            throw new SigningException(SigningException.Reason.INVALID_PDF, "The PDF cannot be read: " + e.getMessage(), e);
        }

        SignerProperties props = signerProperties(request, fieldName, time, placed);
        AtomicReference<Exception> tsaFailure = new AtomicReference<>();
        AtomicReference<SigningException> keyFailure = new AtomicReference<>();
        boolean lt = request.level() == PadesLevel.B_LT || request.level() == PadesLevel.B_LTA;
        // B-LT and B-LTA are checked for their validation data before anything reaches the caller
        ByteArrayOutputStream ltBuffer = lt ? new ByteArrayOutputStream(pdf.length + 131072) : null;
        try {
            PdfPadesSigner signer = new PdfPadesSigner(PdfInspector.reader(pdf), lt ? ltBuffer : out);
            signer.setExternalDigest(JDK_DIGEST);
            signer.setStampingProperties(new StampingProperties().useAppendMode());
            if (!config.trustAnchors().isEmpty()) {
                signer.setTrustedCertificates(List.copyOf(config.trustAnchors()));
            }
            signer.setOcspClient(ocspClient());
            signer.setCrlClient(crlClient());
            IExternalSignature signature = externalSignature(key, keyFailure);
            Certificate[] certs = chain.toArray(new Certificate[0]);
            ITSAClient tsa = request.level() == PadesLevel.B_B ? null : tsaClient(tsaFailure);
            switch (request.level()) {
                case B_B -> signer.signWithBaselineBProfile(props, certs, signature);
                case B_T -> signer.signWithBaselineTProfile(props, certs, signature, tsa);
                case B_LT -> signer.signWithBaselineLTProfile(props, certs, signature, tsa);
                case B_LTA -> signer.signWithBaselineLTAProfile(props, certs, signature, tsa);
            }
        } catch (Exception e) {
            throw classify(e, keyFailure.get(), tsaFailure.get());
        }
        if (lt) {
            byte[] signed = ltBuffer.toByteArray();
            if (chain.size() > 1 && !config.trustAnchors().contains(chain.get(0))
                    && !vn.congvan.signing.verify.SignatureVerifier.dssHasRevocationData(signed, chain.get(0), chain.get(1))) {
                throw new SigningException(SigningException.Reason.REVOCATION_UNAVAILABLE,
                        "No OCSP response or CRL could be obtained for the signer's certificate ("
                                + chain.get(0).getSubjectX500Principal().getName() + "): PAdES "
                                + request.level().label() + " needs them; check the OCSP/CRL addresses or sign at B-T");
            }
            try {
                out.write(signed);
            } catch (IOException e) {
                throw new SigningException(SigningException.Reason.FAILED, "Cannot write the signed PDF: " + e.getMessage(), e);
            }
        }
        return new SignResult(fieldName, request.level(), time, placed.box());
    }

    static SignerProperties signerProperties(SignRequest request, String fieldName, ZonedDateTime time,
                                             AppearanceBuilder.Placed placed) {
        SignerProperties props = new SignerProperties()
                .setFieldName(fieldName)
                .setClaimedSignDate(GregorianCalendar.from(time))
                .setSignatureCreator("CôngVăn");
        if (request.reason() != null) {
            props.setReason(request.reason());
        }
        if (request.location() != null) {
            props.setLocation(request.location());
        }
        if (placed.appearance() != null) {
            props.setPageNumber(placed.page()).setPageRect(placed.rect()).setSignatureAppearance(placed.appearance());
        }
        return props;
    }

    static SigningException classify(Exception e, SigningException keyFailure, Exception tsaFailure) {
        if (keyFailure != null) {
            return keyFailure;
        }
        if (e instanceof SigningException se) {
            return se;
        }
        if (tsaFailure != null) {
            return new SigningException(SigningException.Reason.TSA_UNAVAILABLE,
                    "The time-stamping authority failed: " + rootMessage(tsaFailure), e);
        }
        String msg = rootMessage(e);
        String lower = msg.toLowerCase();
        if (lower.contains("revocation") || lower.contains("ocsp") || lower.contains("crl")) {
            return new SigningException(SigningException.Reason.REVOCATION_UNAVAILABLE,
                    "Revocation data for B-LT could not be obtained: " + msg, e);
        }
        return new SigningException(SigningException.Reason.FAILED, "Signing failed: " + msg, e);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    public static void checkPdf(byte[] pdf) throws SigningException {
        try {
            PdfInspector.inspect(pdf);
        } catch (InvalidPdfException e) {
            throw new SigningException(e.reason() == InvalidPdfException.Reason.ENCRYPTED
                    ? SigningException.Reason.ENCRYPTED_PDF : SigningException.Reason.INVALID_PDF, e.getMessage(), e);
        }
    }

    /** Refuses a certificate that is out of its validity period or does not allow digital signatures. */
    public static void checkSignerCertificate(X509Certificate cert, ZonedDateTime at) throws SigningException {
        try {
            cert.checkValidity(Date.from(at.toInstant()));
        } catch (CertificateExpiredException e) {
            throw new SigningException(SigningException.Reason.CERTIFICATE_EXPIRED,
                    "The signer's certificate expired on " + cert.getNotAfter().toInstant() + " ("
                            + cert.getSubjectX500Principal().getName() + ")", e);
        } catch (CertificateNotYetValidException e) {
            throw new SigningException(SigningException.Reason.CERTIFICATE_NOT_YET_VALID,
                    "The signer's certificate is valid only from " + cert.getNotBefore().toInstant() + " ("
                            + cert.getSubjectX500Principal().getName() + ")", e);
        }
        boolean[] usage = cert.getKeyUsage();
        if (usage != null && !usage[0]) {
            throw new SigningException(SigningException.Reason.KEY_USAGE,
                    "The signer's certificate does not allow digital signatures (key usage lacks digitalSignature): "
                            + cert.getSubjectX500Principal().getName());
        }
    }

    static String nextFieldName(PdfDocument doc) {
        List<String> existing = new SignatureUtil(doc).getSignatureNames();
        com.itextpdf.forms.PdfAcroForm form = com.itextpdf.forms.PdfAcroForm.getAcroForm(doc, false);
        int n = existing.size() + 1;
        while (existing.contains("Signature" + n) || (form != null && form.getField("Signature" + n) != null)) {
            n++;
        }
        return "Signature" + n;
    }

    static IExternalSignature externalSignature(KeySource key, AtomicReference<SigningException> failure)
            throws SigningException {
        String alg = key.signatureAlgorithm();
        return new IExternalSignature() {
            @Override
            public String getDigestAlgorithmName() {
                return DIGEST;
            }

            @Override
            public String getSignatureAlgorithmName() {
                return alg;
            }

            @Override
            public ISignatureMechanismParams getSignatureMechanismParameters() {
                return null;
            }

            @Override
            public byte[] sign(byte[] message) throws GeneralSecurityException {
                try {
                    return key.sign(message, DIGEST);
                } catch (SigningException e) {
                    failure.set(e);
                    throw new GeneralSecurityException(e.getMessage(), e);
                }
            }
        };
    }

    ITSAClient tsaClient(AtomicReference<Exception> failure) {
        TSAClientBouncyCastle delegate = new TimeoutTsaClient(config.tsaUrl(), config.networkTimeout());
        return new ITSAClient() {
            @Override
            public int getTokenSizeEstimate() {
                return delegate.getTokenSizeEstimate();
            }

            @Override
            public MessageDigest getMessageDigest() throws GeneralSecurityException {
                return MessageDigest.getInstance(DIGEST);
            }

            @Override
            public byte[] getTimeStampToken(byte[] imprint) throws Exception {
                try {
                    return delegate.getTimeStampToken(imprint);
                } catch (Exception e) {
                    failure.set(e);
                    throw e;
                }
            }
        };
    }

    /** RFC 3161 over HTTP with a timeout (a TSA that accepts and never answers must not hang signing). */
    static final class TimeoutTsaClient extends TSAClientBouncyCastle {
        private final java.time.Duration timeout;
        private final java.net.http.HttpClient http;

        TimeoutTsaClient(String url, java.time.Duration timeout) {
            // credentials may come as the URL's user info (https://user:password@tsa.example/tsa): sent as HTTP Basic
            super(withoutUserInfo(url), userInfo(url, 0), userInfo(url, 1), 8192, DIGEST);
            this.timeout = timeout;
            this.http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                    .connectTimeout(timeout).build();
        }

        @Override
        protected byte[] getTSAResponse(byte[] requestBytes) throws IOException {
            java.net.http.HttpRequest.Builder req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(tsaURL))
                    .timeout(timeout)
                    .header("Content-Type", "application/timestamp-query")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(requestBytes));
            if (tsaUsername != null && !tsaUsername.isEmpty()) {
                req.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (tsaUsername + ":" + (tsaPassword == null ? "" : tsaPassword)).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            try {
                java.net.http.HttpResponse<byte[]> res = http.send(req.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                if (res.statusCode() != 200) {
                    throw new IOException("The TSA answered HTTP " + res.statusCode());
                }
                return res.body();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for the TSA", e);
            }
        }
    }

    static String withoutUserInfo(String url) {
        java.net.URI u = java.net.URI.create(url);
        if (u.getRawUserInfo() == null) {
            return url;
        }
        return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort())
                + (u.getRawPath() == null ? "" : u.getRawPath()) + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    static String userInfo(String url, int part) {
        String info = java.net.URI.create(url).getRawUserInfo();
        if (info == null) {
            return null;
        }
        String[] p = info.split(":", 2);
        return part < p.length ? java.net.URLDecoder.decode(p[part], java.nio.charset.StandardCharsets.UTF_8) : "";
    }

    IOcspClient ocspClient() {
        return new OcspClientBouncyCastle();
    }

    ICrlClient crlClient() {
        CrlClientOnline crl = new CrlClientOnline();
        crl.setConnectionTimeout((int) config.networkTimeout().toMillis());
        return crl;
    }

    /** Used by tests and the verifier: the names of signatures in revision order. */
    static Collection<String> signatureNames(PdfDocument doc) {
        return new SignatureUtil(doc).getSignatureNames();
    }

    static Appearance.Box box(AppearanceBuilder.Placed p) {
        return p.box();
    }
}
