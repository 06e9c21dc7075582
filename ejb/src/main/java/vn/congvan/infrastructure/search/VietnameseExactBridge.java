package vn.congvan.infrastructure.search;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeFromIndexedValueContext;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * The value of an exact-diacritics field ({@link VietnameseAnalyzers#EXACT}: {@code subject}, {@code all_exact}) as
 * it goes to the index, and a query's value for such a field: on the Elasticsearch/OpenSearch backend, Unicode NFC
 * with one tone placement ({@link VietnameseText#unifyTones}: "Hòa" → "Hoà", combining marks composed). The server's
 * analyzer then needs only built-in components (standard tokenizer, lower case) — no {@code analysis-icu} plugin on
 * the customer's cluster (ElasticsearchAnalysisDefinitions). On the Lucene backend the analyzer's Java filter
 * ({@link VietnameseFilter}) does it per word, and this bridge passes values through untouched.
 *
 * <p>Only exact fields need it: the folded fields drop the marks (and so the tone's place) in the server's analyzer.
 * The fields using it are neither projected nor highlighted, so what the user sees is the text as written.
 */
public class VietnameseExactBridge implements ValueBridge<String, String> {

    private final boolean normalise;

    public VietnameseExactBridge() {
        this(SearchBackend.elasticsearch());
    }

    VietnameseExactBridge(boolean normalise) {
        this.normalise = normalise;
    }

    @Override
    public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
        return value == null || !normalise ? value : VietnameseText.unifyTones(value);
    }

    @Override
    public String fromIndexedValue(String value, ValueBridgeFromIndexedValueContext context) {
        return value;
    }

    @Override
    public String parse(String value) {
        return toIndexedValue(value, null);
    }

    @Override
    public boolean isCompatibleWith(ValueBridge<?, ?> other) {
        return other instanceof VietnameseExactBridge o && o.normalise == normalise;
    }
}
