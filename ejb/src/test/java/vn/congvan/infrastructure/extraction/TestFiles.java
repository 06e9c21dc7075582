package vn.congvan.infrastructure.extraction;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Real files for the extraction tests: made with iText, POI and Java 2D, with a Vietnamese font. */
public final class TestFiles {

    public static final Path SERIF = Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf");

    private TestFiles() {
    }

    /** A born-digital PDF: a text layer in Liberation Serif 2 (every Vietnamese letter). */
    public static Path textPdf(Path dir, String... paragraphs) throws IOException {
        Path p = dir.resolve("text.pdf");
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(p.toString())); Document doc = new Document(pdf)) {
            doc.setFont(PdfFontFactory.createFont(SERIF.toString(), PdfEncodings.IDENTITY_H));
            for (String s : paragraphs) {
                doc.add(new Paragraph(s).setFontSize(14));
            }
        }
        return p;
    }

    /** A scan: a PDF whose only content is an image of printed lines (no text layer). */
    public static Path scannedPdf(Path dir, String... lines) throws IOException {
        Path png = image(dir, lines);
        Path p = dir.resolve("scan.pdf");
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(p.toString())); Document doc = new Document(pdf)) {
            doc.add(new Image(ImageDataFactory.create(png.toString())).scaleToFit(520, 760));
        }
        return p;
    }

    /** An image of printed lines, 300 dpi-like: big black serif letters on white. */
    public static Path image(Path dir, String... lines) throws IOException {
        BufferedImage img = new BufferedImage(2000, 200 + 110 * lines.length, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        try {
            g.setFont(Font.createFont(Font.TRUETYPE_FONT, SERIF.toFile()).deriveFont(64f));
        } catch (java.awt.FontFormatException e) {
            throw new IOException(e);
        }
        int y = 150;
        for (String line : lines) {
            g.drawString(line, 100, y);
            y += 110;
        }
        g.dispose();
        Path p = dir.resolve("scan.png");
        ImageIO.write(img, "png", p.toFile());
        return p;
    }

    public static Path docx(Path dir, String... paragraphs) throws IOException {
        Path p = dir.resolve("text.docx");
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(p)) {
            for (String s : paragraphs) {
                d.createParagraph().createRun().setText(s);
            }
            d.write(out);
        }
        return p;
    }

    /** A zip whose one entry expands from about 200 KB to 200 MB of text. */
    public static Path zipBomb(Path dir) throws IOException {
        Path p = dir.resolve("bomb.zip");
        byte[] block = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            z.setLevel(9);
            z.putNextEntry(new ZipEntry("bomb.txt"));
            for (int i = 0; i < 200; i++) {
                z.write(block);
            }
            z.closeEntry();
        }
        return p;
    }

    /** An XML file that asks for /etc/passwd through an external entity. */
    public static Path xxeXml(Path dir) throws IOException {
        Path p = dir.resolve("xxe.xml");
        Files.writeString(p, "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<r><t>Trích yếu</t><t>&e;</t></r>\n");
        return p;
    }

    /** A DOCX (made by POI) whose document.xml is replaced by one with an external entity. */
    public static Path xxeDocx(Path dir) throws IOException {
        Path ok = docx(dir, "placeholder");
        Path p = dir.resolve("xxe.docx");
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<!DOCTYPE w:document [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>Công văn &e;</w:t></w:r></w:p></w:body></w:document>";
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(ok.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(p))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    out.write(body.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.getInputStream(e).transferTo(out);
                }
                out.closeEntry();
            }
        }
        return p;
    }

    public static Path brokenPdf(Path dir) throws IOException {
        Path p = dir.resolve("broken.pdf");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nstream\n".getBytes(StandardCharsets.US_ASCII));
        b.writeBytes(new byte[5000]);
        Files.write(p, b.toByteArray());
        return p;
    }
}
