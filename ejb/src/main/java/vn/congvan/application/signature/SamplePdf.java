package vn.congvan.application.signature;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import vn.congvan.signing.SigningConfig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;

/** The sample document of a test signature: a short text and the signer's signature block (ND30 layout). */
final class SamplePdf {

    private SamplePdf() {
    }

    static byte[] write(String agency, String positionTitle, String fullName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out)); Document doc = new Document(pdf, PageSize.A4)) {
            PdfFont font = PdfFontFactory.createFont(SigningConfig.DEFAULT_FONT.toString(), PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.PREFER_EMBEDDED);
            doc.setFont(font).setFontSize(13);
            doc.add(new Paragraph(agency == null ? "" : agency.toUpperCase()).setTextAlignment(TextAlignment.LEFT));
            doc.add(new Paragraph("VĂN BẢN KÝ THỬ").setFontSize(15).setTextAlignment(TextAlignment.CENTER).setMarginTop(30));
            doc.add(new Paragraph("Văn bản này do hệ thống CôngVăn tạo lúc "
                    + ZonedDateTime.now(SigningConfig.VIETNAM).withNano(0).toOffsetDateTime()
                    + " để kiểm tra khóa ký số và ảnh chữ ký của người ký. Không có giá trị pháp lý."
                    + " / A test document to check the signer's key and signature image; it has no legal value.")
                    .setMarginTop(20));
            doc.add(new Paragraph(positionTitle.toUpperCase()).setTextAlignment(TextAlignment.CENTER)
                    .setMarginLeft(260).setMarginTop(60));
            doc.add(new Paragraph(fullName).setTextAlignment(TextAlignment.CENTER).setMarginLeft(260).setMarginTop(90));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
