package vn.congvan.infrastructure.edxml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import vn.congvan.signing.pki.CertificateIssuer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EdxmlTest {

    @TempDir
    Path dir;

    private static InputStream fixture(String name) {
        return EdxmlTest.class.getResourceAsStream("/edxml/" + name);
    }

    @Test
    void readsTheFixtureWithAZippedDocAttachment() throws Exception {
        Edxml p = EdxmlReader.read(fixture("edoc_new.edxml"), dir, 10_000_000);
        Edxml.MessageHeader h = p.messageHeader();
        assertEquals("000.00.00.A80", h.from.organId);
        assertEquals("28.22.H17", h.to.get(0).organId);
        assertEquals("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT", h.documentId);
        assertEquals("VPCP-TTĐT", h.code.codeNotation);
        assertEquals("2019/01/16", h.promulgationInfo.promulgationDate);
        assertEquals("Công văn", h.documentType.typeName);
        assertEquals("V/v kết nối, liên thông phần mềm quản lý văn bản", h.subject);
        assertEquals("Nguyen Thanh Phuc", h.signerInfo.fullName);
        assertEquals(List.of("Cac bo va co quan ngang bo", "Uy ban nhan dan cac tinh, TP"), h.toPlaces);
        assertEquals("1", h.steeringType);
        assertEquals("0", p.envelope.header.traceHeaderList.bussiness.bussinessDocType);
        assertEquals("Nguyễn Thị Ngọc Trâm", p.envelope.header.traceHeaderList.bussiness.staffInfo.staff);
        assertEquals(1, p.envelope.body.manifest.references.size());
        assertEquals(1, p.attachments.size());
        Edxml.Attachment a = p.attachments.get(0);
        assertEquals("1896_QD-TTg_m_294779.doc", a.attachmentName);
        assertEquals("application/zip", a.contentType);
        assertEquals(Files.size(a.file), a.size);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(a.file))) {
            ZipEntry e = zip.getNextEntry();
            assertNotNull(e, "the attachment is a ZIP archive");
            assertTrue(zip.readAllBytes().length > 0);
        }
        assertEquals(List.of(), EdxmlValidator.validate(p));
    }

    @Test
    void theOtherFixtureIsNotWellFormedAndIsRefusedNamingTheLine() {
        EdxmlException e = assertThrows(EdxmlException.class, () -> EdxmlReader.read(fixture("edoc.edxml"), dir, 1000));
        assertEquals(EdxmlException.Reason.MALFORMED, e.reason());
        assertTrue(e.detail().startsWith("line "), e.detail());
    }

    @Test
    void writtenPackagesReadBackIdentically() throws Exception {
        Edxml first = EdxmlReader.read(fixture("edoc_new.edxml"), dir, 10_000_000);
        byte[] written = write(first);
        Edxml second = EdxmlReader.read(new ByteArrayInputStream(written), dir, 10_000_000);
        assertArrayEquals(Files.readAllBytes(first.attachments.get(0).file), Files.readAllBytes(second.attachments.get(0).file));
        assertEquals(new String(write(withoutFiles(first)), StandardCharsets.UTF_8),
                new String(write(withoutFiles(second)), StandardCharsets.UTF_8));
        // and a package built here
        Edxml built = sample();
        Edxml back = EdxmlReader.read(new ByteArrayInputStream(write(built)), dir, 100_000);
        assertArrayEquals(Files.readAllBytes(built.attachments.get(0).file), Files.readAllBytes(back.attachments.get(0).file));
        assertEquals("Kế hoạch số 45", back.messageHeader().subject);
        assertEquals(new String(write(withoutFiles(built)), StandardCharsets.UTF_8),
                new String(write(withoutFiles(back)), StandardCharsets.UTF_8));
    }

    @Test
    void theValidatorNamesTheField() {
        Edxml p = sample();
        p.messageHeader().subject = "x".repeat(501);
        p.messageHeader().to.add(new Edxml.Organization("000.01.00.H99", "Sở Nội vụ"));
        p.messageHeader().promulgationInfo.promulgationDate = "2026-13-01";
        p.messageHeader().otherInfo.priority = "7";
        p.messageHeader().toPlaces = List.of("y".repeat(151));
        p.attachments.get(0).attachmentName = "z".repeat(201);
        List<String> fields = EdxmlValidator.validate(p).stream().map(EdxmlValidator.Violation::field).toList();
        assertEquals(List.of("To[2].OrganId", "PromulgationInfo.PromulgationDate", "Subject", "ToPlaces.Place[1]",
                "OtherInfo.Priority", "Attachment[1].AttachmentName"), fields);
        assertEquals(List.of(), EdxmlValidator.validate(sample()));
    }

    @Test
    void anUpdateOrAReplacementMustSayWhyAndAReplacementCarriesAFile() {
        Edxml update = sample();
        update.envelope.header.traceHeaderList = new Edxml.TraceHeaderList();
        update.envelope.header.traceHeaderList.bussiness = new Edxml.Bussiness();
        update.envelope.header.traceHeaderList.bussiness.bussinessDocType = "2";
        update.envelope.header.traceHeaderList.bussiness.bussinessDocReason = " ";
        assertEquals(List.of("Bussiness.BussinessDocReason"),
                EdxmlValidator.validate(update).stream().map(EdxmlValidator.Violation::field).toList());
        update.envelope.header.traceHeaderList.bussiness.bussinessDocReason = "Sai trích yếu";
        assertEquals(List.of(), EdxmlValidator.validate(update));

        update.envelope.header.traceHeaderList.bussiness.bussinessDocType = "3";
        assertEquals(List.of(), EdxmlValidator.validate(update));
        update.attachments.clear();
        update.envelope.body = null;
        assertEquals(List.of("AttachmentEncoded"),
                EdxmlValidator.validate(update).stream().map(EdxmlValidator.Violation::field).toList());
        // a recall needs neither
        update.envelope.header.traceHeaderList.bussiness.bussinessDocType = "1";
        update.envelope.header.traceHeaderList.bussiness.bussinessDocReason = null;
        assertEquals(List.of(), EdxmlValidator.validate(update));
    }

    @Test
    void hostileXmlIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<edXML xmlns=\"" + Edxml.NS + "\">&x;</edXML>";
        assertEquals(EdxmlException.Reason.UNSAFE, refusal(xxe).reason());
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
                + "<edXML xmlns=\"" + Edxml.NS + "\">&lol2;</edXML>";
        assertEquals(EdxmlException.Reason.UNSAFE, refusal(laughs).reason());
        assertEquals(EdxmlException.Reason.INVALID, refusal("<other/>").reason());
    }

    @Test
    void badBase64AndOversizedAttachmentsAreRefusedNamingTheAttachment() throws Exception {
        String good = new String(write(sample()), StandardCharsets.UTF_8);
        String bad = good.replaceFirst("(<edXML:ContentTransferEncoded>)", "$1!!");
        EdxmlException e = refusal(bad);
        assertEquals(EdxmlException.Reason.BAD_BASE64, e.reason());
        assertEquals("Attachment[1].ContentTransferEncoded", e.field());
        EdxmlException big = assertThrows(EdxmlException.class,
                () -> EdxmlReader.read(new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8)), dir, 10));
        assertEquals(EdxmlException.Reason.TOO_LARGE, big.reason());
    }

    @Test
    void signedPackagesVerifyAndTamperingIsDetected() throws Exception {
        KeyPair keys = CertificateIssuer.rsaKeyPair(2048);
        X509Certificate cert = CertificateIssuer.spec("CN=UBND tinh Mau, O=000.00.00.H41", keys).issue();
        Document dom = EdxmlWriter.toDom(sample());
        XmlSignatures.sign(dom, keys.getPrivate(), cert);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SecureXml.write(dom, out);
        String signed = out.toString(StandardCharsets.UTF_8);

        XmlSignatures.verify(EdxmlReader.parse(new ByteArrayInputStream(out.toByteArray())).dom(), List.of(cert.getPublicKey()));

        String tampered = signed.replace("Kế hoạch số 45", "Kế hoạch số 46");
        EdxmlException e = assertThrows(EdxmlException.class, () -> XmlSignatures.verify(
                EdxmlReader.parse(new ByteArrayInputStream(tampered.getBytes(StandardCharsets.UTF_8))).dom(),
                List.of(cert.getPublicKey())));
        assertEquals(EdxmlException.Reason.BAD_SIGNATURE, e.reason());

        KeyPair other = CertificateIssuer.rsaKeyPair(2048);
        assertThrows(EdxmlException.class, () -> XmlSignatures.verify(
                EdxmlReader.parse(new ByteArrayInputStream(out.toByteArray())).dom(), List.of(other.getPublic())));
        EdxmlException unsigned = assertThrows(EdxmlException.class, () -> XmlSignatures.verify(
                EdxmlReader.parse(new ByteArrayInputStream(write(sample()))).dom(), List.of(cert.getPublicKey())));
        assertTrue(unsigned.detail().contains("no XML-DSig"), unsigned.detail());
    }

    private EdxmlException refusal(String xml) {
        return assertThrows(EdxmlException.class,
                () -> EdxmlReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), dir, 1_000_000));
    }

    private static byte[] write(Edxml p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EdxmlWriter.write(p, out);
        return out.toByteArray();
    }

    private static Edxml withoutFiles(Edxml p) {
        p.attachments.forEach(a -> a.file = null);
        return p;
    }

    private Edxml sample() {
        try {
            Path f = Files.createTempFile(dir, "a", ".pdf");
            Files.writeString(f, "%PDF-1.4 sample " + "x".repeat(5000));
            Edxml p = new Edxml();
            Edxml.MessageHeader h = new Edxml.MessageHeader();
            p.envelope.header.messageHeader = h;
            h.from = new Edxml.Organization("000.00.00.H41", "Ủy ban nhân dân tỉnh Mẫu");
            h.to.add(new Edxml.Organization("000.01.00.H99", "Sở Nội vụ tỉnh Mẫu"));
            h.documentId = "000.00.00.H41,2026/12/06,45/KH-UBND";
            h.code = new Edxml.Code();
            h.code.codeNumber = "45";
            h.code.codeNotation = "KH-UBND";
            h.promulgationInfo = new Edxml.PromulgationInfo();
            h.promulgationInfo.place = "Mẫu";
            h.promulgationInfo.promulgationDate = "2026/12/06";
            h.documentType = new Edxml.DocumentType();
            h.documentType.type = "1";
            h.documentType.typeName = "Kế hoạch";
            h.subject = "Kế hoạch số 45";
            h.otherInfo = new Edxml.OtherInfo();
            h.otherInfo.priority = "1";
            h.steeringType = "0";
            p.envelope.body = new Edxml.Body();
            p.envelope.body.manifest = new Edxml.Manifest();
            Edxml.Reference r = new Edxml.Reference();
            r.contentId = "cid:1";
            r.attachmentName = "ke-hoach.pdf";
            r.contentType = "application/pdf";
            p.envelope.body.manifest.references.add(r);
            Edxml.Attachment a = new Edxml.Attachment();
            a.contentId = "cid:1";
            a.attachmentName = "ke-hoach.pdf";
            a.contentType = "application/pdf";
            a.file = f;
            p.attachments.add(a);
            return p;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
