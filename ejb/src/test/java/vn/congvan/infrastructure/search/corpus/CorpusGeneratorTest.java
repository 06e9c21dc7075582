package vn.congvan.infrastructure.search.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.infrastructure.search.VietnameseText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The corpus generator: realistic fields, the variations it promises, files that read back. */
class CorpusGeneratorTest {

    private static final Path SEEDS = Path.of(System.getProperty("congvan.seeds", "/work/shared/seeds"));

    @TempDir
    Path out;

    @Test
    void documentsWithVariationsAndReadableFiles() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(SEEDS), "no seed texts at " + SEEDS);
        CorpusGenerator.generate(SEEDS, out, 300, 2, 7);
        List<String> lines = Files.readAllLines(out.resolve("records.jsonl"));
        assertEquals(300, lines.size());
        ObjectMapper json = new ObjectMapper();
        Set<String> variants = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (String line : lines) {
            JsonNode d = json.readTree(line);
            variants.add(d.get("variant").asText());
            types.add(d.get("documentType").asText());
            String subject = d.get("subject").asText();
            assertTrue(subject.length() <= 500, subject);
            assertTrue(d.get("numberAndNotation").asText().matches("\\d+/[\\p{L}]+-[A-Z]+"), d.toString());
            if ("NFD".equals(d.get("variant").asText())) {
                assertTrue(!Normalizer.isNormalized(subject, Normalizer.Form.NFC), subject);
            }
            // whatever the variant, the search normalisation gives one form
            assertEquals(VietnameseText.exact(subject), VietnameseText.exact(VietnameseText.unifyTones(subject)));
        }
        assertEquals(Set.of("NFC", "NFD", "OLD_TONES"), variants);
        assertTrue(types.size() >= 8, types.toString());
        assertEquals("hòa bình thủy khỏe", CorpusGenerator.oldTonePlacement("hoà bình thuỷ khoẻ"));
        assertEquals("quý", CorpusGenerator.oldTonePlacement("quý"));

        JsonNode first = json.readTree(lines.get(0));
        try (PdfDocument pdf = new PdfDocument(new PdfReader(out.resolve("files/000000.pdf").toString()))) {
            String text = PdfTextExtractor.getTextFromPage(pdf.getFirstPage());
            String subject = Normalizer.normalize(first.get("subject").asText(), Normalizer.Form.NFC);
            assertTrue(text.replaceAll("\\s+", " ").contains(subject.substring(0, 30)), text);
        }
        assertTrue(Files.size(out.resolve("files/000001.docx")) > 1000);
    }

    @Test
    void theWordListWidensTheVocabulary() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(SEEDS), "no seed texts at " + SEEDS);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(CorpusGenerator.WORD_LIST),
                "Debian's hunspell-vi is not installed (.ci/run installs it)");
        List<String> words = CorpusGenerator.words(CorpusGenerator.WORD_LIST);
        assertTrue(words.size() > 5000, "syllables: " + words.size());
        assertTrue(words.contains("khéo") && words.contains("thuỷ"), "NFC lower-case syllables (the list spells the old tone placement)");
        assertTrue(words.stream().noneMatch(w -> w.contains("/") || w.equals("hcm")), "flags and abbreviations dropped");

        List<String> sentences = CorpusGenerator.sentences(SEEDS);
        Set<String> seedVocabulary = syllables(String.join(" ", sentences));
        CorpusGenerator plain = new CorpusGenerator(sentences, 11);
        CorpusGenerator wide = new CorpusGenerator(sentences, words, 11);
        Set<String> plainVocabulary = new HashSet<>();
        Set<String> wideVocabulary = new HashSet<>();
        int withPlace = 0;
        for (int i = 0; i < 2000; i++) {
            plainVocabulary.addAll(syllables(plain.next(i).get("text").toString()));
            var d = wide.next(i);
            wideVocabulary.addAll(syllables(d.get("text").toString()));
            withPlace += d.get("subject").toString().contains("trên địa bàn xã ") ? 1 : 0;
        }
        assertTrue(plainVocabulary.size() < seedVocabulary.size() + 100, "without the word list, the seeds' words and the type names");
        assertTrue(wideVocabulary.size() > plainVocabulary.size() + 1500,
                "with the word list: " + wideVocabulary.size() + " syllables, without: " + plainVocabulary.size());
        assertTrue(withPlace > 800 && withPlace < 1200, "about half the subjects name a commune: " + withPlace);
    }

    private static Set<String> syllables(String text) {
        Set<String> out = new HashSet<>();
        for (String w : Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
