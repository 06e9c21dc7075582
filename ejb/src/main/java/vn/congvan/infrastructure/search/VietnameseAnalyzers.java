package vn.congvan.infrastructure.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analyzers of the search index. Vietnamese words are syllables separated by spaces, so the
 * standard (UAX #29) tokenizer gives syllables; they are then normalised:
 * <ul>
 *   <li>{@link #EXACT}: NFC, lower case, one tone placement — a query with the right diacritics;</li>
 *   <li>{@link #FOLDED}: the same without tones and marks (đ → d) — "quyet dinh" finds "quyết định";</li>
 *   <li>{@link #SHINGLES}: folded syllable pairs ("quyet dinh") — phrase-like matches rank higher;</li>
 *   <li>{@link #NOTATION_KEY} (a normalizer): the whole value folded, letters and digits only.</li>
 * </ul>
 * Number and notation ("123/QĐ-UBND") go through {@link #FOLDED} too: the tokenizer splits them into
 * 123, qd, ubnd, so "123 qđ ubnd" and "123/QD-UBND" match.
 */
public final class VietnameseAnalyzers {

    public static final String EXACT = "vi_exact";
    public static final String FOLDED = "vi_folded";
    public static final String SHINGLES = "vi_shingles";
    public static final String NOTATION_KEY = "notation_key";

    private VietnameseAnalyzers() {
    }

    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                return new TokenStreamComponents(t, new VietnameseFilter(t, false));
            }
        };
    }

    public static Analyzer folded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                return new TokenStreamComponents(t, new VietnameseFilter(t, true));
            }
        };
    }

    public static Analyzer shingles() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                ShingleFilter s = new ShingleFilter(new VietnameseFilter(t, true), 2, 2);
                s.setOutputUnigrams(false);
                s.setOutputUnigramsIfNoShingles(true);
                return new TokenStreamComponents(t, s);
            }
        };
    }

    public static Analyzer notationKey() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new KeywordTokenizer();
                return new TokenStreamComponents(t, new NotationKeyFilter(t));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new NotationKeyFilter(in);
            }
        };
    }

    private static final class NotationKeyFilter extends org.apache.lucene.analysis.TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        NotationKeyFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws java.io.IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String n = VietnameseText.notationKey(term.toString());
            term.setEmpty().append(n);
            return true;
        }
    }
}
