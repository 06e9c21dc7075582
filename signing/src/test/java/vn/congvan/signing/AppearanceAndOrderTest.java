package vn.congvan.signing;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.signing.appearance.Appearance;
import vn.congvan.signing.appearance.AppearanceBuilder;
import vn.congvan.signing.testpki.SharedPki;
import vn.congvan.signing.testpki.TestPki;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The ND30 appearance: leader's image in the signature block, seal over a third of it, attachment stamp. */
class AppearanceAndOrderTest {

    @TempDir
    Path dir;

    private PdfSigningService service() {
        TestPki pki = SharedPki.get();
        return new PdfSigningService(SigningConfig.defaults().withTsa(pki.tsaUrl()).withTrustAnchors(pki.trustAnchors()));
    }

    @Test
    void leaderThenSealOnTheLastPageBothStayValid() throws Exception {
        byte[] doc = TestDocs.congVan(2, 4);
        PdfSigningService service = service();
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        SignResult leader = service.sign(doc, buf, SharedPki.leader().keySource(), SignRequest.of(PadesLevel.B_LT,
                new Appearance.LeaderSignature(TestDocs.signaturePng(), TestDocs.TITLE, TestDocs.NAME, null))
                .withReason("Phê duyệt"));
        byte[] afterLeader = buf.toByteArray();
        byte[] afterSeal = service.sign(afterLeader, SharedPki.agency().keySource(), SignRequest.of(PadesLevel.B_LTA,
                new Appearance.AgencySeal(TestDocs.sealPng(), null, null, 0)).withReason("Phát hành"));
        Path out = dir.resolve("leader-seal.pdf");
        Files.write(out, afterSeal);

        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(afterSeal)))) {
            SignatureUtil su = new SignatureUtil(pdf);
            List<String> names = su.getSignatureNames();
            assertEquals(3, names.size(), "leader, seal, document timestamp: " + names);
            assertEquals(List.of("Signature1", "Signature2"), names.subList(0, 2));
            for (String n : names) {
                PdfPKCS7 p7 = su.readSignatureData(n);
                assertTrue(p7.verifySignatureIntegrityAndAuthenticity(), n + " still valid");
            }
            assertFalse(su.signatureCoversWholeDocument("Signature1"));
            assertEquals(2, pdf.getNumberOfPages());

            // the leader's image sits between the title and the name on the last page
            Rectangle title = AppearanceBuilder.locate(pdf.getPage(2), TestDocs.TITLE);
            Rectangle name = AppearanceBuilder.locate(pdf.getPage(2), TestDocs.NAME);
            AppearanceBuilder.Widget l = AppearanceBuilder.signatureWidget(pdf, "Signature1");
            AppearanceBuilder.Widget s = AppearanceBuilder.signatureWidget(pdf, "Signature2");
            assertEquals(2, l.page());
            assertTrue(l.rect().getBottom() >= name.getTop(), "image above the name");
            assertTrue(l.rect().getTop() <= title.getBottom(), "image below the title");
            float centre = l.rect().getX() + l.rect().getWidth() / 2;
            float nameCentre = name.getX() + name.getWidth() / 2;
            assertEquals(nameCentre, centre, 6f, "centred on the block");
            assertEquals(leader.placedAt().x(), l.rect().getX(), 0.01f);

            // the seal: actual size (36 mm at 300 dpi), its right edge a third into the leader's image
            float mm36 = 425 * 72f / 300;
            assertEquals(mm36, s.rect().getWidth(), 0.5f);
            assertEquals(mm36, s.rect().getHeight(), 0.5f);
            float overlap = s.rect().getRight() - l.rect().getX();
            assertEquals(l.rect().getWidth() / 3, overlap, 0.5f, "overlaps a third of the leader's image");
            assertTrue(s.rect().getX() < l.rect().getX(), "seal on the left");
            assertEquals(l.rect().getY() + l.rect().getHeight() / 2, s.rect().getY() + s.rect().getHeight() / 2, 0.5f);
        }
        render(out, "leader-seal");
    }

    @Test
    void attachmentStampTopRightOfFirstPageWithEmbeddedFont() throws Exception {
        byte[] doc = TestDocs.congVan(2, 2);
        // a signing time inside the test certificate's validity (it starts a day before the test run)
        // on a whole minute: the line must still show the seconds (":00"), which OffsetDateTime.toString() leaves out — the
        // test failed in CI once a minute in sixty when it compared with toString()
        ZonedDateTime t = ZonedDateTime.now(java.time.ZoneOffset.ofHours(7)).withSecond(0).withNano(0).minusMinutes(5);
        byte[] signed = service().sign(doc, SharedPki.agency().keySource(), SignRequest.of(PadesLevel.B_T,
                new Appearance.AttachmentStamp(List.of("UBND tỉnh Hà Giang", "Số: 45/KH-UBND"))).withSigningTime(t));
        Path out = dir.resolve("stamp.pdf");
        Files.write(out, signed);
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(signed)))) {
            AppearanceBuilder.Widget w = AppearanceBuilder.signatureWidget(pdf, "Signature1");
            assertEquals(1, w.page());
            Rectangle page = pdf.getPage(1).getCropBox();
            assertTrue(w.rect().getRight() > page.getWidth() * 0.8f, "right side");
            assertTrue(w.rect().getTop() > page.getHeight() * 0.9f, "top");
            // the widget's appearance uses the embedded Liberation Serif
            var field = com.itextpdf.forms.PdfAcroForm.getAcroForm(pdf, false).getField("Signature1");
            var n = field.getWidgets().get(0).getNormalAppearanceObject();
            String fonts = n.toString() + collectFonts(n);
            assertTrue(fonts.contains("LiberationSerif"), fonts);
            assertTrue(fonts.contains("FontFile2"), "embedded: " + fonts);
            String content = contentStreams(n);
            assertTrue(content.contains(" 10 Tf"), "10 pt: " + content);
            assertTrue(content.contains("0 0 0 rg") || content.contains("0 g"), "black: " + content);
        }
        if (Tools.available("pdftotext")) {
            Tools.Result r = Tools.run(List.of("pdftotext", "-f", "1", "-l", "1", out.toString(), "-"));
            assertTrue(r.output().contains("Số: 45/KH-UBND"), r.output());
            assertTrue(r.output().contains("Thời gian ký: " + t.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"))),
                    r.output());
        }
        render(out, "stamp");
    }

    /** The decoded content of the appearance stream and every form XObject under it. */
    private static String contentStreams(com.itextpdf.kernel.pdf.PdfObject o) {
        StringBuilder sb = new StringBuilder();
        streams(o, sb, 0);
        return sb.toString();
    }

    private static void streams(com.itextpdf.kernel.pdf.PdfObject o, StringBuilder sb, int depth) {
        if (o == null || depth > 16) {
            return;
        }
        if (o.isIndirectReference()) {
            o = ((com.itextpdf.kernel.pdf.PdfIndirectReference) o).getRefersTo();
        }
        if (o instanceof com.itextpdf.kernel.pdf.PdfStream st) {
            sb.append(new String(st.getBytes(), java.nio.charset.StandardCharsets.ISO_8859_1)).append('\n');
            com.itextpdf.kernel.pdf.PdfDictionary res = st.getAsDictionary(com.itextpdf.kernel.pdf.PdfName.Resources);
            if (res != null && res.getAsDictionary(com.itextpdf.kernel.pdf.PdfName.XObject) != null) {
                com.itextpdf.kernel.pdf.PdfDictionary x = res.getAsDictionary(com.itextpdf.kernel.pdf.PdfName.XObject);
                for (var k : x.keySet()) {
                    streams(x.get(k), sb, depth + 1);
                }
            }
        }
    }

    private static String collectFonts(com.itextpdf.kernel.pdf.PdfObject o) {
        StringBuilder sb = new StringBuilder();
        collect(o, sb, 0);
        return sb.toString();
    }

    private static void collect(com.itextpdf.kernel.pdf.PdfObject o, StringBuilder sb, int depth) {
        if (o == null || depth > 16) {
            return;
        }
        if (o.isIndirectReference()) {
            o = ((com.itextpdf.kernel.pdf.PdfIndirectReference) o).getRefersTo();
        }
        if (o instanceof com.itextpdf.kernel.pdf.PdfDictionary d) {
            for (var k : d.keySet()) {
                if (k.equals(com.itextpdf.kernel.pdf.PdfName.Parent) || k.equals(com.itextpdf.kernel.pdf.PdfName.P)) {
                    continue;
                }
                sb.append(k).append(' ');
                com.itextpdf.kernel.pdf.PdfObject v = d.get(k, false);
                if (v instanceof com.itextpdf.kernel.pdf.PdfName nm) {
                    sb.append(nm).append(' ');
                }
                collect(d.get(k, true), sb, depth + 1);
            }
        } else if (o instanceof com.itextpdf.kernel.pdf.PdfArray a) {
            for (int i = 0; i < a.size(); i++) {
                collect(a.get(i, true), sb, depth + 1);
            }
        }
    }

    /** Renders page images next to the test output when CONGVAN_RENDER_DIR is set (for a human look). */
    static void render(Path pdf, String name) throws Exception {
        String target = System.getenv("CONGVAN_RENDER_DIR");
        if (target != null && Tools.available("pdftoppm")) {
            Tools.run(List.of("pdftoppm", "-r", "60", "-png", pdf.toString(), Path.of(target, name).toString()));
            Files.copy(pdf, Path.of(target, name + ".pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
