package vn.congvan.infrastructure.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extractor on real files, with Tika in a child JVM and Tesseract for scans, as the server runs it
 * (the child's class path is this test's).
 */
class TextExtractorTest {

    @TempDir
    static Path dir;

    private static TextExtractor extractor;

    @BeforeAll
    static void setUp() {
        extractor = new TextExtractor(System.getProperty("java.class.path"), TextExtractor.Limits.defaults(),
                dir.resolve("work"));
    }

    @org.junit.jupiter.api.AfterAll
    static void tearDown() {
        extractor.close();
    }

    @Test
    void oneChildServesFileAfterFileAndOutlivesAHostileOne() throws Exception {
        extractor.extract(TestFiles.docx(dir, "Thông báo kết luận giao ban"), "tb.docx");
        long pid = extractor.childPid();
        assertTrue(pid > 0);
        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            Path pdf = TestFiles.textPdf(dir, "Giấy mời họp số " + i);
            assertTrue(extractor.extract(pdf, "gm.pdf").text().contains("Giấy mời họp số " + i));
        }
        long perFile = (System.nanoTime() - start) / 10_000_000;
        assertEquals(pid, extractor.childPid(), "the same child JVM");
        assertEquals(ExtractionException.Reason.HOSTILE, assertThrows(ExtractionException.class,
                () -> extractor.extract(TestFiles.zipBomb(dir), "bomb.zip")).reason());
        assertTrue(extractor.extract(TestFiles.docx(dir, "Sau tệp độc hại"), "x.docx").text().contains("Sau tệp độc hại"));
        assertEquals(pid, extractor.childPid(), "a refused file does not cost the child");
        System.out.println("Extraction with a warm child: " + perFile + " ms per PDF");
    }

    /** A child that says its heap is filling up (here: told to say so after every file) is replaced before the next file. */
    @Test
    void aChildThatRetiresIsReplacedAndTheNextFileStillRead() throws Exception {
        System.setProperty(ExtractorMain.RETIRE_SHARE_PROPERTY, "-1");
        try (TextExtractor retiring = new TextExtractor(System.getProperty("java.class.path"),
                TextExtractor.Limits.defaults(), dir.resolve("work-retiring"))) {
            assertTrue(retiring.extract(TestFiles.textPdf(dir, "Công văn thứ nhất"), "1.pdf").text()
                    .contains("Công văn thứ nhất"));
            long first = retiring.childPid();
            assertTrue(first > 0);
            assertTrue(retiring.extract(TestFiles.textPdf(dir, "Công văn thứ hai"), "2.pdf").text()
                    .contains("Công văn thứ hai"));
            assertTrue(retiring.childPid() > 0);
            assertTrue(first != retiring.childPid(), "a new child for the second file");
        } finally {
            System.clearProperty(ExtractorMain.RETIRE_SHARE_PROPERTY);
        }
    }

    @Test
    void vietnamesePdfTextLayer() throws Exception {
        Path pdf = TestFiles.textPdf(dir, "QUYẾT ĐỊNH Về việc phê duyệt kế hoạch thủy lợi năm 2026",
                "Ủy ban nhân dân tỉnh Hòa Bình");
        String before = sha256(pdf);
        Extraction e = extractor.extract(pdf, "qd.pdf");
        assertEquals("TIKA", e.method());
        assertEquals("application/pdf", e.mimeType());
        assertTrue(e.text().contains("QUYẾT ĐỊNH Về việc phê duyệt kế hoạch thủy lợi năm 2026"), e.text());
        assertTrue(e.text().contains("Ủy ban nhân dân tỉnh Hòa Bình"), e.text());
        assertEquals(before, sha256(pdf), "the file is only read");
    }

    @Test
    void aShortPdfWithoutImagesIsNotSentToOcr() throws Exception {
        Extraction e = extractor.extract(TestFiles.textPdf(dir, "Số 12"), "short.pdf");
        assertEquals("TIKA", e.method());
        assertEquals("Số 12", e.text());
    }

    @Test
    void docx() throws Exception {
        Extraction e = extractor.extract(TestFiles.docx(dir, "Công văn số 45/UBND-VP", "Về việc tổ chức hội nghị"),
                "cv.docx");
        assertEquals("TIKA", e.method());
        assertTrue(e.text().contains("Công văn số 45/UBND-VP"), e.text());
        assertTrue(e.text().contains("Về việc tổ chức hội nghị"), e.text());
    }

    @Test
    void scannedPdfIsReadByTesseract() throws Exception {
        Extraction e = extractor.extract(TestFiles.scannedPdf(dir, "KẾ HOẠCH TUYÊN TRUYỀN", "Sở Nội vụ tỉnh"),
                "scan.pdf");
        assertEquals("OCR", e.method());
        String folded = vn.congvan.infrastructure.search.VietnameseText.fold(e.text());
        assertTrue(folded.contains("ke hoach tuyen truyen"), e.text());
        assertTrue(folded.contains("so noi vu"), e.text());
    }

    @Test
    void zipBombIsRefused() throws Exception {
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> extractor.extract(TestFiles.zipBomb(dir), "bomb.zip"));
        assertEquals(ExtractionException.Reason.HOSTILE, e.reason(), e.getMessage());
        assertFalse(e.retryable());
    }

    @Test
    void externalEntitiesAreNotResolved() throws Exception {
        for (Path hostile : new Path[]{TestFiles.xxeXml(dir), TestFiles.xxeDocx(dir)}) {
            try {
                Extraction e = extractor.extract(hostile, hostile.getFileName().toString());
                assertFalse(e.text().contains("root:"), "leaked /etc/passwd: " + e.text());
            } catch (ExtractionException refused) {
                assertFalse(refused.getMessage().contains("root:x:"), refused.getMessage());
            }
        }
    }

    @Test
    void brokenPdfFailsCleanly() throws Exception {
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> extractor.extract(TestFiles.brokenPdf(dir), "broken.pdf"));
        assertEquals(ExtractionException.Reason.FAILED, e.reason(), e.getMessage());
    }

    @Test
    void limits() throws Exception {
        Path pdf = TestFiles.textPdf(dir, "Báo cáo tổng kết công tác văn thư lưu trữ năm 2026");
        TextExtractor tooSlow = new TextExtractor(System.getProperty("java.class.path"),
                new TextExtractor.Limits(1 << 20, 1000, Duration.ofMillis(300), 256, 2, Duration.ofSeconds(30), 150),
                dir.resolve("slow"));
        long start = System.nanoTime();
        assertEquals(ExtractionException.Reason.TIMEOUT, assertThrows(ExtractionException.class,
                () -> tooSlow.extract(pdf, "a.pdf")).reason());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "killed, not waited for");
        assertEquals(-1, tooSlow.childPid(), "the overrunning child is gone");
        tooSlow.close();

        TextExtractor small = new TextExtractor(System.getProperty("java.class.path"),
                new TextExtractor.Limits(100, 1000, Duration.ofSeconds(60), 256, 2, Duration.ofSeconds(30), 150),
                dir.resolve("small"));
        assertEquals(ExtractionException.Reason.TOO_LARGE, assertThrows(ExtractionException.class,
                () -> small.extract(pdf, "a.pdf")).reason());

        TextExtractor few = new TextExtractor(System.getProperty("java.class.path"),
                new TextExtractor.Limits(1 << 20, 20, Duration.ofSeconds(60), 256, 2, Duration.ofSeconds(30), 150),
                dir.resolve("few"));
        Extraction cut = few.extract(pdf, "a.pdf");
        few.close();
        assertTrue(cut.truncated());
        assertTrue(cut.text().length() <= 20, cut.text());
    }

    private static String sha256(Path p) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
