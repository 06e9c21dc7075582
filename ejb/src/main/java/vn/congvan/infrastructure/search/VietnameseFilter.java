package vn.congvan.infrastructure.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/** Normalises each token with {@link VietnameseText}: exact (NFC, lower case, one tone placement) or folded. */
final class VietnameseFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final boolean fold;

    VietnameseFilter(TokenStream input, boolean fold) {
        super(input);
        this.fold = fold;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        // a word of lower-case ASCII (many Vietnamese syllables, numbers) is the same exact and folded
        char[] buffer = term.buffer();
        int length = term.length();
        boolean plain = true;
        for (int i = 0; i < length && plain; i++) {
            char c = buffer[i];
            plain = c < 0x80 && (c < 'A' || c > 'Z');
        }
        if (plain) {
            return true;
        }
        String t = term.toString();
        String n = fold ? VietnameseText.fold(VietnameseText.exact(t)) : VietnameseText.exact(t);
        if (!n.equals(t)) {
            term.setEmpty().append(n);
        }
        return true;
    }
}
