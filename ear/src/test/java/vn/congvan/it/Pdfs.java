package vn.congvan.it;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small, valid PDFs written by hand (one page with a line of text), unique per call if asked. */
final class Pdfs {

    private Pdfs() {
    }

    static byte[] onePage(String text) {
        return onePage(text, 0);
    }

    /** A one-page PDF; {@code padding} bytes of a comment stream make it as large as a test needs. */
    static byte[] onePage(String text, int padding) {
        String safe = text.replaceAll("[^A-Za-z0-9 .,:/-]", "?");
        String content = "BT /F1 14 Tf 72 760 Td (" + safe + ") Tj ET\n" + "%".repeat(Math.max(0, padding)) + "\n";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.getBytes(StandardCharsets.ISO_8859_1).length + " >>\nstream\n" + content + "endstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        return document(objects.stream().map(Pdfs::bytes).toList());
    }

    /**
     * A one-page PDF of about {@code imageBytes} + 1 KB whose bulk is an image drawn on the page (pseudo-random grey
     * pixels, FlateDecode, so it stays that large), as in a letter with a scanned signature or a logo; the line of
     * text is the page's only text. A text extractor does not parse the image, where it would parse the comment
     * padding of {@link #onePage(String, int)} byte by byte as part of the page's content.
     */
    static byte[] onePageWithImage(String text, int imageBytes) {
        String safe = text.replaceAll("[^A-Za-z0-9 .,:/-]", "?");
        int width = 256;
        int height = Math.max(1, imageBytes / width);
        byte[] pixels = new byte[width * height];
        new java.util.Random(20261207L).nextBytes(pixels);
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.NO_COMPRESSION);
        deflater.setInput(pixels);
        deflater.finish();
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        while (!deflater.finished()) {
            z.write(chunk, 0, deflater.deflate(chunk));
        }
        deflater.end();
        byte[] image = z.toByteArray();
        String content = "BT /F1 14 Tf 72 760 Td (" + safe + ") Tj ET\nq 200 0 0 100 72 600 cm /Im1 Do Q\n";
        ByteArrayOutputStream imageObject = new ByteArrayOutputStream();
        write(imageObject, "<< /Type /XObject /Subtype /Image /Width " + width + " /Height " + height
                + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length " + image.length
                + " >>\nstream\n");
        imageObject.writeBytes(image);
        write(imageObject, "\nendstream");
        return document(List.of(
                bytes("<< /Type /Catalog /Pages 2 0 R >>"),
                bytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                bytes("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>"),
                bytes("<< /Length " + content.length() + " >>\nstream\n" + content + "endstream"),
                bytes("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
                imageObject.toByteArray()));
    }

    /** The objects (numbered from 1, the first the catalogue), their cross-reference table and the trailer. */
    private static byte[] document(List<byte[]> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n");
            out.writeBytes(objects.get(i));
            write(out, "\nendobj\n");
        }
        int xref = out.size();
        write(out, "xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int o : offsets) {
            write(out, String.format("%010d 00000 n \n", o));
        }
        write(out, "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
