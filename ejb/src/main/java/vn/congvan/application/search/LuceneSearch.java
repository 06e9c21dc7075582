package vn.congvan.application.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.search.vectorhighlight.FastVectorHighlighter;
import org.apache.lucene.search.vectorhighlight.FieldQuery;
import org.apache.lucene.search.vectorhighlight.ScoreOrderFragmentsBuilder;
import org.apache.lucene.search.vectorhighlight.SimpleFragListBuilder;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.util.BytesRef;
import vn.congvan.domain.model.search.SearchRecord;
import vn.congvan.infrastructure.search.VietnameseAnalyzers;
import vn.congvan.infrastructure.search.VietnameseText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One search on the Lucene index, in one pass over the matches: the page of hits (by score or by date), the
 * exact total and the seven facets are collected together, the permission filter and the filters are
 * non-scoring clauses, and a query word is one term of the catch-all folded field (the exact-diacritic and
 * word-pair fields only add to the score of what matched). Hits are read from the stored fields and
 * highlighted with the fast vector highlighter from the folded fields' term vectors.
 *
 * <p>The field names and encodings are those Hibernate Search gives the mapping of {@link SearchRecord}
 * (dates as epoch days in points and doc values, stored as ISO text; {@code int} points for the priority).
 * With the Elasticsearch backend, {@link SearchService} builds the same query with the Hibernate Search DSL.
 */
final class LuceneSearch {

    /** The facets: name in the answer, index field, whether the field holds numbers. */
    static final String[][] FACETS = {{"type", "documentType", "s"}, {"register", "registerId", "n"},
            {"priority", "priority", "n"}, {"department", "departmentId", "n"}, {"kind", "kind", "s"},
            {"status", "status", "s"}, {"agency", "organName_facet", "s"}};

    private static final Analyzer ANALYZER = analyzer();
    /** What one word found with its diacritics adds: more than the text scores of a whole query ever reach. */
    static final float EXACT_WORD = 1000f;
    private static final String[] PRE = {"<mark>"};
    private static final String[] POST = {"</mark>"};
    private static final Set<String> STORED = Set.of("kind", "documentId", "docNumber", "notation", "subject_folded",
            "organName_folded", "signer_folded", "documentDate", "documentType", "priority", "textState", "status");

    /** What one search found: the page, the exact total, and per facet value → count. */
    record Found(long total, List<SearchResultView.Hit> hits, Map<String, Map<String, Long>> facets) {
    }

    private LuceneSearch() {
    }

    private static Analyzer analyzer() {
        Map<String, Analyzer> fields = new HashMap<>();
        fields.put(SearchRecord.ALL_EXACT, VietnameseAnalyzers.exact());
        fields.put(SearchRecord.ALL_PAIRS, VietnameseAnalyzers.shingles());
        return new PerFieldAnalyzerWrapper(VietnameseAnalyzers.folded(), fields);
    }

    static Found search(IndexReader reader, SearchQuery q, Collection<String> accessKeys, boolean byDate,
                        boolean oldestFirst) {
        try {
            return run(reader, q, accessKeys, byDate, oldestFirst);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Found run(IndexReader reader, SearchQuery q, Collection<String> accessKeys, boolean byDate,
                             boolean oldestFirst) throws IOException {
        Query query = query(q, accessKeys);
        IndexSearcher searcher = new IndexSearcher(reader);
        int size = q.size();
        int wanted = (q.page() + 1) * size;
        Sort sort = oldestFirst ? new Sort(date("documentDate", false), date("docNumber", false))
                : byDate ? new Sort(date("documentDate", true), date("docNumber", true))
                : new Sort(SortField.FIELD_SCORE, date("documentDate", true));
        TopFieldCollector top = TopFieldCollector.create(sort, wanted, Integer.MAX_VALUE);
        FacetCounter facets = new FacetCounter();
        searcher.search(query, MultiCollector.wrap(top, facets));
        TopDocs docs = top.topDocs(q.page() * size, size);

        List<SearchResultView.Hit> hits = new ArrayList<>();
        if (docs.scoreDocs.length > 0) {
            StoredFields stored = searcher.storedFields();
            FastVectorHighlighter highlighter = new FastVectorHighlighter(true, true);
            FieldQuery highlightQuery = highlighter.getFieldQuery(highlightQuery(q), reader);
            List<LeafReaderContext> leaves = reader.leaves();
            for (ScoreDoc sd : docs.scoreDocs) {
                Document d = stored.document(sd.doc, STORED);
                // the highlighter weighs each term by its document frequency: asked of the hit's segment, one
                // look-up per term instead of one per segment
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                float score = byDate || oldestFirst ? 0f : (Float) ((FieldDoc) sd).fields[0];
                List<String> highlights = new ArrayList<>();
                for (String field : new String[]{"subject_folded", "fullText_folded"}) {
                    String[] fragments = highlighter.getBestFragments(highlightQuery, leaf.reader(), sd.doc - leaf.docBase,
                            field, 100, 2,
                            new SimpleFragListBuilder(), new ScoreOrderFragmentsBuilder(PRE, POST), PRE, POST,
                            new SimpleHTMLEncoder());
                    if (fragments != null) {
                        highlights.addAll(List.of(fragments));
                    }
                }
                String date = d.get("documentDate");
                hits.add(new SearchResultView.Hit(d.get("kind"), number(d, "documentId"), number(d, "docNumber"),
                        d.get("notation"), d.get("subject_folded"), d.get("organName_folded"), d.get("signer_folded"),
                        date == null ? null : LocalDate.parse(date), d.get("documentType"),
                        d.getField("priority") == null ? 0 : d.getField("priority").numericValue().intValue(),
                        d.get("textState"), d.get("status"), score, highlights));
            }
        }
        return new Found(facets.total, hits, facets.counts());
    }

    private static Long number(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null || f.numericValue() == null ? null : f.numericValue().longValue();
    }

    /** A date or number sort; documents without the value last. */
    private static SortField date(String field, boolean newestFirst) {
        SortField s = new SortedNumericSortField(field, SortField.Type.LONG, newestFirst);
        s.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return s;
    }

    // ---- the query ----

    /**
     * About how many documents the search visits, from the index's term statistics only (no document is read, no
     * posting list walked): every word of a text input is required, so the rarest one bounds it; a notation prefix adds
     * the documents of the notation keys it starts (counted from the term dictionary, up to the whole index). Without the
     * permission filter and the other filters (an upper bound: the caller's rights are not looked up for it). The
     * search gate lets a search that visits few documents (a notation, a rare word) through at once instead of queueing
     * it behind the heavy ones. (Lucene's own cost estimate counts a prefix as every document with a notation.)
     */
    static long estimatedMatches(IndexReader reader, SearchQuery q) throws IOException {
        long least = reader.maxDoc(); // no text: every document
        least = Math.min(least, textEstimate(reader, q.q(), SearchRecord.ALL_FOLDED, true));
        least = Math.min(least, textEstimate(reader, q.subject(), "subject_folded", false));
        least = Math.min(least, textEstimate(reader, q.text(), "fullText_folded", false));
        least = Math.min(least, textEstimate(reader, q.organ(), "organName_folded", false));
        least = Math.min(least, textEstimate(reader, q.signer(), "signer_folded", false));
        if (SearchQuery.notBlank(q.notation())) {
            String raw = VietnameseText.nfc(q.notation().strip());
            least = Math.min(least, rarest(reader, "notation", tokens("notation", raw))
                    + prefixed(reader, VietnameseText.notationKey(raw)));
        }
        return least;
    }

    private static long textEstimate(IndexReader reader, String raw, String field, boolean withNotation) throws IOException {
        if (!SearchQuery.notBlank(raw)) {
            return Long.MAX_VALUE;
        }
        String q = words(raw);
        if (q.indexOf('|') >= 0) {
            return reader.maxDoc(); // an explicit OR: not bounded by one word
        }
        // an excluded word (-word) bounds nothing
        long least = rarest(reader, field, tokens(field, q.replaceAll("(^|\\s)-\\S*", " ")));
        if (withNotation && q.chars().anyMatch(Character::isDigit)) {
            least += prefixed(reader, VietnameseText.notationKey(q));
        }
        return least;
    }

    private static long rarest(IndexReader reader, String field, List<String> words) throws IOException {
        long least = reader.maxDoc();
        for (String w : words) {
            least = Math.min(least, reader.docFreq(new Term(field, w)));
        }
        return least;
    }

    /** The documents whose notation key starts with {@code key} (at most the whole index). */
    private static long prefixed(IndexReader reader, String key) throws IOException {
        if (key.isEmpty()) {
            return 0;
        }
        BytesRef prefix = new BytesRef(key);
        long sum = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms("notation_key");
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
                continue;
            }
            for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, prefix); t = te.next()) {
                sum += te.docFreq();
                if (sum >= reader.maxDoc()) {
                    return reader.maxDoc();
                }
            }
        }
        return sum;
    }

    /** The search's query; {@code accessKeys} null: without the permission filter (only for estimates). */
    static Query query(SearchQuery q, Collection<String> accessKeys) throws IOException {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        // who may see what: inside the query, so the total and the facets are trimmed too
        if (accessKeys != null) {
            root.add(new TermInSetQuery(SearchRecord.ACCESS, accessKeys.stream().map(BytesRef::new).toList()),
                    BooleanClause.Occur.FILTER);
        }
        for (Query filter : filters(q)) {
            root.add(filter, BooleanClause.Occur.FILTER);
        }
        boolean any = false;
        any |= text(root, q.q(), SearchRecord.ALL_FOLDED, true);
        any |= text(root, q.subject(), "subject_folded", false);
        any |= text(root, q.text(), "fullText_folded", false);
        any |= text(root, q.organ(), "organName_folded", false);
        any |= text(root, q.signer(), "signer_folded", false);
        if (SearchQuery.notBlank(q.notation())) {
            root.add(notation(q.notation()), BooleanClause.Occur.MUST);
            any = true;
        }
        if (!any) {
            root.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        }
        return root.build();
    }

    private static List<Query> filters(SearchQuery q) {
        List<Query> out = new ArrayList<>();
        if (q.from() != null || q.to() != null) {
            out.add(LongPoint.newRangeQuery("documentDate", q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay(),
                    q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay()));
        }
        if (q.issuedFrom() != null || q.issuedTo() != null) {
            out.add(LongPoint.newRangeQuery("issuedDate", q.issuedFrom() == null ? Long.MIN_VALUE : q.issuedFrom().toEpochDay(),
                    q.issuedTo() == null ? Long.MAX_VALUE : q.issuedTo().toEpochDay()));
        }
        if (SearchQuery.notBlank(q.status())) {
            out.add(new TermQuery(new Term("status", q.status().strip().toUpperCase(Locale.ROOT))));
        }
        if (SearchQuery.notBlank(q.agency())) {
            out.add(new TermQuery(new Term("organName_facet", q.agency().strip())));
        }
        if (SearchQuery.notBlank(q.type())) {
            out.add(new TermQuery(new Term("documentType", q.type().strip())));
        }
        if (q.registerId() != null) {
            out.add(LongPoint.newExactQuery("registerId", q.registerId()));
        }
        if (q.priority() != null) {
            out.add(IntPoint.newExactQuery("priority", q.priority()));
        }
        if (q.departmentId() != null) {
            out.add(LongPoint.newExactQuery("departmentId", q.departmentId()));
        }
        if (SearchQuery.notBlank(q.kind())) {
            out.add(new TermQuery(new Term("kind", q.kind().strip().toUpperCase(Locale.ROOT))));
        }
        return out;
    }

    /** "123/QĐ-UBND": each part a word of its own, all required (the query syntax — quotes, a leading minus — is kept). */
    static String words(String raw) {
        return VietnameseText.nfc(raw.strip()).replaceAll("(?<=[\\p{L}\\p{N}])[/\\-.](?=[\\p{L}\\p{N}])", " ");
    }

    /**
     * Every word in the folded field (required); each word typed with diacritics and found with them adds a tier
     * ({@link #EXACT_WORD}), pairs of words side by side add ×2 to the score. With {@code withNotation} (the free-text box), the words may instead be
     * the start of a notation (×2), and the words in the subject add to the score (×3).
     */
    private static boolean text(BooleanQuery.Builder root, String raw, String field, boolean withNotation) throws IOException {
        if (!SearchQuery.notBlank(raw)) {
            return false;
        }
        String q = words(raw);
        SimpleQueryParser required = new SimpleQueryParser(ANALYZER, field);
        required.setDefaultOperator(BooleanClause.Occur.MUST);
        Query must = required.parse(q);
        if (must == null) {
            must = new MatchNoDocsQuery();
        }
        if (withNotation && q.chars().anyMatch(Character::isDigit)) {
            must = new BooleanQuery.Builder().add(must, BooleanClause.Occur.SHOULD)
                    .add(notationPrefix(q), BooleanClause.Occur.SHOULD).build();
        }
        root.add(must, BooleanClause.Occur.MUST);
        if (withNotation) {
            // the words in the subject rank a document higher (the catch-all field weighs them as any other text)
            Query subject = new SimpleQueryParser(ANALYZER, "subject_folded").parse(q);
            if (subject != null) {
                root.add(new BoostQuery(subject, 3f), BooleanClause.Occur.SHOULD);
            }
        }
        // each word typed with diacritics and found with them lifts the document a whole tier: exact-diacritic matches
        // rank above folded ones whatever the lengths and frequencies that BM25 weighs
        BooleanQuery.Builder exact = new BooleanQuery.Builder();
        for (String word : new java.util.LinkedHashSet<>(tokens(SearchRecord.ALL_EXACT, q))) {
            if (!hasDiacritics(word)) {
                continue; // "quy", "xyzzy": a word typed without marks says nothing about the marks wanted
            }
            exact.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SearchRecord.ALL_EXACT, word))),
                    EXACT_WORD), BooleanClause.Occur.SHOULD);
            // and another when it is in the subject: the agency's name or the files' text may carry the same words
            exact.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("subject", word))), EXACT_WORD),
                    BooleanClause.Occur.SHOULD);
        }
        BooleanQuery exactWords = exact.build();
        if (!exactWords.clauses().isEmpty()) {
            root.add(exactWords, BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder pairs = new BooleanQuery.Builder();
        for (String pair : tokens(SearchRecord.ALL_PAIRS, VietnameseText.exact(q))) {
            pairs.add(new TermQuery(new Term(SearchRecord.ALL_PAIRS, pair)), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery built = pairs.build();
        if (!built.clauses().isEmpty()) {
            root.add(new BoostQuery(built, 2f), BooleanClause.Occur.SHOULD);
        }
        return true;
    }

    /** Whether a word carries tones or marks (đ included): its exact form is not its folded form. */
    static boolean hasDiacritics(String word) {
        return !VietnameseText.fold(word).equals(word.toLowerCase(Locale.ROOT));
    }

    private static Query notation(String raw) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String t : tokens("notation", VietnameseText.nfc(raw.strip()))) {
            all.add(new TermQuery(new Term("notation", t)), BooleanClause.Occur.MUST);
        }
        return new BooleanQuery.Builder().add(all.build(), BooleanClause.Occur.SHOULD)
                .add(notationPrefix(VietnameseText.nfc(raw.strip())), BooleanClause.Occur.SHOULD).build();
    }

    /** "123/QĐ" finds 123/QĐ-UBND: the normalised key starts with the normalised query. */
    private static Query notationPrefix(String q) {
        String key = VietnameseText.notationKey(q);
        if (key.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        return new BoostQuery(new WildcardQuery(new Term("notation_key", key + "*")), 2f);
    }

    /** The folded words of the text inputs, in the two highlighted fields. */
    private static Query highlightQuery(SearchQuery q) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String raw : new String[]{q.q(), q.subject(), q.text()}) {
            if (SearchQuery.notBlank(raw)) {
                for (String t : tokens(SearchRecord.ALL_FOLDED, words(raw))) {
                    b.add(new TermQuery(new Term("subject_folded", t)), BooleanClause.Occur.SHOULD);
                    b.add(new TermQuery(new Term("fullText_folded", t)), BooleanClause.Occur.SHOULD);
                }
            }
        }
        return b.build();
    }

    static List<String> tokens(String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    // ---- the total and the facets, in the same pass ----

    /** Counts every match and its facet values (per segment ordinal for text, per value for numbers). */
    static final class FacetCounter extends SimpleCollector {
        long total;
        private final List<Map<String, Long>> text = new ArrayList<>();
        private final List<LongCounts> numbers = new ArrayList<>();
        private final SortedSetDocValues[] sets = new SortedSetDocValues[FACETS.length];
        private final SortedDocValues[] singles = new SortedDocValues[FACETS.length];
        private final SortedNumericDocValues[] nums = new SortedNumericDocValues[FACETS.length];
        private final NumericDocValues[] singleNums = new NumericDocValues[FACETS.length];
        private final int[][] ords = new int[FACETS.length][];

        FacetCounter() {
            for (int i = 0; i < FACETS.length; i++) {
                text.add(new HashMap<>());
                numbers.add(new LongCounts());
            }
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            for (int i = 0; i < FACETS.length; i++) {
                String field = FACETS[i][1];
                if ("s".equals(FACETS[i][2])) {
                    sets[i] = DocValues.getSortedSet(context.reader(), field);
                    singles[i] = DocValues.unwrapSingleton(sets[i]);
                    ords[i] = new int[(int) Math.min(Integer.MAX_VALUE - 8, sets[i].getValueCount())];
                } else {
                    nums[i] = DocValues.getSortedNumeric(context.reader(), field);
                    singleNums[i] = DocValues.unwrapSingleton(nums[i]);
                }
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            for (int i = 0; i < FACETS.length; i++) {
                if (ords[i] != null) {
                    if (singles[i] != null) {
                        if (singles[i].advanceExact(doc)) {
                            ords[i][singles[i].ordValue()]++;
                        }
                    } else if (sets[i].advanceExact(doc)) {
                        for (int k = 0; k < sets[i].docValueCount(); k++) {
                            ords[i][(int) sets[i].nextOrd()]++;
                        }
                    }
                } else if (singleNums[i] != null) {
                    if (singleNums[i].advanceExact(doc)) {
                        numbers.get(i).add(singleNums[i].longValue());
                    }
                } else if (nums[i] != null && nums[i].advanceExact(doc)) {
                    for (int k = 0; k < nums[i].docValueCount(); k++) {
                        numbers.get(i).add(nums[i].nextValue());
                    }
                }
            }
        }

        /** The segment's ordinal counts into the totals by value. */
        private void flush() throws IOException {
            for (int i = 0; i < FACETS.length; i++) {
                if (ords[i] == null) {
                    continue;
                }
                for (int o = 0; o < ords[i].length; o++) {
                    if (ords[i][o] > 0) {
                        text.get(i).merge(sets[i].lookupOrd(o).utf8ToString(), (long) ords[i][o], Long::sum);
                    }
                }
                ords[i] = null;
            }
        }

        Map<String, Map<String, Long>> counts() throws IOException {
            flush();
            Map<String, Map<String, Long>> out = new LinkedHashMap<>();
            for (int i = 0; i < FACETS.length; i++) {
                out.put(FACETS[i][0], "s".equals(FACETS[i][2]) ? text.get(i) : numbers.get(i).asMap());
            }
            return out;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** value → count for a few distinct numbers, without a boxed key per match (open addressing). */
    static final class LongCounts {
        private long[] keys = new long[16];
        private long[] counts = new long[16];
        private boolean[] used = new boolean[16];
        private int size;

        void add(long key) {
            int mask = keys.length - 1;
            int i = (int) (mix(key) & mask);
            while (used[i] && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (!used[i]) {
                used[i] = true;
                keys[i] = key;
                if (++size * 2 > keys.length) {
                    counts[i] = 1;
                    grow();
                    return;
                }
            }
            counts[i]++;
        }

        private static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 32);
        }

        private void grow() {
            long[] oldKeys = keys;
            long[] oldCounts = counts;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            counts = new long[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldUsed[j]) {
                    int i = (int) (mix(oldKeys[j]) & mask);
                    while (used[i]) {
                        i = (i + 1) & mask;
                    }
                    used[i] = true;
                    keys[i] = oldKeys[j];
                    counts[i] = oldCounts[j];
                }
            }
        }

        Map<String, Long> asMap() {
            Map<String, Long> out = new HashMap<>();
            for (int i = 0; i < keys.length; i++) {
                if (used[i]) {
                    out.put(Long.toString(keys[i]), counts[i]);
                }
            }
            return out;
        }
    }
}
