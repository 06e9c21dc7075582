package vn.congvan.infrastructure.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The analyzers and normalisers of the search index, on Lucene directly (no server). */
class VietnameseAnalyzersTest {

    @Test
    void nfcAndNfdGiveTheSameTokens() throws IOException {
        String nfc = "Quyết định số 123";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertEquals(List.of("quyết", "định", "số", "123"), tokens(VietnameseAnalyzers.exact(), nfd));
        assertEquals(tokens(VietnameseAnalyzers.exact(), nfc), tokens(VietnameseAnalyzers.exact(), nfd));
    }

    @Test
    void oldAndNewTonePlacementAreOne() throws IOException {
        assertEquals(List.of("hoà", "bình", "thuỷ", "lợi", "khoẻ", "hoá"),
                tokens(VietnameseAnalyzers.exact(), "Hòa bình thủy lợi khỏe hóa"));
        assertEquals(List.of("hoà", "bình", "thuỷ", "lợi", "khoẻ", "hoá"),
                tokens(VietnameseAnalyzers.exact(), "Hoà bình thuỷ lợi khoẻ hoá"));
        // a final consonant: only one way to write it, left alone
        assertEquals(List.of("hoàng", "thuyền", "quý"), tokens(VietnameseAnalyzers.exact(), "Hoàng thuyền quý"));
    }

    @Test
    void foldingRemovesTonesAndMarksAndDBar() throws IOException {
        assertEquals(List.of("quyet", "dinh", "uy", "ban", "nhan", "dan"),
                tokens(VietnameseAnalyzers.folded(), "QUYẾT ĐỊNH Ủy ban nhân dân"));
        assertEquals(tokens(VietnameseAnalyzers.folded(), "hòa thủy"), tokens(VietnameseAnalyzers.folded(), "hoa thuy"));
    }

    @Test
    void shinglesArePairsOfFoldedSyllables() throws IOException {
        assertEquals(List.of("quyet dinh", "dinh phe", "phe duyet"),
                tokens(VietnameseAnalyzers.shingles(), "Quyết định phê duyệt"));
        assertEquals(List.of("dinh"), tokens(VietnameseAnalyzers.shingles(), "định"));
    }

    @Test
    void notationsSplitIntoFoldedTokensAndOneKey() throws IOException {
        assertEquals(List.of("123", "qd", "ubnd"), tokens(VietnameseAnalyzers.folded(), "123/QĐ-UBND"));
        assertEquals(List.of("123", "qd", "ubnd"), tokens(VietnameseAnalyzers.folded(), "123 qđ ubnd"));
        assertEquals(List.of("53", "2022", "nd", "cp"), tokens(VietnameseAnalyzers.folded(), "53/2022/NĐ-CP"));
        assertEquals("123qdubnd", VietnameseText.notationKey("123/QĐ-UBND"));
        assertEquals("123qdubnd", VietnameseText.notationKey("123/QD-UBND"));
        assertEquals("123qdubnd", VietnameseText.notationKey("123 qđ ubnd"));
        assertEquals(List.of("123qdubnd"), tokens(VietnameseAnalyzers.notationKey(), "123/QĐ-UBND"));
    }

    /** A small index with the fields laid out as the search index lays them out, queried as SearchService does. */
    @Test
    void exactDiacriticsRankAboveFoldedAndUnaccentedQueriesFind() throws IOException {
        Analyzer perField = new PerFieldAnalyzerWrapper(VietnameseAnalyzers.exact(), Map.of(
                "subject", VietnameseAnalyzers.exact(), "subject_folded", VietnameseAnalyzers.folded(),
                "subject_shingles", VietnameseAnalyzers.shingles()));
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(perField))) {
                add(w, "1", "Kế hoạch đào tạo bồi dưỡng cán bộ", "45/KH-UBND");
                add(w, "2", "Quyết định phê duyệt dự án thủy lợi", "123/QĐ-UBND");
                add(w, "3", "Về việc hoa binh dinh ky", "7/TB-VP");
                add(w, "4", "Báo cáo hòa bình định kỳ", "8/BC-SNV");
                add(w, "5", "Hướng dẫn định giá quyết toán", "9/HD-STC");
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(r);
                // both words in 2 and 5; adjacent (the syllable pair) in 2 only, which ranks first
                assertEquals(List.of("2", "5"), ids(s, text(perField, "quyet dinh")), "unaccented finds accented");
                assertEquals(List.of("2", "5"), ids(s, text(perField, "quyết định")));
                // both have the folded words; the one with the right diacritics comes first
                assertEquals(List.of("4", "3"), ids(s, text(perField, "hòa bình")));
                assertEquals(List.of("4", "3"), ids(s, text(perField, "hoà bình")), "new tone placement, same result");
                assertEquals(List.of("2"), ids(s, text(perField, "thuỷ lợi")), "old placement indexed, new queried");
                for (String q : List.of("123/QĐ-UBND", "123/QD-UBND", "123 qđ ubnd")) {
                    assertEquals(List.of("2"), ids(s, notation(perField, q)), q);
                }
                assertEquals(List.of("2"), ids(s, notation(perField, "123/QĐ")), "prefix");
                assertEquals(List.of(), ids(s, notation(perField, "124/QĐ")));
            }
        }
    }

    private static void add(IndexWriter w, String id, String subject, String notation) throws IOException {
        Document d = new Document();
        d.add(new StringField("id", id, Field.Store.YES));
        d.add(new TextField("subject", subject, Field.Store.NO));
        d.add(new TextField("subject_folded", subject, Field.Store.NO));
        d.add(new TextField("subject_shingles", subject, Field.Store.NO));
        d.add(new TextField("notation", notation, Field.Store.NO));
        d.add(new StringField("notation_key", VietnameseText.notationKey(notation), Field.Store.NO));
        w.addDocument(d);
    }

    /** Every word in the exact or the folded field (exact boosted), and folded pairs as a bonus. */
    private static Query text(Analyzer a, String q) {
        SimpleQueryParser p = new SimpleQueryParser(a, Map.of("subject", 4f, "subject_folded", 1f));
        p.setDefaultOperator(BooleanClause.Occur.MUST);
        SimpleQueryParser shingles = new SimpleQueryParser(a, Map.of("subject_shingles", 2f));
        return new BooleanQuery.Builder().add(p.parse(q), BooleanClause.Occur.MUST)
                .add(shingles.createBooleanQuery("subject_shingles", q), BooleanClause.Occur.SHOULD).build();
    }

    private static Query notation(Analyzer a, String q) {
        SimpleQueryParser p = new SimpleQueryParser(VietnameseAnalyzers.folded(), Map.of("notation", 1f));
        p.setDefaultOperator(BooleanClause.Occur.MUST);
        return new BooleanQuery.Builder()
                .add(p.parse(q), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new PrefixQuery(new Term("notation_key", VietnameseText.notationKey(q))), 2f),
                        BooleanClause.Occur.SHOULD)
                .setMinimumNumberShouldMatch(1).build();
    }

    private static List<String> ids(IndexSearcher s, Query q) throws IOException {
        List<String> out = new ArrayList<>();
        for (ScoreDoc d : s.search(q, 10).scoreDocs) {
            out.add(s.storedFields().document(d.doc).get("id"));
        }
        return out;
    }

    static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        return out;
    }
}
