package vn.congvan.signing;

import com.itextpdf.kernel.exceptions.BadPasswordException;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.ReaderProperties;
import com.itextpdf.signatures.SignatureUtil;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a PDF fully enough to know it is one: the header, the cross-reference table and every
 * page's dictionary. A file that only starts with {@code %PDF-} but is not a PDF is refused.
 */
public final class PdfInspector {

    private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};
    /** ISO 32000 allows the header anywhere in the first 1024 bytes. */
    private static final int HEADER_WINDOW = 1024;

    private PdfInspector() {
    }

    public static PdfInfo inspect(Path file) throws InvalidPdfException, IOException {
        if (Files.size(file) == 0) {
            throw new InvalidPdfException(InvalidPdfException.Reason.EMPTY, "The file is empty", null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            checkHeader(in.readNBytes(HEADER_WINDOW));
        }
        return read(() -> new PdfReader(file.toFile(), new ReaderProperties()));
    }

    /** The same checks on bytes in memory. */
    public static PdfInfo inspect(byte[] pdf) throws InvalidPdfException {
        if (pdf.length == 0) {
            throw new InvalidPdfException(InvalidPdfException.Reason.EMPTY, "The file is empty", null);
        }
        checkHeader(java.util.Arrays.copyOf(pdf, Math.min(pdf.length, HEADER_WINDOW)));
        try {
            return read(() -> reader(pdf));
        } catch (IOException e) {
            throw new InvalidPdfException(InvalidPdfException.Reason.BROKEN, "The PDF cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * A reader straight over the bytes: no copy of the array (a PdfReader on an InputStream copies it into a
     * growing buffer, which costs more than hashing a 1 MB document).
     */
    public static PdfReader reader(byte[] pdf) throws IOException {
        return new PdfReader(new com.itextpdf.io.source.RandomAccessSourceFactory().createSource(pdf),
                new ReaderProperties());
    }

    private interface ReaderSource {
        PdfReader open() throws IOException;
    }

    private static void checkHeader(byte[] head) throws InvalidPdfException {
        if (indexOf(head, MAGIC) < 0) {
            throw new InvalidPdfException(InvalidPdfException.Reason.NOT_PDF, "The file has no PDF header", null);
        }
    }

    private static PdfInfo read(ReaderSource source) throws InvalidPdfException, IOException {
        try (PdfReader reader = source.open();
             PdfDocument pdf = new PdfDocument(reader)) {
            if (reader.isEncrypted()) {
                throw new InvalidPdfException(InvalidPdfException.Reason.ENCRYPTED, "The PDF is encrypted", null);
            }
            int pages = pdf.getNumberOfPages();
            if (pages < 1) {
                throw new InvalidPdfException(InvalidPdfException.Reason.BROKEN, "The PDF has no pages", null);
            }
            for (int i = 1; i <= pages; i++) {
                pdf.getPage(i).getPageSize();
            }
            int signatures = new SignatureUtil(pdf).getSignatureNames().size();
            return new PdfInfo(pages, signatures, pdf.getPdfVersion().toString().replace("PDF-", ""));
        } catch (BadPasswordException e) {
            throw new InvalidPdfException(InvalidPdfException.Reason.ENCRYPTED, "The PDF is password protected", e);
        } catch (InvalidPdfException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidPdfException(InvalidPdfException.Reason.BROKEN,
                    "The PDF cannot be read: " + e.getMessage(), e);
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
