package vn.congvan.infrastructure.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Extracts the text of a file without putting the server at risk. Apache Tika runs in a child JVM
 * ({@link ExtractorMain}), kept for the next files, with a small heap and a time limit per file, and
 * is killed when it overruns (a new one starts for the next file); a file
 * larger than the size limit is not opened at all; the text is cut at a character limit. A PDF with
 * no text layer (a scan) or an image is read by Tesseract (languages vie+eng, one thread): the PDF's
 * pages are rendered by {@code pdftoppm}, each command again a child process with a time limit.
 * The file itself is only read, never written: a signed PDF stays as it was.
 */
public class TextExtractor implements AutoCloseable {

    /**
     * A child JVM is recycled after this many files, or earlier when it says that what survives its collections
     * fills half its heap ({@link ExtractorMain#RETIRE}): whatever a parser may leak goes with it. Not after a few
     * hundred files regardless: starting a child costs about a second of CPU, ≈ 2 ms per file at 500 files per
     * child, next to 3.5–16 ms of CPU to read a 200 KB PDF (docs/bench/registration.md).
     */
    static final int FILES_PER_CHILD = 10_000;

    private static final Logger LOG = Logger.getLogger(TextExtractor.class.getName());

    /** The limits; {@link #defaults()} are what the server uses unless configured. */
    public record Limits(long maxBytes, int maxChars, Duration timeout, int childHeapMb, int ocrMaxPages,
                         Duration ocrPageTimeout, int ocrDpi) {
        public static Limits defaults() {
            return new Limits(100L * 1024 * 1024, 2_000_000, Duration.ofSeconds(60), 256, 20,
                    Duration.ofSeconds(60), 200);
        }
    }

    private final String classpath;
    private final Limits limits;
    private final Path workDir;
    private Process child;
    private java.io.Writer childIn;
    private Path childErr;
    private BlockingQueue<String> childOut;
    private int childFiles;
    /** The child asked to be replaced ({@link ExtractorMain#RETIRE}). */
    private boolean childRetires;

    /** Put in {@link #childOut} when the child's output ends (identity-compared). */
    private static final String END_OF_OUTPUT = new String("end of output");

    /**
     * @param classpath the child's class path: Tika and this class ({@code congvan-extractor/*} in the server)
     * @param workDir   where temporary output and page images go
     */
    public TextExtractor(String classpath, Limits limits, Path workDir) {
        this.classpath = classpath;
        this.limits = limits;
        this.workDir = workDir;
    }

    public synchronized Extraction extract(Path file, String fileName) throws ExtractionException, IOException {
        long size = Files.size(file);
        if (size > limits.maxBytes()) {
            throw new ExtractionException(ExtractionException.Reason.TOO_LARGE,
                    "File of " + size + " bytes exceeds the extraction limit of " + limits.maxBytes());
        }
        Files.createDirectories(workDir);
        Path tmp = Files.createTempDirectory(workDir, "x");
        try {
            Path out = tmp.resolve("text.txt");
            String[] status = tika(file.toAbsolutePath(), out, fileName).split(" ", 3);
            switch (status[0]) {
                case "OK" -> { }
                case "HOSTILE" -> throw new ExtractionException(ExtractionException.Reason.HOSTILE,
                        "Refused " + fileName + ": " + (status.length > 1 ? status[1] : "") + (status.length > 2 ? " " + status[2] : ""));
                default -> throw new ExtractionException(ExtractionException.Reason.FAILED,
                        "Text extraction of " + fileName + " failed: " + String.join(" ", status));
            }
            String mime = status[1];
            boolean truncated = Boolean.parseBoolean(status[2]);
            String text = Files.readString(out, StandardCharsets.UTF_8).strip();
            if (needsOcr(mime, text)) {
                String ocr = ocr(file, mime, tmp);
                if (!ocr.isBlank()) {
                    boolean cut = ocr.length() > limits.maxChars();
                    return new Extraction(cut ? ocr.substring(0, limits.maxChars()) : ocr, "OCR", mime, cut);
                }
            }
            return new Extraction(text, text.isEmpty() ? "NONE" : "TIKA", mime, truncated);
        } finally {
            deleteTree(tmp);
        }
    }

    /** The child JVM's process id, -1 when none runs (tests). */
    synchronized long childPid() {
        return child != null && child.isAlive() ? child.pid() : -1;
    }

    /** Stops the child JVM (the server's shutdown; tests). */
    @Override
    public synchronized void close() {
        stopChild();
    }

    /**
     * One file through the child JVM ({@link ExtractorMain} {@code --serve}), started on first use and
     * kept for the next files; killed on a time-out, restarted after it died or after
     * {@link #FILES_PER_CHILD} files. Answers the status line.
     */
    private String tika(Path file, Path out, String fileName) throws IOException, ExtractionException {
        if (child == null || !child.isAlive() || childFiles >= FILES_PER_CHILD || childRetires) {
            stopChild();
            startChild();
        }
        childFiles++;
        Path statusFile = Path.of(out + ".status");
        childIn.write(file + "\t" + out + "\t" + limits.maxChars() + "\n");
        childIn.flush();
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        while (true) {
            String line;
            try {
                // blocks until the child answers, dies (end of its output) or the time is up: no polling
                line = childOut.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                stopChild();
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted", e);
            }
            if (line != null && line.equals(ExtractorMain.RETIRE)) {
                childRetires = true; // replaced before the next file
                continue;
            }
            if (line != null && line.equals(ExtractorMain.DONE)) {
                return Files.exists(statusFile) ? Files.readString(statusFile, StandardCharsets.UTF_8).strip()
                        : "FAILED no status";
            }
            if (line == END_OF_OUTPUT || line == null && !child.isAlive()) {
                try {
                    child.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                int exit = child.isAlive() ? -1 : child.exitValue();
                String err = tail(Files.readString(childErr, StandardCharsets.UTF_8));
                stopChild();
                boolean memory = err.contains("OutOfMemoryError") || exit == 3;
                throw new ExtractionException(memory ? ExtractionException.Reason.HOSTILE : ExtractionException.Reason.FAILED,
                        "Text extraction of " + fileName + (memory ? " needs more memory than " + limits.childHeapMb()
                                + " MB" : " failed: exit " + exit + ": " + err));
            }
            if (line == null && System.nanoTime() - deadline >= 0) {
                stopChild();
                LOG.warning(() -> "Killed the text extractor after " + limits.timeout().toMillis() + " ms on " + fileName);
                throw new ExtractionException(ExtractionException.Reason.TIMEOUT,
                        "Text extraction of " + fileName + " took longer than " + limits.timeout().toSeconds() + " s");
            }
            // any other line: not a marker (the child prints only markers), read on
        }
    }

    private void startChild() throws IOException {
        Files.createDirectories(workDir);
        childErr = workDir.resolve("extractor-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>(lowestPriority());
        command.addAll(List.of(javaBinary(), "-Xmx" + limits.childHeapMb() + "m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:+ExitOnOutOfMemoryError", "-Xss1m",
                "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + workDir));
        String retireShare = System.getProperty(ExtractorMain.RETIRE_SHARE_PROPERTY);
        if (retireShare != null) {
            command.add("-D" + ExtractorMain.RETIRE_SHARE_PROPERTY + "=" + Double.parseDouble(retireShare));
        }
        command.addAll(List.of("-cp", classpath, ExtractorMain.class.getName(), "--serve"));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(workDir.toFile()).redirectError(childErr.toFile());
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        child = pb.start();
        childIn = new java.io.OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
        childFiles = 0;
        childRetires = false;
        // the child's stdout, line by line, read by a thread of its own (it ends with the child)
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        java.io.BufferedReader reader = new java.io.BufferedReader(
                new java.io.InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        Thread t = new Thread(() -> {
            try {
                for (String line; (line = reader.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the child was killed
            } finally {
                lines.add(END_OF_OUTPUT);
            }
        }, "congvan-extractor-out-" + child.pid());
        t.setDaemon(true);
        t.start();
        childOut = lines;
    }

    private void stopChild() {
        if (child != null) {
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly();
            try {
                child.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            child = null;
            childOut = null;
        }
        if (childErr != null) {
            try {
                Files.deleteIfExists(childErr);
            } catch (IOException ignored) {
                // a log file left in the work directory
            }
            childErr = null;
        }
    }

    /** A scan: a PDF or an image with (almost) no text layer. */
    static boolean needsOcr(String mime, String text) {
        boolean scannable = mime.equals("application/pdf") || mime.startsWith("image/");
        return scannable && text.codePoints().filter(Character::isLetterOrDigit).count() < 20;
    }

    private String ocr(Path file, String mime, Path tmp) throws ExtractionException, IOException {
        List<Path> images = new ArrayList<>();
        if (mime.equals("application/pdf")) {
            // a PDF with little text and no image is just short: nothing to read
            Run list = run(List.of("pdfimages", "-list", "-l", Integer.toString(limits.ocrMaxPages()),
                    file.toAbsolutePath().toString()), limits.ocrPageTimeout(), tmp);
            if (list.timedOut || list.exit != 0 || list.out.lines().count() <= 2) {
                return "";
            }
            Run r = run(List.of("pdftoppm", "-r", Integer.toString(limits.ocrDpi()), "-gray", "-png",
                    "-l", Integer.toString(limits.ocrMaxPages()), file.toAbsolutePath().toString(),
                    tmp.resolve("page").toString()), limits.ocrPageTimeout(), tmp);
            if (r.timedOut) {
                throw new ExtractionException(ExtractionException.Reason.TIMEOUT, "Rendering the PDF's pages timed out");
            }
            try (Stream<Path> s = Files.list(tmp)) {
                s.filter(p -> p.getFileName().toString().startsWith("page") && p.toString().endsWith(".png"))
                        .sorted(Comparator.comparing(Path::toString)).forEach(images::add);
            }
        } else {
            images.add(file.toAbsolutePath());
        }
        StringBuilder text = new StringBuilder();
        for (Path image : images) {
            Run r = run(List.of("tesseract", image.toString(), "stdout", "-l", "vie+eng", "--psm", "3"),
                    limits.ocrPageTimeout(), tmp);
            if (r.timedOut) {
                throw new ExtractionException(ExtractionException.Reason.TIMEOUT, "OCR of a page timed out");
            }
            if (r.exit != 0) {
                throw new ExtractionException(ExtractionException.Reason.FAILED, "tesseract failed: " + r.err);
            }
            text.append(r.out.strip()).append("\n\n");
            if (text.length() > limits.maxChars()) {
                break;
            }
        }
        return text.toString().strip();
    }

    private record Run(int exit, boolean timedOut, String out, String err) {
    }

    private static Run run(List<String> command, Duration timeout, Path dir) throws IOException {
        Path stdout = dir.resolve("stdout-" + System.nanoTime());
        Path stderr = dir.resolve("stderr-" + System.nanoTime());
        List<String> niced = new ArrayList<>(lowestPriority());
        niced.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(niced).directory(dir.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process p = pb.start();
        try {
            boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                LOG.warning(() -> "Killed " + command.get(0) + " after " + timeout.toSeconds() + " s");
                return new Run(-1, true, "", "");
            }
            return new Run(p.exitValue(), false, Files.readString(stdout, StandardCharsets.UTF_8),
                    tail(Files.readString(stderr, StandardCharsets.UTF_8)));
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }

    private static String tail(String s) {
        String t = s.strip();
        return t.length() > 600 ? t.substring(t.length() - 600) : t;
    }

    /**
     * The children run at the lowest CPU priority ({@code nice -n 19}) where {@code nice} exists: extraction
     * catches up from its durable queue when the server is idle, and must not take the CPU the requests need
     * (registration under load, docs/bench/registration.md). The time limits stay wall-clock limits; a file that
     * overran under load is tried again later ({@link ExtractionException#retryable()}).
     */
    static List<String> lowestPriority() {
        return NICE != null ? List.of(NICE, "-n", "19") : List.of();
    }

    private static final String NICE = java.util.stream.Stream.of("/usr/bin/nice", "/bin/nice")
            .filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.fine(() -> "Could not clean " + dir + ": " + e);
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
