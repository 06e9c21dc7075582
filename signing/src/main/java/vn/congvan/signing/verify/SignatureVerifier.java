package vn.congvan.signing.verify;

import com.itextpdf.bouncycastle.asn1.ocsp.BasicOCSPResponseBC;
import com.itextpdf.commons.bouncycastle.asn1.ocsp.IBasicOCSPResponse;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.signatures.CrlClientOnline;
import com.itextpdf.signatures.OcspClientBouncyCastle;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.signatures.validation.DocumentRevisionsValidator;
import com.itextpdf.signatures.validation.ValidatorChainBuilder;
import com.itextpdf.signatures.validation.context.CertificateSource;
import com.itextpdf.signatures.validation.context.TimeBasedContext;
import com.itextpdf.signatures.validation.context.ValidationContext;
import com.itextpdf.signatures.validation.context.ValidatorContext;
import com.itextpdf.signatures.validation.report.ReportItem;
import com.itextpdf.signatures.validation.report.ValidationReport;
import org.bouncycastle.asn1.ocsp.BasicOCSPResponse;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.congvan.signing.InvalidPdfException;
import vn.congvan.signing.PdfInspector;
import vn.congvan.signing.SigningException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CRL;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Verifies every signature of a PDF, including ones made elsewhere: integrity, the revision covered,
 * chain to the configured trust anchors, revocation (DSS, CMS, or online), timestamp, the PAdES level
 * reached, and the changes made after each signature with whether they are allowed (approval-signature
 * rules: further signatures, form filling, validation data and document timestamps).
 */
public final class SignatureVerifier {

    private final VerifyConfig config;

    public SignatureVerifier(VerifyConfig config) {
        this.config = config;
    }

    public VerificationReport verify(byte[] pdf, String fileName) throws SigningException {
        int pages;
        try {
            pages = PdfInspector.inspect(pdf).pageCount();
        } catch (InvalidPdfException e) {
            throw new SigningException(e.reason() == InvalidPdfException.Reason.ENCRYPTED
                    ? SigningException.Reason.ENCRYPTED_PDF : SigningException.Reason.INVALID_PDF, e.getMessage(), e);
        }
        List<Long> ends = revisionEnds(pdf);
        try (PdfDocument doc = new PdfDocument(PdfInspector.reader(pdf))) {
            SignatureUtil su = new SignatureUtil(doc);
            List<String> names = su.getSignatureNames();
            Dss dss = Dss.read(doc);
            List<Sig> sigs = new ArrayList<>();
            for (String name : names) {
                sigs.add(readSig(su, name, pdf, ends));
            }
            List<RevisionInfo> revisionInfo = analyseRevisions(pdf, ends, sigs);
            List<VerificationReport.SignatureReport> reports = new ArrayList<>();
            for (Sig s : sigs) {
                reports.add(verifyOne(s, sigs, dss, revisionInfo, ends.size()));
            }
            boolean valid = !reports.isEmpty() && reports.stream().allMatch(r -> r.status() == VerificationReport.Status.VALID);
            List<String> summary = summary(reports, valid);
            return new VerificationReport(valid, fileName, pages, ends.size(), reports, summary);
        } catch (IOException | RuntimeException e) {
            throw new SigningException(SigningException.Reason.INVALID_PDF, "The PDF cannot be read: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ per signature

    private record Sig(String name, PdfPKCS7 p7, Exception parseError, String subFilter, boolean docTimestamp,
                       long coveredEnd, int revision, boolean coversWhole, PdfDictionary dict, boolean dssAtCoveredRevision) {
    }

    private Sig readSig(SignatureUtil su, String name, byte[] pdf, List<Long> ends) {
        PdfDictionary dict = su.getSignatureDictionary(name);
        PdfName sf = dict.getAsName(PdfName.SubFilter);
        String subFilter = sf == null ? "" : sf.getValue();
        PdfArray br = dict.getAsArray(PdfName.ByteRange);
        long coveredEnd = br == null || br.size() < 4 ? 0 : br.getAsNumber(2).longValue() + br.getAsNumber(3).longValue();
        int revision = 1;
        for (int i = 0; i < ends.size(); i++) {
            if (ends.get(i) >= coveredEnd) {
                revision = i + 1;
                break;
            }
        }
        PdfPKCS7 p7 = null;
        Exception error = null;
        try {
            p7 = su.readSignatureData(name);
        } catch (RuntimeException e) {
            error = e;
        }
        boolean docTs = "ETSI.RFC3161".equals(subFilter) || (p7 != null && p7.isTsp());
        boolean whole;
        try {
            whole = su.signatureCoversWholeDocument(name);
        } catch (RuntimeException e) {
            whole = false;
        }
        boolean dssCovered = false;
        if (docTs && coveredEnd > 0 && coveredEnd <= pdf.length) {
            try (PdfDocument prefix = new PdfDocument(new PdfReader(
                    new ByteArrayInputStream(Arrays.copyOf(pdf, (int) coveredEnd))))) {
                dssCovered = prefix.getCatalog().getPdfObject().getAsDictionary(PdfName.DSS) != null;
            } catch (IOException | RuntimeException e) {
                dssCovered = false;
            }
        }
        return new Sig(name, p7, error, subFilter, docTs, coveredEnd, revision, whole, dict, dssCovered);
    }

    private VerificationReport.SignatureReport verifyOne(Sig s, List<Sig> all, Dss dss, List<RevisionInfo> revisions,
                                                         int totalRevisions) {
        List<String> problems = new ArrayList<>();
        String kind = s.docTimestamp() ? "document-timestamp" : "signature";
        List<VerificationReport.Change> changes = changesAfter(s, revisions);
        if (s.p7() == null) {
            problems.add("The signature cannot be parsed: " + s.parseError().getMessage());
            return new VerificationReport.SignatureReport(s.name(), kind, VerificationReport.Status.INVALID, s.subFilter(),
                    null, null, null, null, false, s.revision(), s.coversWhole(), null, null, null, "none", changes, problems);
        }
        PdfPKCS7 p7 = s.p7();
        boolean integrity;
        try {
            integrity = p7.verifySignatureIntegrityAndAuthenticity();
        } catch (Exception e) {
            integrity = false;
            problems.add("Integrity check failed: " + e.getMessage());
        }
        if (!integrity) {
            problems.add("The signed content or the signature value was changed (integrity check failed)");
        }
        X509Certificate signer = p7.getSigningCertificate();

        // timestamp: the signature timestamp, or the document timestamp itself
        VerificationReport.Timestamp ts = null;
        Date poe = null;
        if (p7.getTimeStampTokenInfo() != null) {
            boolean imprint;
            try {
                imprint = s.docTimestamp() ? integrity : p7.verifyTimestampImprint();
            } catch (Exception e) {
                imprint = false;
            }
            X509Certificate tsa = s.docTimestamp() ? signer : tsaCertificate(p7);
            String tsaChain = tsa == null ? "UNKNOWN" : buildChain(tsa, extraCerts(p7, dss), p7.getTimeStampDate().getTime()).status();
            ts = new VerificationReport.Timestamp(iso(p7.getTimeStampDate().getTime()),
                    tsa == null ? null : dn(tsa.getSubjectX500Principal()), imprint, tsaChain);
            if (!imprint) {
                problems.add("The timestamp does not match the signature");
            } else if ("TRUSTED".equals(tsaChain)) {
                poe = p7.getTimeStampDate().getTime();
            } else {
                problems.add("The time-stamping authority is not trusted (" + tsaChain + ")");
            }
        }
        // a later document timestamp is also a proof of existence
        if (poe == null && !s.docTimestamp()) {
            for (Sig o : all) {
                if (o.docTimestamp() && o.revision() > s.revision() && o.p7() != null && o.p7().getTimeStampDate() != null) {
                    poe = o.p7().getTimeStampDate().getTime();
                    break;
                }
            }
        }
        Date validationTime = poe != null ? poe : new Date();

        VerificationReport.Chain chain = buildChain(signer, extraCerts(p7, dss), validationTime);
        if (!"TRUSTED".equals(chain.status())) {
            problems.add("Certificate chain " + chain.status().toLowerCase() + ": " + chain.message());
        }
        VerificationReport.Revocation revocation = new VerificationReport.Revocation("NOT_CHECKED", null, null, null,
                "no trusted chain");
        boolean ltData = false;
        if (chain.path() != null && "TRUSTED".equals(chain.status())) {
            RevocationResult rr = checkRevocation(chainCertificates(signer, p7, dss, chain), p7, dss, validationTime);
            revocation = rr.report();
            ltData = rr.allFromDss();
            if ("REVOKED".equals(revocation.status())) {
                problems.add("The signer's certificate is revoked: " + revocation.message());
            } else if (!"GOOD".equals(revocation.status())) {
                problems.add("Revocation status unknown: " + revocation.message());
            }
        }
        for (VerificationReport.Change c : changes) {
            if (!c.allowed()) {
                problems.add("Changed after signing, not allowed (revision " + c.revision() + "): " + c.detail());
            }
        }

        String level = padesLevel(s, integrity, ts, all, ltData);
        VerificationReport.Status status;
        boolean invalid = !integrity || "REVOKED".equals(revocation.status())
                || "INVALID".equals(chain.status()) || changes.stream().anyMatch(c -> !c.allowed())
                || (ts != null && !ts.imprintValid());
        if (invalid) {
            status = VerificationReport.Status.INVALID;
        } else if (problems.isEmpty()) {
            status = VerificationReport.Status.VALID;
        } else {
            status = VerificationReport.Status.INDETERMINATE;
        }
        String claimed = p7.getSignDate() == null ? null : iso(p7.getSignDate().getTime());
        return new VerificationReport.SignatureReport(s.name(), kind, status, s.subFilter(), cert(signer), claimed,
                string(s.dict(), PdfName.Reason), string(s.dict(), PdfName.Location), integrity, s.revision(),
                s.coversWhole(), chain, revocation, ts, level, changes, problems);
    }

    private static String string(PdfDictionary d, PdfName key) {
        PdfString s = d.getAsString(key);
        return s == null ? null : s.toUnicodeString();
    }

    private static X509Certificate tsaCertificate(PdfPKCS7 p7) {
        try {
            PdfPKCS7 tsc = p7.getTimestampSignatureContainer();
            return tsc == null ? null : tsc.getSigningCertificate();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String padesLevel(Sig s, boolean integrity, VerificationReport.Timestamp ts, List<Sig> all,
                                      boolean ltData) {
        if (!integrity) {
            return "none";
        }
        if (s.docTimestamp()) {
            return "document-timestamp";
        }
        if (!"ETSI.CAdES.detached".equals(s.subFilter())) {
            return "none (" + s.subFilter() + ", not PAdES baseline)";
        }
        boolean laterDocTs = all.stream().anyMatch(o -> o.docTimestamp() && o.revision() > s.revision());
        boolean t = (ts != null && ts.imprintValid()) || laterDocTs;
        if (!t) {
            return "B-B";
        }
        if (!ltData) {
            return "B-T";
        }
        // B-LTA: a document timestamp over a revision that already holds the validation data
        for (Sig o : all) {
            if (o.docTimestamp() && o.revision() > s.revision() && o.dssAtCoveredRevision()) {
                return "B-LTA";
            }
        }
        return "B-LT";
    }

    // ------------------------------------------------------------------ revisions and changes

    /** Offsets just after each %%EOF marker (and its end of line): the end of each revision. */
    static List<Long> revisionEnds(byte[] pdf) {
        List<Long> ends = new ArrayList<>();
        byte[] marker = "%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + marker.length <= pdf.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (pdf[i + j] != marker[j]) {
                    continue outer;
                }
            }
            int end = i + marker.length;
            if (end < pdf.length && pdf[end] == '\r') {
                end++;
            }
            if (end < pdf.length && pdf[end] == '\n') {
                end++;
            }
            ends.add((long) end);
        }
        if (ends.isEmpty() || ends.get(ends.size() - 1) < pdf.length - 2) {
            ends.add((long) pdf.length); // trailing bytes without a marker: treat as a revision
        }
        return ends;
    }

    /** For revision k (1-based): what it is and whether approval-signature rules allow it. */
    private record RevisionInfo(int revision, String kind, String field, boolean allowed, String detail) {
    }

    private List<RevisionInfo> analyseRevisions(byte[] pdf, List<Long> ends, List<Sig> sigs) {
        List<RevisionInfo> out = new ArrayList<>();
        int first = sigs.stream().mapToInt(Sig::revision).min().orElse(ends.size() + 1);
        boolean previousInvalid = false;
        Set<String> previousFailures = new HashSet<>();
        boolean previousDss = false;
        for (int k = 1; k <= ends.size(); k++) {
            byte[] prefix = k == ends.size() ? pdf : Arrays.copyOf(pdf, (int) (long) ends.get(k - 1));
            boolean dss;
            try (PdfDocument doc = new PdfDocument(PdfInspector.reader(prefix))) {
                dss = doc.getCatalog().getPdfObject().getAsDictionary(PdfName.DSS) != null;
                if (k <= first) {
                    previousDss = dss;
                    continue;
                }
                Sig bySig = null;
                for (Sig s : sigs) {
                    if (s.revision() == k) {
                        bySig = s;
                    }
                }
                DocumentRevisionsValidator v = new ValidatorChainBuilder().buildDocumentRevisionsValidator()
                        .setAccessPermissions(config.allowAnnotationChanges()
                                ? com.itextpdf.signatures.AccessPermissions.ANNOTATION_MODIFICATION
                                : com.itextpdf.signatures.AccessPermissions.FORM_FIELDS_MODIFICATION);
                ValidationReport report = v.validateAllDocumentRevisions(new ValidationContext(
                        ValidatorContext.DOCUMENT_REVISIONS_VALIDATOR, CertificateSource.SIGNER_CERT,
                        TimeBasedContext.PRESENT), doc);
                Set<String> failures = new LinkedHashSet<>();
                for (ReportItem item : report.getFailures()) {
                    if (item.getStatus() == ReportItem.ReportItemStatus.INVALID) {
                        failures.add(item.getMessage());
                    }
                }
                Set<String> added = new LinkedHashSet<>(failures);
                added.removeAll(previousFailures);
                boolean allowed = previousInvalid ? added.isEmpty() : failures.isEmpty();
                String kind;
                String field = null;
                String detail;
                if (bySig != null) {
                    kind = bySig.docTimestamp() ? "document-timestamp" : "signature";
                    field = bySig.name();
                    detail = (bySig.docTimestamp() ? "document timestamp " : "signature ") + bySig.name() + " added";
                } else if (dss != previousDss || (dss && added.isEmpty())) {
                    kind = "validation-data";
                    detail = "validation data (DSS: certificates, OCSP, CRL) added";
                } else {
                    kind = "other";
                    detail = "incremental update";
                }
                if (!allowed) {
                    detail = detail + ": " + String.join("; ", added.isEmpty() ? failures : added);
                    kind = bySig == null ? "other" : kind;
                }
                out.add(new RevisionInfo(k, kind, field, allowed, detail));
                previousInvalid = previousInvalid || !failures.isEmpty();
                previousFailures = failures;
                previousDss = dss;
            } catch (IOException | RuntimeException e) {
                out.add(new RevisionInfo(k, "other", null, false, "revision cannot be read: " + e.getMessage()));
                previousInvalid = true;
            }
        }
        return out;
    }

    private static List<VerificationReport.Change> changesAfter(Sig s, List<RevisionInfo> revisions) {
        List<VerificationReport.Change> out = new ArrayList<>();
        for (RevisionInfo r : revisions) {
            if (r.revision() > s.revision()) {
                out.add(new VerificationReport.Change(r.revision(), r.kind(), r.field(), r.allowed(), r.detail()));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ DSS

    /**
     * Whether the document security store holds a good-or-revoked answer (OCSP or CRL, signed by the issuer
     * or its responder) for {@code cert}: the signer checks this before it calls a result B-LT.
     */
    public static boolean dssHasRevocationData(byte[] pdf, X509Certificate cert, X509Certificate issuer) {
        try (PdfDocument doc = new PdfDocument(PdfInspector.reader(pdf))) {
            Dss dss = Dss.read(doc);
            One r = new SignatureVerifier(VerifyConfig.of(List.of())).status(cert, issuer, dss.ocsps(), dss.crls(), "DSS");
            return r != null && !"UNKNOWN".equals(r.status());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The document security store: certificates, OCSP responses, CRLs. */
    record Dss(List<X509Certificate> certs, List<BasicOCSPResp> ocsps, List<X509CRL> crls) {
        static Dss read(PdfDocument doc) {
            List<X509Certificate> certs = new ArrayList<>();
            List<BasicOCSPResp> ocsps = new ArrayList<>();
            List<X509CRL> crls = new ArrayList<>();
            PdfDictionary dss = doc.getCatalog().getPdfObject().getAsDictionary(PdfName.DSS);
            if (dss != null) {
                try {
                    CertificateFactory cf = CertificateFactory.getInstance("X.509");
                    for (byte[] b : streams(dss.getAsArray(PdfName.Certs))) {
                        try {
                            certs.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(b)));
                        } catch (Exception ignored) {
                            // a broken entry is skipped; the chain check reports what is missing
                        }
                    }
                    for (byte[] b : streams(dss.getAsArray(PdfName.CRLs))) {
                        try {
                            crls.add((X509CRL) cf.generateCRL(new ByteArrayInputStream(b)));
                        } catch (Exception ignored) {
                            // skipped
                        }
                    }
                } catch (java.security.cert.CertificateException e) {
                    throw new IllegalStateException(e);
                }
                for (byte[] b : streams(dss.getAsArray(PdfName.OCSPs))) {
                    BasicOCSPResp r = parseOcsp(b);
                    if (r != null) {
                        ocsps.add(r);
                    }
                }
            }
            return new Dss(certs, ocsps, crls);
        }

        private static List<byte[]> streams(PdfArray a) {
            List<byte[]> out = new ArrayList<>();
            if (a != null) {
                for (int i = 0; i < a.size(); i++) {
                    if (a.get(i) instanceof PdfStream st) {
                        out.add(st.getBytes());
                    }
                }
            }
            return out;
        }
    }

    static BasicOCSPResp parseOcsp(byte[] b) {
        try {
            OCSPResp resp = new OCSPResp(b);
            Object o = resp.getResponseObject();
            if (o instanceof BasicOCSPResp basic) {
                return basic;
            }
        } catch (Exception ignored) {
            // maybe a bare BasicOCSPResponse
        }
        try {
            return new BasicOCSPResp(BasicOCSPResponse.getInstance(b));
        } catch (Exception e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ chain

    private static List<X509Certificate> extraCerts(PdfPKCS7 p7, Dss dss) {
        List<X509Certificate> out = new ArrayList<>(dss.certs());
        for (Certificate c : p7.getCertificates()) {
            out.add((X509Certificate) c);
        }
        try {
            if (p7.getTimestampCertificates() != null) {
                for (Certificate c : p7.getTimestampCertificates()) {
                    out.add((X509Certificate) c);
                }
            }
        } catch (RuntimeException ignored) {
            // no timestamp
        }
        return out;
    }

    VerificationReport.Chain buildChain(X509Certificate cert, List<X509Certificate> others, Date at) {
        if (config.trustAnchors().isEmpty()) {
            return new VerificationReport.Chain("UNTRUSTED", null, null, iso(at), "no trust anchors are configured");
        }
        try {
            Set<TrustAnchor> anchors = new HashSet<>();
            for (X509Certificate a : config.trustAnchors()) {
                anchors.add(new TrustAnchor(a, null));
            }
            X509CertSelector sel = new X509CertSelector();
            sel.setCertificate(cert);
            PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, sel);
            params.setRevocationEnabled(false);
            params.setDate(at);
            List<X509Certificate> store = new ArrayList<>(others);
            store.add(cert);
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(store)));
            PKIXCertPathBuilderResult r = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(params);
            List<String> path = new ArrayList<>();
            for (Certificate c : r.getCertPath().getCertificates()) {
                path.add(dn(((X509Certificate) c).getSubjectX500Principal()));
            }
            X509Certificate anchor = r.getTrustAnchor().getTrustedCert();
            path.add(dn(anchor.getSubjectX500Principal()));
            return new VerificationReport.Chain("TRUSTED", path, dn(anchor.getSubjectX500Principal()), iso(at), null);
        } catch (Exception e) {
            try {
                cert.checkValidity(at);
            } catch (CertificateExpiredException | CertificateNotYetValidException v) {
                return new VerificationReport.Chain("INVALID", null, null, iso(at),
                        "the certificate is not valid at " + iso(at) + " (valid " + iso(cert.getNotBefore()) + " to "
                                + iso(cert.getNotAfter()) + ")");
            }
            return new VerificationReport.Chain("UNTRUSTED", null, null, iso(at),
                    "no path to a configured trust anchor (" + e.getMessage() + ")");
        }
    }

    /** The signer's path certificates (without the anchor), each with its issuer. */
    private List<X509Certificate[]> chainCertificates(X509Certificate signer, PdfPKCS7 p7, Dss dss,
                                                      VerificationReport.Chain chain) {
        List<X509Certificate> pool = extraCerts(p7, dss);
        pool.addAll(config.trustAnchors());
        List<X509Certificate[]> pairs = new ArrayList<>();
        X509Certificate current = signer;
        for (int guard = 0; guard < 10; guard++) {
            if (config.trustAnchors().contains(current)) {
                break;
            }
            X509Certificate issuer = null;
            for (X509Certificate c : pool) {
                if (c.getSubjectX500Principal().equals(current.getIssuerX500Principal()) && verifies(current, c)) {
                    issuer = c;
                    break;
                }
            }
            if (issuer == null) {
                break;
            }
            pairs.add(new X509Certificate[]{current, issuer});
            if (config.trustAnchors().contains(issuer)) {
                break;
            }
            current = issuer;
        }
        return pairs;
    }

    private static boolean verifies(X509Certificate cert, X509Certificate issuer) {
        try {
            cert.verify(issuer.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ revocation

    private record RevocationResult(VerificationReport.Revocation report, boolean allFromDss) {
    }

    private record One(String status, String source, String type, Date revokedAt, String message) {
    }

    private RevocationResult checkRevocation(List<X509Certificate[]> pairs, PdfPKCS7 p7, Dss dss, Date at) {
        if (pairs.isEmpty()) {
            return new RevocationResult(new VerificationReport.Revocation("NOT_CHECKED", null, null, null,
                    "the signer's certificate is itself a trust anchor"), false);
        }
        List<BasicOCSPResp> cmsOcsp = new ArrayList<>();
        IBasicOCSPResponse embedded = p7.getOcsp();
        if (embedded instanceof BasicOCSPResponseBC bc) {
            cmsOcsp.add(new BasicOCSPResp(bc.getBasicOCSPResponse()));
        }
        List<X509CRL> cmsCrls = new ArrayList<>();
        if (p7.getCRLs() != null) {
            for (CRL c : p7.getCRLs()) {
                if (c instanceof X509CRL x) {
                    cmsCrls.add(x);
                }
            }
        }
        boolean allDss = true;
        One signerResult = null;
        for (X509Certificate[] pair : pairs) {
            One r = status(pair[0], pair[1], dss.ocsps(), dss.crls(), "DSS");
            if (r == null) {
                allDss = false;
                r = status(pair[0], pair[1], cmsOcsp, cmsCrls, "signature");
            }
            if (r == null && !config.crls().isEmpty()) {
                r = status(pair[0], pair[1], List.of(), config.crls(), "configured");
            }
            if (r == null && config.onlineRevocation()) {
                r = online(pair[0], pair[1]);
            }
            if (r == null) {
                r = new One("UNKNOWN", null, null, null,
                        "no OCSP response or CRL for " + dn(pair[0].getSubjectX500Principal()));
            }
            if ("REVOKED".equals(r.status()) && r.revokedAt() != null && r.revokedAt().after(at)) {
                // revoked after the proof of existence: the signature was made while the certificate was good
                r = new One("GOOD", r.source(), r.type(), r.revokedAt(), "revoked on " + iso(r.revokedAt())
                        + ", after the signature's proof of existence " + iso(at));
            }
            if (signerResult == null) {
                signerResult = r;
            }
            if (!"GOOD".equals(r.status())) {
                return new RevocationResult(new VerificationReport.Revocation(r.status(), r.source(), r.type(),
                        r.revokedAt() == null ? null : iso(r.revokedAt()),
                        dn(pair[0].getSubjectX500Principal()) + ": " + r.message()), false);
            }
        }
        return new RevocationResult(new VerificationReport.Revocation("GOOD", signerResult.source(), signerResult.type(),
                signerResult.revokedAt() == null ? null : iso(signerResult.revokedAt()), signerResult.message()), allDss);
    }

    private One status(X509Certificate cert, X509Certificate issuer, List<BasicOCSPResp> ocsps, List<X509CRL> crls,
                       String source) {
        for (BasicOCSPResp resp : ocsps) {
            One r = fromOcsp(resp, cert, issuer, source);
            if (r != null) {
                return r;
            }
        }
        for (X509CRL crl : crls) {
            if (!crl.getIssuerX500Principal().equals(cert.getIssuerX500Principal())) {
                continue;
            }
            try {
                crl.verify(issuer.getPublicKey());
            } catch (Exception e) {
                continue;
            }
            X509CRLEntry entry = crl.getRevokedCertificate(cert.getSerialNumber());
            if (entry != null) {
                return new One("REVOKED", source, "CRL", entry.getRevocationDate(), "listed in the CRL of "
                        + iso(crl.getThisUpdate()));
            }
            return new One("GOOD", source, "CRL", null, "not in the CRL of " + iso(crl.getThisUpdate()));
        }
        return null;
    }

    private One fromOcsp(BasicOCSPResp resp, X509Certificate cert, X509Certificate issuer, String source) {
        try {
            CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                    new JcaX509CertificateHolder(issuer), cert.getSerialNumber());
            for (SingleResp sr : resp.getResponses()) {
                CertificateID rid = sr.getCertID();
                if (!rid.getSerialNumber().equals(cert.getSerialNumber())) {
                    continue;
                }
                CertificateID match = rid.getHashAlgOID().equals(id.getHashAlgOID()) ? id
                        : new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                        .get(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(rid.getHashAlgOID())),
                        new JcaX509CertificateHolder(issuer), cert.getSerialNumber());
                if (!match.equals(rid)) {
                    continue;
                }
                if (!ocspSignedByIssuerOrDelegate(resp, issuer)) {
                    return new One("UNKNOWN", source, "OCSP", null, "the OCSP response is not signed by the issuer or its responder");
                }
                CertificateStatus st = sr.getCertStatus();
                if (st == CertificateStatus.GOOD) {
                    return new One("GOOD", source, "OCSP", null, "OCSP good at " + iso(sr.getThisUpdate()));
                }
                if (st instanceof RevokedStatus rs) {
                    return new One("REVOKED", source, "OCSP", rs.getRevocationTime(), "OCSP revoked on "
                            + iso(rs.getRevocationTime()));
                }
                return new One("UNKNOWN", source, "OCSP", null, "OCSP status unknown");
            }
        } catch (Exception e) {
            return null;
        }
        return null;
    }

    private static boolean ocspSignedByIssuerOrDelegate(BasicOCSPResp resp, X509Certificate issuer) {
        try {
            if (resp.isSignatureValid(new JcaContentVerifierProviderBuilder().build(issuer.getPublicKey()))) {
                return true;
            }
        } catch (Exception ignored) {
            // try the responder certificate
        }
        for (X509CertificateHolder h : resp.getCerts()) {
            try {
                X509Certificate responder = new JcaX509CertificateConverter().getCertificate(h);
                List<String> eku = responder.getExtendedKeyUsage();
                if (eku == null || !eku.contains(KeyPurposeId.id_kp_OCSPSigning.getId())) {
                    continue;
                }
                responder.verify(issuer.getPublicKey());
                if (resp.isSignatureValid(new JcaContentVerifierProviderBuilder().build(responder.getPublicKey()))) {
                    return true;
                }
            } catch (Exception ignored) {
                // next
            }
        }
        return false;
    }

    private One online(X509Certificate cert, X509Certificate issuer) {
        try {
            byte[] basic = new OcspClientBouncyCastle().getEncoded(cert, issuer, null);
            if (basic != null) {
                BasicOCSPResp r = parseOcsp(basic);
                if (r != null) {
                    One one = fromOcsp(r, cert, issuer, "online");
                    if (one != null) {
                        return one;
                    }
                }
            }
        } catch (RuntimeException ignored) {
            // try the CRL
        }
        try {
            Collection<byte[]> crls = new CrlClientOnline(new Certificate[]{cert}).getEncoded(cert, null);
            if (crls != null) {
                CertificateFactory cf = CertificateFactory.getInstance("X.509");
                List<X509CRL> list = new ArrayList<>();
                for (byte[] b : crls) {
                    list.add((X509CRL) cf.generateCRL(new ByteArrayInputStream(b)));
                }
                return status(cert, issuer, List.of(), list, "online");
            }
        } catch (Exception ignored) {
            // nothing online
        }
        return null;
    }

    // ------------------------------------------------------------------ output

    private String iso(Date d) {
        return ZonedDateTime.ofInstant(d.toInstant(), config.zone()).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private VerificationReport.Certificate cert(X509Certificate c) {
        if (c == null) {
            return null;
        }
        return new VerificationReport.Certificate(dn(c.getSubjectX500Principal()),
                dn(c.getIssuerX500Principal()), c.getSerialNumber().toString(16), iso(c.getNotBefore()),
                iso(c.getNotAfter()));
    }

    /** RFC 4514 string with readable names for title (T), serialNumber and the like. */
    public static String dn(javax.security.auth.x500.X500Principal p) {
        return org.bouncycastle.asn1.x500.X500Name.getInstance(org.bouncycastle.asn1.x500.style.BCStyle.INSTANCE,
                p.getEncoded()).toString();
    }

    private static String cn(String dn) {
        for (String part : dn.split(",")) {
            if (part.trim().startsWith("CN=")) {
                return part.trim().substring(3);
            }
        }
        return dn;
    }

    static List<String> summary(List<VerificationReport.SignatureReport> reports, boolean valid) {
        List<String> lines = new ArrayList<>();
        if (reports.isEmpty()) {
            lines.add("Không có chữ ký số / No signatures");
            return lines;
        }
        long ok = reports.stream().filter(r -> r.status() == VerificationReport.Status.VALID).count();
        lines.add((valid ? "HỢP LỆ / VALID" : "KHÔNG HỢP LỆ / NOT VALID") + ": " + ok + "/" + reports.size()
                + " chữ ký hợp lệ / signatures valid");
        for (VerificationReport.SignatureReport r : reports) {
            StringBuilder sb = new StringBuilder();
            sb.append(r.name()).append(": ").append(r.status());
            if (r.signer() != null) {
                sb.append(" — ").append(cn(r.signer().subject()));
            }
            if (r.claimedTime() != null) {
                sb.append(", ").append(r.claimedTime());
            }
            sb.append(", ").append(r.padesLevel());
            if (r.timestamp() != null) {
                sb.append(", timestamp ").append(r.timestamp().time());
            }
            if (r.revocation() != null) {
                sb.append(", revocation ").append(r.revocation().status());
            }
            long later = r.changesAfter().size();
            if (later > 0) {
                sb.append(", ").append(later).append(" later revision(s)");
                if (r.changesAfter().stream().anyMatch(c -> !c.allowed())) {
                    sb.append(" incl. NOT ALLOWED changes");
                }
            }
            if (!r.problems().isEmpty()) {
                sb.append(" — ").append(r.problems().get(0));
            }
            lines.add(sb.toString());
        }
        return lines;
    }
}
