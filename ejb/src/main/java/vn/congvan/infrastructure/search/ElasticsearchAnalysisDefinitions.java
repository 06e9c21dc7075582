package vn.congvan.infrastructure.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analysis of {@link SearchAnalysisConfigurer} for the Elasticsearch/OpenSearch backend, with the
 * same names, so that the mapping of {@code SearchRecord} is the same on both backends. Elasticsearch
 * cannot run the Java filters of {@link VietnameseAnalyzers}; the same steps are built from its own
 * components (and the {@code analysis-icu} plugin for Unicode normalisation):
 *
 * <ul>
 *   <li>{@code vi_exact}: NFD; the tone of "oa", "oe", "uy" at a syllable's end moved to the second vowel
 *       (hòa → hoà, thủy → thuỷ, as {@link VietnameseText#unifyTones}); NFC; standard tokenizer; lower case.</li>
 *   <li>{@code vi_folded}: the same, then ASCII folding (tones and marks removed, đ → d).</li>
 *   <li>{@code vi_shingles}: folded, then pairs of syllables side by side.</li>
 *   <li>normalizer {@code notation_key}: letters and digits only, lower case, folded ("123/QĐ-UBND" →
 *       "123qdubnd").</li>
 * </ul>
 *
 * Chosen with {@code -Dcongvan.search.analysis.configurer=class:vn.congvan.infrastructure.search.ElasticsearchAnalysisDefinitions}
 * together with {@code -Dhibernate.search.backend.type=elasticsearch} (docs/admin/tim-kiem.md).
 */
public class ElasticsearchAnalysisDefinitions implements ElasticsearchAnalysisConfigurer {

    /** A tone mark between the two vowels of oa, oe, uy that end a syllable (NFD). */
    static final String TONE_BETWEEN = "([oO])([\\u0300\\u0301\\u0303\\u0309\\u0323])([aAeE])(?![\\p{L}\\p{M}])"
            + "|([uU])([\\u0300\\u0301\\u0303\\u0309\\u0323])([yY])(?![\\p{L}\\p{M}])";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.charFilter("vi_nfd").type("icu_normalizer").param("name", "nfc").param("mode", "decompose");
        context.charFilter("vi_tone_placement").type("pattern_replace")
                .param("pattern", TONE_BETWEEN).param("replacement", "$1$4$3$6$2$5");
        context.charFilter("vi_nfc").type("icu_normalizer").param("name", "nfc");
        context.charFilter("notation_chars").type("pattern_replace")
                .param("pattern", "[^\\p{L}\\p{N}]").param("replacement", "");
        context.tokenFilter("vi_pairs").type("shingle").param("min_shingle_size", 2).param("max_shingle_size", 2)
                .param("output_unigrams", false).param("output_unigrams_if_no_shingles", true);

        context.analyzer(VietnameseAnalyzers.EXACT).custom()
                .tokenizer("standard").charFilters("vi_nfd", "vi_tone_placement", "vi_nfc")
                .tokenFilters("lowercase");
        context.analyzer(VietnameseAnalyzers.FOLDED).custom()
                .tokenizer("standard").charFilters("vi_nfd", "vi_tone_placement", "vi_nfc")
                .tokenFilters("lowercase", "asciifolding");
        context.analyzer(VietnameseAnalyzers.SHINGLES).custom()
                .tokenizer("standard").charFilters("vi_nfd", "vi_tone_placement", "vi_nfc")
                .tokenFilters("lowercase", "asciifolding", "vi_pairs");
        context.normalizer(VietnameseAnalyzers.NOTATION_KEY).custom()
                .charFilters("notation_chars").tokenFilters("lowercase", "asciifolding");
    }
}
