package vn.congvan.infrastructure.search;

import org.junit.jupiter.api.Test;
import vn.congvan.infrastructure.search.corpus.CorpusGenerator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast paths of {@link VietnameseText#exact} and {@link VietnameseText#fold} (tables, letter by letter)
 * give exactly what the full normalisation gives: on every single character of the first planes, on the
 * Vietnamese word list and the seed texts (as typed, upper case, NFD, old tone placement), and on random
 * mixes of Vietnamese letters, combining marks and other characters.
 */
class VietnameseTextFastPathTest {

    @Test
    void everyCharacterAlone() {
        for (char c = 0; c < 0x3000; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            same(String.valueOf(c));
        }
    }

    @Test
    void words() throws Exception {
        List<String> words = new ArrayList<>();
        Path dic = Path.of("/usr/share/hunspell/vi_VN.dic");
        if (Files.exists(dic)) {
            for (String line : Files.readAllLines(dic, StandardCharsets.UTF_8)) {
                words.add(line.split("/")[0]);
            }
        }
        Path seeds = Path.of("/work/shared/seeds");
        if (Files.isDirectory(seeds)) {
            for (String s : CorpusGenerator.sentences(seeds)) {
                words.addAll(List.of(s.split("\\s+")));
            }
        }
        words.addAll(List.of("Hòa", "hoà", "THỦY", "thuỷ", "khỏe", "Khoẻ", "Quyết", "Định", "Đ", "qđ", "ỤY", "hoạ", "ọe",
                "ÒA", "oà", "İstanbul", "Straße", "ǅ", "ﬁ", "Ω", "ΣΑΣ"));
        assertTrue(words.size() > 20);
        for (String w : words) {
            same(w);
            same(w.toUpperCase(Locale.ROOT));
            same(Normalizer.normalize(w, Normalizer.Form.NFD));
            same(w + "a");
            same("x" + w + "y");
        }
    }

    @Test
    void randomMixes() {
        String letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                + "ÀÁẢÃẠÒÓỎÕỌÙÚỦŨỤỲÝ\u0300\u0301\u0303\u0309\u0323\u0302\u031b0123456789-/.ßİıΣσ中";
        Random r = new Random(5);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(8);
            for (int k = 0; k < n; k++) {
                b.append(letters.charAt(r.nextInt(letters.length())));
            }
            same(b.toString());
        }
    }

    private static void same(String s) {
        assertEquals(VietnameseText.slowExact(s), VietnameseText.exact(s), () -> "exact of " + codes(s));
        assertEquals(VietnameseText.slowFold(s), VietnameseText.fold(s), () -> "fold of " + codes(s));
        assertEquals(VietnameseText.slowFold(VietnameseText.slowExact(s)), VietnameseText.fold(VietnameseText.exact(s)),
                () -> "fold of exact of " + codes(s));
    }

    private static String codes(String s) {
        StringBuilder b = new StringBuilder(s).append(" [");
        s.chars().forEach(c -> b.append(String.format(" %04x", c)));
        return b.append(" ]").toString();
    }
}
