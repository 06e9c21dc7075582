package vn.congvan.application.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.congvan.domain.model.search.SearchRecord;
import vn.congvan.infrastructure.search.VietnameseAnalyzers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one-pass Lucene search on a small in-memory index whose fields are written the way Hibernate Search
 * writes {@link SearchRecord}'s mapping (dates as epoch-day points and doc values stored as ISO text, the
 * priority as an int point, keywords with sorted-set doc values): matching, ranking, trimming by access key,
 * the exact total and facets, filters, sorts and pages. The same search against the real index is in SearchIT.
 */
class LuceneSearchTest {

    private static final String KT = "d2";
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws Exception {
        Analyzer folded = VietnameseAnalyzers.folded();
        Analyzer analyzer = new PerFieldAnalyzerWrapper(folded, Map.of("subject", VietnameseAnalyzers.exact(),
                SearchRecord.ALL_EXACT, VietnameseAnalyzers.exact(),
                SearchRecord.ALL_PAIRS, VietnameseAnalyzers.shingles()));
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            w.addDocument(doc(1, "Quyết định về hòa bình thủy lợi", "123/QĐ-UBND", "QD", 2, "2026-03-02", "NONE", KT, 1));
            w.addDocument(doc(2, "Bao cao hoa binh thuy loi", "7/BC-SNV", "BC", 2, "2026-03-01", "NONE", KT, 0));
            w.addDocument(doc(3, "Hòa bình cho Phòng Nội chính", "8/CV-UBND", "CV", 3, "2026-03-03", "NONE", "d3", 2));
            w.addDocument(doc(4, "Hòa bình — văn bản mật", "9/CV-UBND", "CV", 2, "2026-03-04", "MAT", KT, 0));
            w.addDocument(doc(5, "Kế hoạch hòa bình năm 2026", "1234/KH-UBND", "KH", 2, "2026-02-01", "NONE", KT, 0));
            // a long accented subject and a short unaccented one with the same rare word (BM25 favours the short one)
            w.addDocument(doc(6, "Quyết định về việc phê duyệt kế hoạch tổ chức tuần lễ thủy lợi xyzzy", "5/QĐ-UBND", "QD", 4,
                    "2026-01-05", "MAT", "d4", 0));
            w.addDocument(doc(7, "thuy loi xyzzy", "6/CV-UBND", "CV", 4, "2026-01-06", "MAT", "d4", 0));
        }
        reader = DirectoryReader.open(dir);
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
    }

    private static Document doc(long id, String subject, String notation, String type, long dept, String date,
                                String secrecy, String who, int priority) {
        Document d = new Document();
        FieldType vectors = new FieldType(TextField.TYPE_STORED);
        vectors.setStoreTermVectors(true);
        vectors.setStoreTermVectorPositions(true);
        vectors.setStoreTermVectorOffsets(true);
        d.add(new Field("subject_folded", subject, vectors));
        d.add(new TextField("subject", subject, Field.Store.NO));
        d.add(new Field("fullText_folded", subject + ". Nội dung văn bản.", vectors));
        d.add(new TextField("notation", notation, Field.Store.YES));
        d.add(new StringField("notation_key", vn.congvan.infrastructure.search.VietnameseText.notationKey(notation), Field.Store.NO));
        String all = subject + "\n" + subject + ". Nội dung văn bản.";
        d.add(new TextField(SearchRecord.ALL_FOLDED, notation + "\n" + all, Field.Store.NO));
        d.add(new TextField(SearchRecord.ALL_EXACT, all, Field.Store.NO));
        d.add(new TextField(SearchRecord.ALL_PAIRS, all, Field.Store.NO));
        d.add(new StringField(SearchRecord.ACCESS, SearchRecord.accessKey(1, secrecy, "*"), Field.Store.NO));
        d.add(new StringField(SearchRecord.ACCESS, SearchRecord.accessKey(1, secrecy, who), Field.Store.NO));
        keyword(d, "kind", "INCOMING");
        keyword(d, "status", "REGISTERED");
        keyword(d, "documentType", type);
        keyword(d, "organName_facet", "UBND tỉnh");
        d.add(new StoredField("documentId", id));
        d.add(new LongPoint("docNumber", id));
        d.add(new SortedNumericDocValuesField("docNumber", id));
        d.add(new StoredField("docNumber", id));
        long day = LocalDate.parse(date).toEpochDay();
        d.add(new LongPoint("documentDate", day));
        d.add(new SortedNumericDocValuesField("documentDate", day));
        d.add(new StoredField("documentDate", date));
        d.add(new IntPoint("priority", priority));
        d.add(new SortedNumericDocValuesField("priority", priority));
        d.add(new StoredField("priority", priority));
        d.add(new LongPoint("departmentId", dept));
        d.add(new SortedNumericDocValuesField("departmentId", dept));
        d.add(new LongPoint("registerId", 9));
        d.add(new SortedNumericDocValuesField("registerId", 9));
        return d;
    }

    private static void keyword(Document d, String field, String value) {
        d.add(new StringField(field, value, Field.Store.YES));
        d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    private static SearchQuery q(String q) {
        return query(q, null, null, null, null, 0, 20);
    }

    private static SearchQuery query(String q, String notation, LocalDate from, Integer priority, String sort, int page,
                                     int size) {
        return new SearchQuery(q, null, null, notation, null, null, from, null, null, null, null, null, priority,
                null, null, null, null, sort, page, size);
    }

    private static List<Long> ids(LuceneSearch.Found found) {
        return found.hits().stream().map(SearchResultView.Hit::id).toList();
    }

    private static final List<String> CLERK = List.of(SearchRecord.accessKey(1, "NONE", "*"));
    private static final List<String> SPECIALIST = List.of(SearchRecord.accessKey(1, "NONE", KT));

    @Test
    void exactDiacriticsRankFirstAndUnaccentedFindsBoth() {
        LuceneSearch.Found accented = LuceneSearch.search(reader, q("hòa bình thủy lợi"), CLERK, false, false);
        assertEquals(List.of(1L, 2L), ids(accented));
        LuceneSearch.Found plain = LuceneSearch.search(reader, q("hoa binh thuy loi"), CLERK, false, false);
        assertEquals(List.of(1L, 2L), ids(plain).stream().sorted().toList());
        assertEquals(List.of(1L), ids(LuceneSearch.search(reader, q("quyet dinh"), CLERK, false, false)));
        // (6 and 7 are secret: only a key for that level finds them)
        List<String> secret = List.of(SearchRecord.accessKey(1, "MAT", "*"));
        assertEquals(List.of(6L, 7L), ids(LuceneSearch.search(reader, q("thủy lợi xyzzy"), secret, false, false)),
                "the exact diacritics first, though the other subject is much shorter");
        assertEquals(List.of(7L, 6L), ids(LuceneSearch.search(reader, q("thuy loi xyzzy"), secret, false, false)),
                "typed without diacritics: the text written without them first");
    }

    @Test
    void onlyWhatTheKeysAllowIsFoundCountedAndFaceted() {
        LuceneSearch.Found clerk = LuceneSearch.search(reader, q("hoa binh"), CLERK, false, false);
        assertEquals(4, clerk.total(), "the secret document is not counted");
        assertEquals(Map.of("2", 3L, "3", 1L), clerk.facets().get("department"));
        LuceneSearch.Found specialist = LuceneSearch.search(reader, q("hoa binh"), SPECIALIST, false, false);
        assertEquals(3, specialist.total());
        assertEquals(List.of(1L, 2L, 5L), ids(specialist).stream().sorted().toList());
        assertEquals(Map.of("QD", 1L, "BC", 1L, "KH", 1L), specialist.facets().get("type"));
        assertEquals(Map.of("0", 2L, "1", 1L), specialist.facets().get("priority"));
        assertEquals(Map.of("REGISTERED", 3L), specialist.facets().get("status"));
        LuceneSearch.Found cleared = LuceneSearch.search(reader, q("hoa binh"),
                List.of(SearchRecord.accessKey(1, "NONE", "*"), SearchRecord.accessKey(1, "MAT", "*")), false, false);
        assertEquals(5, cleared.total());
        assertEquals(0, LuceneSearch.search(reader, q("hoa binh"), List.of(SearchRecord.accessKey(2, "NONE", "*")),
                false, false).total(), "another agency");
    }

    @Test
    void theEstimateOfTheDocumentsASearchVisitsFollowsItsRarestRequiredWord() throws Exception {
        // without the permission filter (an upper bound): every document of the index counts
        assertEquals(5, LuceneSearch.estimatedMatches(reader, q("hoa binh")), "both words in 1–5");
        assertEquals(2, LuceneSearch.estimatedMatches(reader, q("hoa binh xyzzy")), "xyzzy only in 6 and 7");
        assertEquals(7, LuceneSearch.estimatedMatches(reader, q(null)), "no text: the whole index");
        assertEquals(5, LuceneSearch.estimatedMatches(reader, q("hoa binh -xyzzy")), "an excluded word bounds nothing");
        assertEquals(7, LuceneSearch.estimatedMatches(reader, q("hoa | xyzzy")), "an explicit OR: not bounded");
        // "123" in 1 document, "qd" in 2 — or the notation keys starting 123qd: 1
        assertEquals(2, LuceneSearch.estimatedMatches(reader, q("123/QĐ")));
        assertEquals(1 + 1, LuceneSearch.estimatedMatches(reader, query(null, "1234/KH", null, null, null, 0, 20)),
                "the notation field: its rarest word, or the keys it starts");
    }

    @Test
    void notationsAndTheirPrefixes() {
        assertEquals(List.of(1L), ids(LuceneSearch.search(reader, q("123/QĐ-UBND"), CLERK, false, false)));
        assertEquals(List.of(1L), ids(LuceneSearch.search(reader, q("123 qđ ubnd"), CLERK, false, false)));
        assertEquals(List.of(1L), ids(LuceneSearch.search(reader, q("123/QĐ"), CLERK, false, false)), "prefix");
        assertEquals(List.of(5L), ids(LuceneSearch.search(reader, query(null, "1234/KH", null, null, null, 0, 20),
                CLERK, false, false)));
    }

    @Test
    void filtersSortsPagesAndHighlights() {
        LuceneSearch.Found byDate = LuceneSearch.search(reader, query(null, null, null, null, "date", 0, 2), CLERK, true, false);
        assertEquals(4, byDate.total());
        assertEquals(List.of(3L, 1L), ids(byDate), "newest first");
        assertEquals(List.of(2L, 5L), ids(LuceneSearch.search(reader, query(null, null, null, null, "date", 1, 2), CLERK,
                true, false)));
        assertEquals(List.of(5L, 2L), ids(LuceneSearch.search(reader, query(null, null, null, null, "date_asc", 0, 2),
                CLERK, false, true)));
        assertEquals(List.of(3L, 1L), ids(LuceneSearch.search(reader,
                query(null, null, LocalDate.parse("2026-03-02"), null, "date", 0, 20), CLERK, true, false)));
        assertEquals(List.of(3L), ids(LuceneSearch.search(reader, query("hoa binh", null, null, 2, null, 0, 20), CLERK,
                false, false)));
        SearchResultView.Hit hit = LuceneSearch.search(reader, q("thủy lợi"), SPECIALIST, false, false).hits().get(0);
        assertTrue(hit.highlights().get(0).contains("<mark>thủy</mark> <mark>lợi</mark>"), hit.highlights().toString());
        assertEquals(LocalDate.parse("2026-03-02"), hit.date());
    }

    @Test
    void theQuerySyntaxIsKeptAndStrayOperatorsAreNoError() {
        assertEquals(4, LuceneSearch.search(reader, q("\"hoa binh\""), CLERK, false, false).total(), "a phrase");
        assertEquals(0, LuceneSearch.search(reader, q("hoa -binh"), CLERK, false, false).total(), "a word excluded");
        for (String odd : List.of("\"", "(", "-", "*", "///", "\"hòa", "123/", "hòa)(*", "+-|~")) {
            LuceneSearch.Found found = LuceneSearch.search(reader, q(odd), CLERK, false, false);
            assertTrue(found.total() >= 0 && found.hits().size() <= found.total(), odd);
        }
        assertEquals(0, LuceneSearch.search(reader, q("///"), CLERK, false, false).total(), "no word, nothing found");
    }

    @Test
    void longCountsGrowAndKeepEveryValue() {
        LuceneSearch.LongCounts counts = new LuceneSearch.LongCounts();
        for (long v = 0; v < 1000; v++) {
            for (int k = 0; k <= v % 3; k++) {
                counts.add(v * 7919);
            }
        }
        Map<String, Long> map = counts.asMap();
        assertEquals(1000, map.size());
        assertEquals(3L, map.get(Long.toString(2 * 7919)));
        assertEquals(1L, map.get("0"));
    }
}
