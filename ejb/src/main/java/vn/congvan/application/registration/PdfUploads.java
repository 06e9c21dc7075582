package vn.congvan.application.registration;

import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.Problem;
import vn.congvan.signing.InvalidPdfException;
import vn.congvan.signing.PdfInfo;
import vn.congvan.signing.PdfInspector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Checks on an uploaded PDF shared by the registrations (incoming, outgoing): is it a readable PDF, a safe name. */
public final class PdfUploads {

    public static final String PDF = "application/pdf";

    private PdfUploads() {
    }

    /** The PDF's page and signature counts; 415 with a clear message when it is not a readable PDF. */
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

    /** The last path segment of a client's file name, without control characters or quotes. */
    public static String safeFileName(String name) {
        return IncomingRegistrationService.safeFileName(name);
    }
}
