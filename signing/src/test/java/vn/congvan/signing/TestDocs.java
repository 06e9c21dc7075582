package vn.congvan.signing;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.EncryptionConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

/** Documents and images the tests sign: an ND30-style công văn with a signature block, PNGs. */
public final class TestDocs {

    static {
        if (!SigningConfig.DEFAULT_FONT.toString().contains("liberation2")) {
            throw new IllegalStateException("The tests need Liberation Serif 2.x with Vietnamese glyphs: "
                    + "apt-get install fonts-liberation2 (fonts-liberation 1.07 lacks ủ, ị, ễ…)");
        }
    }

    public static final String TITLE = "CHỦ TỊCH";
    public static final String NAME = "Nguyễn Văn An";

    private TestDocs() {
    }

    /** A công văn of {@code pages} pages; the last page ends with the signature block (title, space, name). */
    public static byte[] congVan(int pages, int fillerParagraphs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out));
             Document doc = new Document(pdf, PageSize.A4)) {
            PdfFont font = PdfFontFactory.createFont(SigningConfig.DEFAULT_FONT.toString(), PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            doc.setFont(font).setFontSize(13);
            doc.setMargins(56, 56, 56, 85);
            for (int p = 1; p <= pages; p++) {
                if (p == 1) {
                    doc.add(new Paragraph("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG").simulateBold());
                    doc.add(new Paragraph("Số: 45/UBND-VP").setFontSize(13));
                    doc.add(new Paragraph("V/v triển khai kế hoạch chuyển đổi số năm 2026").simulateItalic());
                }
                for (int i = 0; i < fillerParagraphs; i++) {
                    doc.add(new Paragraph("Đoạn " + (i + 1) + " trang " + p + ": Thực hiện Nghị định số 30/2020/NĐ-CP "
                            + "về công tác văn thư, Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành triển khai.")
                            .setTextAlignment(TextAlignment.JUSTIFIED));
                }
                if (p < pages) {
                    doc.add(new AreaBreak());
                }
            }
            doc.add(new Paragraph("TM. ỦY BAN NHÂN DÂN").simulateBold().setTextAlignment(TextAlignment.CENTER)
                    .setMarginLeft(250).setMarginTop(24).setMarginBottom(0));
            doc.add(new Paragraph(TITLE).simulateBold().setTextAlignment(TextAlignment.CENTER).setMarginLeft(250).setMarginTop(0));
            doc.add(new Paragraph(NAME).simulateBold().setTextAlignment(TextAlignment.CENTER).setMarginLeft(250).setMarginTop(72));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** About 1 MB: many pages of text plus an uncompressible image stream. */
    public static byte[] large(int targetBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out));
             Document doc = new Document(pdf, PageSize.A4)) {
            byte[] noise = new byte[targetBytes - 50_000];
            new Random(42).nextBytes(noise);
            com.itextpdf.kernel.pdf.PdfStream s = new com.itextpdf.kernel.pdf.PdfStream(noise);
            pdf.addNewPage();
            pdf.getFirstPage().getResources().addForm(
                    new com.itextpdf.kernel.pdf.xobject.PdfFormXObject(s));
            doc.add(new Paragraph("Tài liệu lớn / large document"));
            doc.add(new Paragraph(TITLE));
            doc.add(new Paragraph(NAME).setMarginTop(72));
        }
        return out.toByteArray();
    }

    public static byte[] encrypted() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WriterProperties wp = new WriterProperties().setStandardEncryption("user".getBytes(), "owner".getBytes(),
                EncryptionConstants.ALLOW_PRINTING, EncryptionConstants.ENCRYPTION_AES_256);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out, wp));
             Document doc = new Document(pdf)) {
            doc.add(new Paragraph("secret"));
        }
        return out.toByteArray();
    }

    /** The leader's signature: blue strokes on a transparent background, 150 dpi. */
    public static byte[] signaturePng() {
        BufferedImage img = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1a, 0x3c, 0xb4));
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new CubicCurve2D.Float(15, 90, 70, -20, 110, 150, 160, 40));
        g.draw(new CubicCurve2D.Float(150, 50, 200, 10, 240, 120, 285, 30));
        g.dispose();
        return png(img, 150);
    }

    /** The agency seal: a red ring with text, 300 dpi, 36 mm across. */
    public static byte[] sealPng() {
        int size = 425; // 36 mm at 300 dpi
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xd4, 0x1e, 0x1e, 230));
        g.setStroke(new BasicStroke(14f));
        g.drawOval(10, 10, size - 20, size - 20);
        g.setStroke(new BasicStroke(5f));
        g.drawOval(70, 70, size - 140, size - 140);
        g.setFont(new Font(Font.SERIF, Font.BOLD, 44));
        g.drawString("UBND", size / 2 - 70, size / 2 + 15);
        g.dispose();
        return png(img, 300);
    }

    static byte[] png(BufferedImage img, int dpi) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            // the JDK's PNG writer stores this value x 1000 as pixels per metre (JDK-5106305): pass pixels per mm
            double mmPerPixel = dpi / 25.4;
            IIOMetadataNode h = new IIOMetadataNode("HorizontalPixelSize");
            h.setAttribute("value", Double.toString(mmPerPixel));
            IIOMetadataNode v = new IIOMetadataNode("VerticalPixelSize");
            v.setAttribute("value", Double.toString(mmPerPixel));
            IIOMetadataNode dim = new IIOMetadataNode("Dimension");
            dim.appendChild(h);
            dim.appendChild(v);
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
            root.appendChild(dim);
            meta.mergeTree("javax_imageio_1.0", root);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(img, null, meta), param);
            }
            writer.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
