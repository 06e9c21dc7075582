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

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The child process of {@link TextExtractor}: parses one file with Apache Tika and writes its text.
 * It runs in its own JVM (small heap, killed when it overruns its time) so that a hostile file — a zip
 * bomb, an endless PDF, an XML with external entities — can only take this process down.
 *
 * <p>Arguments: input file, output file (UTF-8 text), maximum characters. Writes one line to
 * {@code <output>.status}: {@code OK <mime> <truncated>} and exits 0, or exits {@link #EXIT_HOSTILE} / {@link #EXIT_FAILED}
 * with the reason on stderr. Tika's own OCR is off here; {@link TextExtractor} runs Tesseract itself.
 */
public final class ExtractorMain {

    static final int EXIT_FAILED = 3;
    static final int EXIT_HOSTILE = 4;

    private ExtractorMain() {
    }

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path outFile = Path.of(args[1]);
        int maxChars = Integer.parseInt(args[2]);

        AutoDetectParserConfig limits = new AutoDetectParserConfig();
        limits.setMaximumCompressionRatio(100);  // a zip bomb expands far more
        limits.setMaximumDepth(100);              // XML nesting
        limits.setMaximumPackageEntryDepth(10);   // archives in archives
        limits.setOutputThreshold(1_000_000);
        AutoDetectParser parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
        parser.setAutoDetectParserConfig(limits);

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
                    System.err.println("hostile: " + e);
                    System.exit(EXIT_HOSTILE);
                } else {
                    System.err.println("failed: " + e);
                    System.exit(EXIT_FAILED);
                }
            }
        }
        String mime = metadata.get(Metadata.CONTENT_TYPE);
        // the status goes to a file of its own: libraries may print to stdout
        Files.writeString(Path.of(args[1] + ".status"),
                "OK " + (mime == null ? "application/octet-stream" : mime.split(";")[0].trim()) + " " + truncated);
        System.exit(0);
    }

    private static boolean isHostile(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (name.contains("ZipBomb") || m.contains("zip bomb") || m.contains("suspected")
                    || m.contains("entity") && m.contains("not allowed") || m.contains("doctype")) {
                return true;
            }
        }
        return false;
    }
}
