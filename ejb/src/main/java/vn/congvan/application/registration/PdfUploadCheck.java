package vn.congvan.application.registration;

import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.Problem;
import vn.congvan.signing.InvalidPdfException;
import vn.congvan.signing.PdfInfo;
import vn.congvan.signing.PdfInspector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Checks on an uploaded file shared by every registration (incoming, outgoing, new versions): it must be
 * what it claims, a readable, unencrypted PDF (read by iText); and the client's file name made safe.
 */
public final class PdfUploadCheck {

    public static final String PDF = "application/pdf";

    private PdfUploadCheck() {
    }

    /** @throws ApplicationProblemException 415 with a message naming the file */
    public static PdfInfo inspect(UploadedFile f) {
        String declared = f.declaredContentType() == null ? "" : f.declaredContentType().toLowerCase(Locale.ROOT);
        String name = f.fileName() == null ? "" : f.fileName().toLowerCase(Locale.ROOT);
        if (!declared.startsWith(PDF) && !name.endsWith(".pdf")) {
            throw new ApplicationProblemException(Problem.UNSUPPORTED_MEDIA_TYPE, "file.notPdfType", f.fileName());
        }
        try {
            return PdfInspector.inspect(f.staged().path());
        } catch (InvalidPdfException e) {
            String key = switch (e.reason()) {
                case EMPTY -> "file.empty";
                case ENCRYPTED -> "file.pdfEncrypted";
                case NOT_PDF, BROKEN -> "file.notPdf";
            };
            throw new ApplicationProblemException(Problem.UNSUPPORTED_MEDIA_TYPE, key, f.fileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last path segment of a client's file name, without control characters or quotes, at most 255 characters. */
    public static String safeFileName(String name) {
        if (name == null || name.isBlank()) {
            return "tep-dinh-kem.pdf";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_").strip();
        if (base.isEmpty()) {
            base = "tep-dinh-kem.pdf";
        }
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }
}
