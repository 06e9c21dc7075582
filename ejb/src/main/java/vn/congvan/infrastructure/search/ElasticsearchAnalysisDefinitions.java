package vn.congvan.infrastructure.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analysis of {@link SearchAnalysisConfigurer} for the Elasticsearch/OpenSearch backend, with the
 * same names, so that the mapping of {@code SearchRecord} is the same on both backends. Elasticsearch
 * cannot run the Java filters of {@link VietnameseAnalyzers}; the same terms come from its built-in components
 * only — no plugin (in particular not {@code analysis-icu}) to install on the cluster:
 *
 * <ul>
 *   <li>{@code vi_exact}: standard tokenizer, lower case. Unicode NFC and the one tone placement (hòa → hoà,
 *       thủy → thuỷ, as {@link VietnameseText#unifyTones}) are done by the application before the text is sent,
 *       for indexing and for queries alike ({@link VietnameseExactBridge} on the exact fields; the search service
 *       normalises the words it looks up in them).</li>
 *   <li>{@code vi_folded}: the combining marks removed ({@code pattern_replace} of {@code \p{Mn}}: text in NFD
 *       folds like text in NFC), standard tokenizer, lower case, ASCII folding (tones and marks removed, đ → d).
 *       Without tones their placement does not matter.</li>
 *   <li>{@code vi_shingles}: folded, then pairs of syllables side by side.</li>
 *   <li>normalizer {@code notation_key}: letters and digits only, lower case, folded ("123/QĐ-UBND" →
 *       "123qdubnd").</li>
 * </ul>
 *
 * Chosen with {@code -Dcongvan.search.analysis.configurer=class:vn.congvan.infrastructure.search.ElasticsearchAnalysisDefinitions}
 * together with {@code -Dhibernate.search.backend.type=elasticsearch} (docs/admin/tim-kiem.md); tested against a real
 * OpenSearch node by the ear's {@code SearchElasticsearchIT}.
 */
public class ElasticsearchAnalysisDefinitions implements ElasticsearchAnalysisConfigurer {

    /** Combining marks (NFD text): removed before folding. */
    static final String MARKS = "\\p{Mn}";
    /** What the notation key keeps: letters and digits. */
    static final String NOT_NOTATION = "[^\\p{L}\\p{N}]";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.charFilter("vi_marks").type("pattern_replace").param("pattern", MARKS).param("replacement", "");
        context.charFilter("notation_chars").type("pattern_replace").param("pattern", NOT_NOTATION).param("replacement", "");
        context.tokenFilter("vi_pairs").type("shingle").param("min_shingle_size", 2).param("max_shingle_size", 2)
                .param("output_unigrams", false).param("output_unigrams_if_no_shingles", true);

        context.analyzer(VietnameseAnalyzers.EXACT).custom()
                .tokenizer("standard").tokenFilters("lowercase");
        context.analyzer(VietnameseAnalyzers.FOLDED).custom()
                .tokenizer("standard").charFilters("vi_marks")
                .tokenFilters("lowercase", "asciifolding");
        context.analyzer(VietnameseAnalyzers.SHINGLES).custom()
                .tokenizer("standard").charFilters("vi_marks")
                .tokenFilters("lowercase", "asciifolding", "vi_pairs");
        context.normalizer(VietnameseAnalyzers.NOTATION_KEY).custom()
                .charFilters("notation_chars").tokenFilters("lowercase", "asciifolding");
    }
}
