package vn.congvan.infrastructure.search.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Synthetic official documents for search tests and benchmarks: ND30 types and notations, issuing
 * agencies, signers, dates, and Vietnamese text drawn from real news text ({@code /work/shared/seeds})
 * and from the syllables of a Vietnamese word list (Debian's {@code hunspell-vi},
 * {@code /usr/share/hunspell/vi_VN.dic}: the place names a subject and a body carry — "xã Tân Khé" — so the
 * vocabulary is as wide as real correspondence, not the few thousand syllables of the seed articles),
 * with the variations real input has — NFD instead of NFC, the old tone placement (hòa, thủy) — so that
 * normalisation is exercised. Deterministic for a given seed.
 *
 * <p>Writes {@code records.jsonl} (one document a line: the fields the search index holds and the body
 * text) and, for the first {@code files} documents, a PDF (iText, Liberation Serif 2) and a DOCX (POI)
 * of the body under {@code files/}.
 *
 * <pre>java … CorpusGenerator &lt;seeds dir&gt; &lt;out dir&gt; &lt;documents&gt; [files] [seed]</pre>
 * (the benchmark that loads them is for a later session: docs/bench/search.md)
 */
public final class CorpusGenerator {

    static final String[][] TYPES = {
            {"QD", "QĐ", "Quyết định"}, {"KH", "KH", "Kế hoạch"}, {"TB", "TB", "Thông báo"},
            {"BC", "BC", "Báo cáo"}, {"HD", "HD", "Hướng dẫn"}, {"TTR", "TTr", "Tờ trình"},
            {"CT", "CT", "Chỉ thị"}, {"GM", "GM", "Giấy mời"}, {"CV", null, "Công văn"}, {"HDD", "HĐ", "Hợp đồng"}};
    static final String[][] ORGANS = {
            {"UBND", "Ủy ban nhân dân tỉnh Hòa Bình"}, {"UBND", "Ủy ban nhân dân huyện Đak Pơ"},
            {"SNV", "Sở Nội vụ tỉnh Gia Lai"}, {"STC", "Sở Tài chính tỉnh Bắc Kạn"},
            {"STTTT", "Sở Thông tin và Truyền thông tỉnh Thủy Nguyên"}, {"BNV", "Bộ Nội vụ"},
            {"VPCP", "Văn phòng Chính phủ"}, {"SNNMT", "Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa"}};
    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ"};
    static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc"};
    static final String[] GIVEN = {"An", "Bình", "Hòa", "Thủy", "Khoa", "Lan", "Hùng", "Thúy", "Dũng", "Hạnh", "Tuấn"};

    /** Where Debian's {@code hunspell-vi} puts its word list (one syllable a line after the count). */
    public static final Path WORD_LIST = Path.of(System.getProperty("congvan.corpus.words", "/usr/share/hunspell/vi_VN.dic"));

    private final List<String> sentences;
    private final List<String> words;
    private final Random random;

    public CorpusGenerator(List<String> sentences, long seed) {
        this(sentences, List.of(), seed);
    }

    public CorpusGenerator(List<String> sentences, List<String> words, long seed) {
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("No sentences in the seeds");
        }
        this.sentences = sentences;
        this.words = words;
        this.random = new Random(seed);
    }

    /**
     * The lower-case Vietnamese syllables of a hunspell word list (NFC, affix flags dropped; abbreviations
     * such as "HCM" left out), or none when the file is not there.
     */
    public static List<String> words(Path dic) throws IOException {
        if (!Files.isRegularFile(dic)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(dic, StandardCharsets.UTF_8);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            int slash = line.indexOf('/');
            String w = Normalizer.normalize((slash >= 0 ? line.substring(0, slash) : line).strip(), Normalizer.Form.NFC);
            if (w.length() >= 2 && w.codePoints().allMatch(Character::isLowerCase)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The sentences of the seed texts (NFC), long enough to read as text. */
    public static List<String> sentences(Path seedsDir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(seedsDir)) {
            for (Path f : files.sorted().toList()) {
                for (String s : Normalizer.normalize(Files.readString(f, StandardCharsets.UTF_8), Normalizer.Form.NFC)
                        .split("(?<=[.!?…])\\s+|\\n+")) {
                    String t = s.strip();
                    if (t.length() >= 40 && t.length() <= 400 && Character.isLetter(t.codePointAt(0))) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    /** One synthetic document; {@code n} makes its number. */
    public Map<String, Object> next(int n) {
        String[] type = TYPES[random.nextInt(TYPES.length)];
        String[] organ = ORGANS[random.nextInt(ORGANS.length)];
        int year = 2024 + random.nextInt(3);
        LocalDate issued = LocalDate.of(year, 1, 1).plusDays(random.nextInt(360));
        String number = Integer.toString(1 + n % 9999);
        String notation = type[1] == null ? organ[0] + "-VP" : type[1] + "-" + organ[0];
        String sentence = sentences.get(random.nextInt(sentences.size()));
        String subject = type[2] + " về việc " + lowerFirst(cut(sentence, 180));
        String commune = null;
        if (!words.isEmpty()) {
            commune = placeName();
            if (random.nextBoolean()) {
                subject = subject + " trên địa bàn xã " + commune;
            }
        }
        StringBuilder body = new StringBuilder(type[2].toUpperCase(java.util.Locale.ROOT)).append("\n").append(subject).append("\n");
        for (int i = 0, k = 3 + random.nextInt(6); i < k; i++) {
            body.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
        }
        if (commune != null) {
            body.append("\nĐịa điểm: xã ").append(commune).append(", huyện ").append(placeName())
                    .append(". Nơi nhận: Ủy ban nhân dân phường ").append(placeName()).append('.');
        }
        String signer = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
        // the variations of real input
        String variant = "NFC";
        if (random.nextInt(5) == 0) {
            subject = Normalizer.normalize(subject, Normalizer.Form.NFD);
            variant = "NFD";
        } else if (random.nextInt(4) == 0) {
            subject = oldTonePlacement(subject);
            variant = "OLD_TONES";
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documentType", type[0]);
        m.put("codeNumber", number);
        m.put("codeNotation", notation);
        m.put("numberAndNotation", number + "/" + notation);
        m.put("organName", organ[1]);
        m.put("subject", subject);
        m.put("signerFullName", signer);
        m.put("issuedDate", issued.toString());
        m.put("arrivalDate", issued.plusDays(1 + random.nextInt(5)).toString());
        m.put("priority", random.nextInt(10) == 0 ? 1 + random.nextInt(3) : 0);
        m.put("variant", variant);
        m.put("text", body.toString().strip());
        return m;
    }

    /** hoà → hòa, thuỷ → thủy, khoẻ → khỏe: the tone back on the first vowel of oa, oe, uy at a syllable's end. */
    static String oldTonePlacement(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d);
        for (int i = 0; i + 2 < b.length(); i++) {
            char first = Character.toLowerCase(b.charAt(i));
            char second = Character.toLowerCase(b.charAt(i + 1));
            char tone = b.charAt(i + 2);
            boolean pair = (first == 'o' && (second == 'a' || second == 'e')) || (first == 'u' && second == 'y');
            boolean isTone = tone == '\u0300' || tone == '\u0301' || tone == '\u0303' || tone == '\u0309' || tone == '\u0323';
            boolean end = i + 3 >= b.length() || !Character.isLetter(b.charAt(i + 3));
            boolean afterQ = i > 0 && Character.toLowerCase(b.charAt(i - 1)) == 'q';
            if (pair && isTone && end && !afterQ) {
                b.deleteCharAt(i + 2);
                b.insert(i + 1, tone);
            }
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    static void writePdf(Path p, String text) throws IOException {
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(p.toString())); Document doc = new Document(pdf)) {
            doc.setFont(PdfFontFactory.createFont("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                    PdfEncodings.IDENTITY_H));
            for (String line : text.split("\n")) {
                doc.add(new Paragraph(line));
            }
        }
    }

    static void writeDocx(Path p, String text) throws IOException {
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(p)) {
            for (String line : text.split("\n")) {
                d.createParagraph().createRun().setText(line);
            }
            d.write(out);
        }
    }

    /** Two capitalised syllables of the word list, as Vietnamese place names are made: "Tân Khé". */
    private String placeName() {
        return capitalise(words.get(random.nextInt(words.size()))) + " " + capitalise(words.get(random.nextInt(words.size())));
    }

    private static String capitalise(String w) {
        return w.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + w.substring(1);
    }

    private static String cut(String s, int max) {
        String t = s.replaceAll("[.!?…]+$", "");
        if (t.length() <= max) {
            return t;
        }
        int space = t.lastIndexOf(' ', max);
        return t.substring(0, space > 0 ? space : max);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + s.substring(1);
    }

    public static void main(String[] args) throws IOException {
        Path seeds = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int documents = Integer.parseInt(args[2]);
        int files = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 2026L;
        generate(seeds, out, documents, files, seed);
    }

    public static void generate(Path seeds, Path out, int documents, int files, long seed) throws IOException {
        CorpusGenerator g = new CorpusGenerator(sentences(seeds), words(WORD_LIST), seed);
        Files.createDirectories(out.resolve("files"));
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("records.jsonl"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < documents; i++) {
                Map<String, Object> d = g.next(i);
                w.write(json.writeValueAsString(d));
                w.newLine();
                if (i < files) {
                    String name = String.format("%06d", i);
                    writePdf(out.resolve("files").resolve(name + ".pdf"), (String) d.get("text"));
                    writeDocx(out.resolve("files").resolve(name + ".docx"), (String) d.get("text"));
                }
            }
        }
    }
}
