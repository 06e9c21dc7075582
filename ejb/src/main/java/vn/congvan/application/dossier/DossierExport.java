package vn.congvan.application.dossier;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What a dossier's ZIP holds: its metadata and, for each document the caller may see, the current
 * version of each file that is not deleted — each already checked against its SHA-256.
 */
public record DossierExport(DossierView dossier, Instant exportedAt, String exportedBy, List<Document> documents) {

    public record Document(DossierView.DocumentInDossier document, String folder, List<File> files) {
    }

    /** {@code name}: the file's name inside the document's folder. */
    public record File(long attachmentId, int version, String name, String contentType, long size, String sha256,
                       Path path) {
    }

    /** The ZIP's file name: the dossier's code and title (Vietnamese kept; the HTTP layer adds an ASCII fallback). */
    public String fileName() {
        String base = (dossier.code() + " " + dossier.title()).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (base.length() > 150) {
            base = base.substring(0, 150).strip();
        }
        return base + ".zip";
    }
}
