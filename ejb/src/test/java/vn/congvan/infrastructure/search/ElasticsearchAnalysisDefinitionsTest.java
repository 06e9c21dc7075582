package vn.congvan.infrastructure.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The Elasticsearch/OpenSearch analysis is built from the server's built-in components (the same Lucene classes
 * Elasticsearch and OpenSearch register as {@code standard}, {@code lowercase}, {@code asciifolding},
 * {@code pattern_replace}, {@code shingle}); this rebuilds those chains with Lucene's own factories and checks,
 * on the JVM, that together with what the application sends ({@link VietnameseExactBridge}) they give the same
 * terms as the Lucene backend's analyzers — for text in NFC and NFD, with the old and the new tone placement.
 * {@code SearchElasticsearchIT} (ear) checks the same on a real OpenSearch node.
 */
class ElasticsearchAnalysisDefinitionsTest {

    private static final List<String> TEXTS = List.of("hòa", "hoà", "Hòa", "HÒA", "thủy", "thuỷ", "THỦY", "khỏe",
            "khoẻ", "hoàng", "thuyền", "quý", "Quyết", "Định", "đồng", "Đak", "Pơ", "hoạch", "toà", "tòa", "lũy",
            "Nghị", "nghiêng", "ứng", "ươn", "thoả", "thỏa", "hủy",
            "Quyết định về việc phê duyệt kế hoạch hòa bình thủy lợi năm 2026",
            "Ủy ban nhân dân huyện Hòa Bình, tỉnh Khánh Hòa: 123/QĐ-UBND ngày 05/3/2026",
            "Trường Đại học Thủy lợi — khỏe mạnh, hòa hợp; “Ưu tiên” (đặc biệt)");

    private static final VietnameseExactBridge TO_ELASTICSEARCH = new VietnameseExactBridge(true);

    @Test
    void exactFoldedAndPairTermsAreTheSameAsLucenes() throws IOException {
        Analyzer esExact = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase").build();
        Analyzer esFolded = CustomAnalyzer.builder()
                .addCharFilter("patternReplace", "pattern", ElasticsearchAnalysisDefinitions.MARKS, "replacement", "")
                .withTokenizer("standard").addTokenFilter("lowercase").addTokenFilter("asciiFolding").build();
        Analyzer esPairs = CustomAnalyzer.builder()
                .addCharFilter("patternReplace", "pattern", ElasticsearchAnalysisDefinitions.MARKS, "replacement", "")
                .withTokenizer("standard").addTokenFilter("lowercase").addTokenFilter("asciiFolding")
                .addTokenFilter("shingle", "minShingleSize", "2", "maxShingleSize", "2", "outputUnigrams", "false",
                        "outputUnigramsIfNoShingles", "true").build();
        for (String text : TEXTS) {
            for (String input : List.of(text, Normalizer.normalize(text, Normalizer.Form.NFD))) {
                // exact: the application sends NFC with one tone placement; the server only tokenizes and lower-cases
                assertEquals(terms(VietnameseAnalyzers.exact(), input),
                        terms(esExact, TO_ELASTICSEARCH.toIndexedValue(input, null)), input);
                // folded and pairs: whatever the application sends, marks (and so the tone's place) are dropped
                assertEquals(terms(VietnameseAnalyzers.folded(), input), terms(esFolded, input), input);
                assertEquals(terms(VietnameseAnalyzers.shingles(), input), terms(esPairs, input), input);
            }
        }
    }

    @Test
    void theBridgeNormalisesOnlyForElasticsearch() {
        String nfdOldTones = Normalizer.normalize("Hòa bình thủy lợi", Normalizer.Form.NFD);
        assertEquals("Hoà bình thuỷ lợi", TO_ELASTICSEARCH.toIndexedValue(nfdOldTones, null));
        assertEquals(nfdOldTones, new VietnameseExactBridge(false).toIndexedValue(nfdOldTones, null));
        // the exact analyzer without the application's normalisation would not match (why the bridge is needed)
        assertNotEquals(VietnameseText.exact("hoà"), Normalizer.normalize("hòa", Normalizer.Form.NFD));
    }

    @Test
    void notationKeysAreTheSame() throws IOException {
        Analyzer esKey = CustomAnalyzer.builder()
                .addCharFilter("patternReplace", "pattern", ElasticsearchAnalysisDefinitions.NOT_NOTATION, "replacement", "")
                .withTokenizer("keyword").addTokenFilter("lowercase").addTokenFilter("asciiFolding").build();
        for (String n : List.of("123/QĐ-UBND", "123/QD-UBND", "123 qđ ubnd", "53/2022/NĐ-CP", "12/UBND-VP",
                Normalizer.normalize("45/QĐ-ỦBND", Normalizer.Form.NFD))) {
            assertEquals(List.of(VietnameseText.notationKey(n)), terms(esKey, n), n);
        }
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
