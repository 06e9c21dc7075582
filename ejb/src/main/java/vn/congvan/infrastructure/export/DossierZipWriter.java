package vn.congvan.infrastructure.export;

import vn.congvan.application.dossier.DossierExport;
import vn.congvan.application.dossier.DossierView;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a dossier's ZIP straight to a stream (nothing is built in memory or on disk): one folder per
 * document with its files, and {@value #INDEX} at the root — the dossier's metadata, each document's
 * metadata, and for each file its path in the ZIP, its version, size and SHA-256. Entry names are UTF-8.
 */
public final class DossierZipWriter {

    public static final String INDEX = "index.json";
    public static final String FORMAT = "congvan-dossier-export/1";

    private DossierZipWriter() {
    }

    public static void write(DossierExport export, OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(INDEX));
        zip.write(index(export).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        for (DossierExport.Document d : export.documents()) {
            zip.putNextEntry(new ZipEntry(d.folder() + "/"));
            zip.closeEntry();
            for (DossierExport.File f : d.files()) {
                zip.putNextEntry(new ZipEntry(d.folder() + "/" + f.name()));
                Files.copy(f.path(), zip);
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }

    /** The index, as JSON. */
    public static String index(DossierExport export) {
        DossierView v = export.dossier();
        Json j = new Json();
        j.open('{');
        j.field("format", FORMAT).field("exportedAt", export.exportedAt().toString())
                .field("exportedBy", export.exportedBy());
        j.key("dossier").open('{');
        j.field("id", v.id()).field("code", v.code()).field("title", v.title()).field("year", v.year())
                .field("department", v.departmentName()).field("owner", v.ownerFullName())
                .field("ownerUsername", v.ownerUsername()).field("retention", v.retention())
                .field("retentionLabel", v.retentionLabel()).field("notes", v.notes()).field("closed", v.closed())
                .field("closedAt", v.closedAt() == null ? null : v.closedAt().toString())
                .field("createdAt", v.createdAt().toString()).field("documentCount", export.documents().size());
        j.close('}');
        j.key("documents").open('[');
        for (DossierExport.Document d : export.documents()) {
            DossierView.DocumentInDossier m = d.document();
            j.open('{');
            j.field("kind", m.kind()).field("id", m.id()).field("folder", d.folder())
                    .field("registerYear", m.registerYear()).field("number", m.number())
                    .field("numberAndNotation", m.numberAndNotation()).field("organName", m.organName())
                    .field("subject", m.subject()).field("issuedDate", str(m.issuedDate()))
                    .field("arrivalDate", str(m.arrivalDate())).field("secrecy", m.secrecy());
            j.key("files").open('[');
            for (DossierExport.File f : d.files()) {
                j.open('{');
                j.field("path", d.folder() + "/" + f.name()).field("fileName", f.name())
                        .field("attachmentId", f.attachmentId()).field("version", f.version())
                        .field("contentType", f.contentType()).field("size", f.size()).field("sha256", f.sha256());
                j.close('}');
            }
            j.close(']');
            j.close('}');
        }
        j.close(']');
        j.close('}');
        return j.toString();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** Just enough of a JSON writer for the index (strings escaped per RFC 8259). */
    private static final class Json {
        private final StringBuilder b = new StringBuilder();
        private boolean first = true;
        private boolean afterKey;

        Json open(char c) {
            if (!afterKey && !first) {
                b.append(',');
            }
            afterKey = false;
            b.append(c);
            first = true;
            return this;
        }

        Json close(char c) {
            b.append(c);
            first = false;
            return this;
        }

        Json key(String k) {
            if (!first) {
                b.append(',');
            }
            first = false;
            quote(k);
            b.append(':');
            afterKey = true; // the value that follows needs no comma
            return this;
        }

        Json field(String k, Object v) {
            key(k);
            if (v == null) {
                b.append("null");
            } else if (v instanceof Number || v instanceof Boolean) {
                b.append(v);
            } else {
                quote(v.toString());
            }
            afterKey = false;
            first = false;
            return this;
        }

        private void quote(String s) {
            b.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            b.append('"');
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }
}
