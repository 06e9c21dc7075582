package vn.congvan.infrastructure.extraction;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The child process of {@link TextExtractor}: parses files with Apache Tika and writes their text.
 * It runs in its own JVM (small heap, exits on running out of memory, killed when it overruns its
 * time) so that a hostile file — a zip bomb, an endless PDF, an XML with external entities — can only
 * take this process down.
 *
 * <p>Run with {@code --serve}, it reads requests from stdin, one a line: {@code <input>\t<output>\t<max
 * characters>}; for each it writes the text (UTF-8) to the output file and one status line to
 * {@code <output>.status} — {@code OK <mime> <truncated>}, {@code HOSTILE <reason>} or
 * {@code FAILED <reason>} — and then prints {@link #DONE} on stdout. The JVM stays up for the next file,
 * so only the first file pays for its start. Tika's own OCR is off: {@link TextExtractor} runs Tesseract.
 */
public final class ExtractorMain {

    static final String DONE = "@@congvan-extracted@@";
    /**
     * Printed before {@link #DONE} when the heap that survived the last full collection holds more than
     * {@link #RETIRE_SHARE} of the maximum: what the parsers keep (a leak) would soon cost an
     * OutOfMemoryError, so the parent replaces this child before the next file.
     */
    static final String RETIRE = "@@congvan-retire@@";
    /** The share of the heap above which the child retires; set by the parent when the server has it (tests: -1, always). */
    static final String RETIRE_SHARE_PROPERTY = "congvan.extractor.retire-share";
    static final double RETIRE_SHARE = Double.parseDouble(System.getProperty(RETIRE_SHARE_PROPERTY, "0.5"));

    private ExtractorMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        // libraries that print go to stderr: stdout carries only the markers
        System.setOut(new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8));
        AutoDetectParser parser = parser();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            String[] request = line.split("\t");
            Path outFile = Path.of(request[1]);
            String status = parse(parser, Path.of(request[0]), outFile, Integer.parseInt(request[2]));
            Files.writeString(Path.of(request[1] + ".status"), status, StandardCharsets.UTF_8);
            if (retainedAfterCollection() > RETIRE_SHARE * Runtime.getRuntime().maxMemory()) {
                out.println(RETIRE);
            }
            out.println(DONE);
        }
    }

    /**
     * Bytes of the heap still in use after the last collection of each pool (0 for a pool not collected yet):
     * the young pools are nearly empty after theirs, so this is about what the old generation keeps.
     */
    static long retainedAfterCollection() {
        long used = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            java.lang.management.MemoryUsage after = pool.getType() == java.lang.management.MemoryType.HEAP
                    ? pool.getCollectionUsage() : null;
            if (after != null) {
                used += after.getUsed();
            }
        }
        return used;
    }

    static AutoDetectParser parser() throws Exception {
        AutoDetectParserConfig limits = new AutoDetectParserConfig();
        limits.setMaximumCompressionRatio(100);  // a zip bomb expands far more
        limits.setMaximumDepth(100);              // XML nesting
        limits.setMaximumPackageEntryDepth(10);   // archives in archives
        limits.setOutputThreshold(1_000_000);
        AutoDetectParser parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
        parser.setAutoDetectParserConfig(limits);
        return parser;
    }

    static String parse(AutoDetectParser parser, Path in, Path outFile, int maxChars) {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);        // embedded documents (e-mail attachments, zipped files) too
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);

        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, in.getFileName().toString());
        boolean truncated = false;
        try (InputStream is = Files.newInputStream(in);
             Writer w = new OutputStreamWriter(Files.newOutputStream(outFile, StandardOpenOption.CREATE,
                     StandardOpenOption.TRUNCATE_EXISTING), StandardCharsets.UTF_8)) {
            WriteOutContentHandler limited = new WriteOutContentHandler(w, maxChars);
            try {
                parser.parse(is, new BodyContentHandler(limited), metadata, context);
            } catch (Exception e) {
                if (WriteLimitReachedException.isWriteLimitReached(e)) {
                    truncated = true;
                } else if (isHostile(e)) {
                    return "HOSTILE " + oneLine(e);
                } else {
                    return "FAILED " + oneLine(e);
                }
            }
        } catch (Exception e) {
            return "FAILED " + oneLine(e);
        }
        String mime = metadata.get(Metadata.CONTENT_TYPE);
        return "OK " + (mime == null ? "application/octet-stream" : mime.split(";")[0].trim()) + " " + truncated;
    }

    private static String oneLine(Throwable e) {
        String s = String.valueOf(e).replaceAll("\\s+", " ");
        return s.length() > 500 ? s.substring(0, 500) : s;
    }

    private static boolean isHostile(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (name.contains("ZipBomb") || m.contains("zip bomb") || m.contains("suspected")
                    || m.contains("entity") && m.contains("not allowed") || m.contains("doctype")) {
                return true;
            }
        }
        return false;
    }
}
