package vn.congvan.infrastructure.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.application.dossier.DossierExport;
import vn.congvan.application.dossier.DossierView;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dossier ZIP: a folder per document with its files under their Vietnamese names, and the index. */
class DossierZipWriterTest {

    @Test
    void writesFoldersFilesAndAnEscapedIndex(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a"), "%PDF-a");
        Path b = Files.writeString(dir.resolve("b"), "%PDF-b");
        DossierView.DocumentInDossier d1 = new DossierView.DocumentInDossier("INCOMING", 5, 2026, 12, "12/BNV-VP",
                "Bộ Nội vụ", "Về việc \"thi đua\"\nnăm 2026", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), "NONE",
                Instant.EPOCH, "Nguyễn Thị Lan");
        DossierView.DocumentInDossier d2 = new DossierView.DocumentInDossier("INCOMING", 6, 2026, 13, "", "Sở Tài chính",
                "Báo cáo", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 3), "NONE", Instant.EPOCH, "Nguyễn Thị Lan");
        DossierView v = new DossierView(1, "HS-01", "Hồ sơ C:\\dự án/đường", 2026, 10, "Văn phòng", "vanthu",
                "Nguyễn Thị Lan", "PERMANENT", "Vĩnh viễn", null, false, null, null, Instant.EPOCH, 2, true, false,
                List.of(d1, d2));
        DossierExport export = new DossierExport(v, Instant.EPOCH, "vanthu", List.of(
                new DossierExport.Document(d1, "001_den-2026-12", List.of(
                        new DossierExport.File(7, 2, "Công văn số 12.pdf", "application/pdf", 6, "aa", a),
                        new DossierExport.File(8, 1, "Phụ lục.pdf", "application/pdf", 6, "bb", b))),
                new DossierExport.Document(d2, "002_den-2026-13", List.of())));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DossierZipWriter.write(export, out);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertEquals(List.of("index.json", "001_den-2026-12/", "001_den-2026-12/Công văn số 12.pdf",
                "001_den-2026-12/Phụ lục.pdf", "002_den-2026-13/"), List.copyOf(entries.keySet()));
        assertArrayEquals("%PDF-a".getBytes(), entries.get("001_den-2026-12/Công văn số 12.pdf"));

        String index = new String(entries.get("index.json"), StandardCharsets.UTF_8);
        assertEquals(DossierZipWriter.index(export), index);
        assertTrue(index.contains("\"subject\":\"Về việc \\\"thi đua\\\"\\nnăm 2026\""), index);
        assertTrue(index.contains("\"title\":\"Hồ sơ C:\\\\dự án/đường\""), index);
        assertTrue(index.contains("\"files\":[{\"path\":\"001_den-2026-12/Công văn số 12.pdf\""), index);
        assertTrue(index.contains("},{\"path\":\"001_den-2026-12/Phụ lục.pdf\""), "objects in an array are separated: " + index);
        assertTrue(index.contains("\"files\":[]}]}"), index);
        assertTrue(index.contains("\"notes\":null"), index);
        assertEquals("HS-01 Hồ sơ C__dự án_đường.zip", export.fileName());
    }
}
