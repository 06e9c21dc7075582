package vn.congvan.infrastructure.search;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Elasticsearch analysis is built from Elasticsearch's own components; this checks, on the JVM, that
 * its steps (ICU NFD, the tone-placement pattern, ICU NFC, lower case, ASCII folding, the notation
 * pattern) give the same terms as the Lucene analyzers' Java code.
 */
class ElasticsearchAnalysisDefinitionsTest {

    private static final List<String> WORDS = List.of("hòa", "hoà", "Hòa", "HÒA", "thủy", "thuỷ", "THỦY", "khỏe",
            "khoẻ", "hoàng", "thuyền", "quý", "Quyết", "Định", "đồng", "Đak", "Pơ", "hoạch", "toà", "tòa", "lũy",
            "Nghị", "nghiêng", "ứng", "ươn", "thoả", "thỏa", "hủy");

    @Test
    void exactAndFoldedTermsAreTheSameAsLucenes() {
        for (String w : WORDS) {
            for (String input : List.of(w, Normalizer.normalize(w, Normalizer.Form.NFD))) {
                String es = esExact(input);
                assertEquals(VietnameseText.exact(input), es, input);
                assertEquals(VietnameseText.fold(VietnameseText.exact(input)), fold(es), input);
            }
        }
    }

    @Test
    void notationKeysAreTheSame() {
        for (String n : List.of("123/QĐ-UBND", "123/QD-UBND", "123 qđ ubnd", "53/2022/NĐ-CP", "12/UBND-VP")) {
            String es = fold(Pattern.compile("[^\\p{L}\\p{N}]").matcher(n).replaceAll("").toLowerCase(Locale.ROOT));
            assertEquals(VietnameseText.notationKey(n), es, n);
        }
    }

    private static String esExact(String s) {
        String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
        String placed = Pattern.compile(ElasticsearchAnalysisDefinitions.TONE_BETWEEN).matcher(nfd)
                .replaceAll("$1$4$3$6$2$5");
        return Normalizer.normalize(placed, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static String fold(String s) {
        char[] out = new char[s.length() * 4];
        int n = ASCIIFoldingFilter.foldToASCII(s.toCharArray(), 0, out, 0, s.length());
        return new String(out, 0, n);
    }
}
