package vn.congvan.infrastructure.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Registers {@link VietnameseAnalyzers} with Hibernate Search's Lucene backend
 * ({@code hibernate.search.backend.analysis.configurer} in persistence.xml).
 */
public class SearchAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(VietnameseAnalyzers.EXACT).instance(VietnameseAnalyzers.exact());
        context.analyzer(VietnameseAnalyzers.FOLDED).instance(VietnameseAnalyzers.folded());
        context.analyzer(VietnameseAnalyzers.SHINGLES).instance(VietnameseAnalyzers.shingles());
        context.normalizer(VietnameseAnalyzers.NOTATION_KEY).instance(VietnameseAnalyzers.notationKey());
    }
}
