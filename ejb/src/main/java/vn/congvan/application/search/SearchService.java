package vn.congvan.application.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.domain.model.agency.Clearance;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.incoming.DocumentAccess;
import vn.congvan.domain.model.search.SearchRecord;
import vn.congvan.infrastructure.search.VietnameseText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Searching the documents a user may see. The {@link DocumentAccess} and {@code OutgoingAccess} rules —
 * same agency, cleared for the secrecy level, and either a clerk, leader or administrator or a member of
 * a department that may see the document (incoming: the one it was handed to; outgoing: the drafting
 * department and the internal recipients) — are a filter of the Lucene query itself, so the total and
 * every facet count only what the user may open.
 *
 * <p>Text must match each word in the folded catch-all field (an unaccented query finds accented text); the
 * same words with their diacritics (boosted: the right diacritics rank first) and syllable pairs (documents
 * with the words side by side) add to the score; a notation also matches as a prefix of its normalised key.
 * On the Lucene backend the search runs in one pass over the matches ({@link LuceneSearch}); on Elasticsearch
 * the same query goes through the Hibernate Search DSL.
 */
@Stateless
public class SearchService {

    private static final Set<String> SORTS = Set.of("relevance", "date", "date_asc");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public SearchResultView search(SearchQuery query) {
        check(query);
        long started = System.nanoTime();
        boolean byDate = "date".equals(query.sort()) || (query.sort() == null && !query.hasText());
        boolean oldestFirst = "date_asc".equals(query.sort());

        LuceneSearch.Found found;
        if (lucene()) {
            // no more searches at once than cores (SearchGate). The turn comes before the first statement: a
            // search waiting for it holds no pooled connection (the transaction takes one at its first query and
            // keeps it), so a queue of searches cannot starve registrations of connections.
            // A search that visits few documents (estimated from the index's term statistics) does not queue.
            try (IndexReader reader = Search.session(em).scope(SearchRecord.class).extension(LuceneExtension.get())
                    .openIndexReader();
                 SearchGate.Turn turn = SearchGate.enter(LuceneSearch.estimatedMatches(reader, query))) {
                found = LuceneSearch.search(reader, query, accessKeys(users.current()), byDate, oldestFirst);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            found = withDsl(query, accessKeys(users.current()), byDate, oldestFirst);
        }

        // the labels of the facets' keys: one query per catalogue for all keys, not one per key
        Map<String, Map<String, Long>> counts = found.facets();
        Map<String, String> typeNames = labels("SELECT t.code, t.nameVi FROM DocumentType t WHERE t.code IN :keys",
                counts.get("type").keySet());
        Map<Long, String> registerNames = labels("SELECT r.id, r.name FROM Register r WHERE r.id IN :keys",
                ids(counts.get("register").keySet()));
        Map<Long, String> departmentNames = labels("SELECT d.id, d.name FROM Department d WHERE d.id IN :keys",
                ids(counts.get("department").keySet()));
        Map<String, List<SearchResultView.Facet>> facets = new LinkedHashMap<>();
        facets.put("type", facet(counts.get("type"), code -> typeNames.getOrDefault(code, code)));
        facets.put("register", facet(counts.get("register"),
                id -> registerNames.getOrDefault(Long.valueOf(id), id)));
        facets.put("priority", facet(counts.get("priority"), p -> p));
        facets.put("department", facet(counts.get("department"),
                id -> departmentNames.getOrDefault(Long.valueOf(id), id)));
        facets.put("kind", facet(counts.get("kind"), k -> k));
        facets.put("status", facet(counts.get("status"), k -> k));
        facets.put("agency", facet(counts.get("agency"), k -> k));
        return new SearchResultView(found.total(), query.page(), query.size(),
                (System.nanoTime() - started) / 1_000_000, found.hits(), facets);
    }

    /**
     * The user's keys of {@link SearchRecord#getAccess()} — the {@link DocumentAccess} and {@code OutgoingAccess}
     * rules: same agency, cleared for the level, and either seeing the whole agency (clerk, leader,
     * administrator) or the user's department, a part given to the user, or (heads) a part given to the
     * department they head.
     */
    static List<String> accessKeys(User me) {
        long agency = me.agency().id();
        List<String> who = new ArrayList<>();
        if (DocumentAccess.seesWholeAgency(me)) {
            who.add("*");
        } else {
            if (me.department() != null) {
                who.add("d" + me.department().id());
            }
            who.add("u" + me.id());
            if (me.hasRole(Role.DEPT_HEAD) && me.department() != null) {
                who.add("h" + me.department().id());
            }
        }
        List<String> keys = new ArrayList<>();
        for (Clearance level : DocumentAccess.visibleLevels(me)) {
            for (String w : who) {
                keys.add(SearchRecord.accessKey(agency, level.name(), w));
            }
        }
        return keys;
    }

    /** Whether the index is Lucene's (the default) rather than Elasticsearch's. */
    private boolean lucene() {
        Boolean known = luceneBackend;
        if (known == null) {
            known = Search.mapping(em.getEntityManagerFactory()).backend() instanceof LuceneBackend;
            luceneBackend = known;
        }
        return known;
    }

    private static volatile Boolean luceneBackend;

    private static Set<Long> ids(Set<String> keys) {
        Set<Long> out = new java.util.HashSet<>();
        for (String k : keys) {
            out.add(Long.valueOf(k));
        }
        return out;
    }

    /**
     * The same search through the Hibernate Search DSL, for the Elasticsearch backend: the same fields, clauses
     * and boosts as {@link LuceneSearch}, the facets as terms aggregations.
     */
    private LuceneSearch.Found withDsl(SearchQuery query, List<String> access, boolean byDate, boolean oldestFirst) {
        Map<String, AggregationKey<Map<String, Long>>> textKeys = new LinkedHashMap<>();
        Map<String, AggregationKey<Map<Long, Long>>> longKeys = new LinkedHashMap<>();
        AggregationKey<Map<Integer, Long>> priorities = AggregationKey.of("priority");
        int size = query.size();
        var step = Search.session(em).search(SearchRecord.class)
                .select(f -> f.composite().from(
                        f.field("kind", String.class), f.field("documentId", Long.class),
                        f.field("docNumber", Long.class), f.field("notation", String.class),
                        f.field("subject_folded", String.class), f.field("organName_folded", String.class),
                        f.field("signer_folded", String.class), f.field("documentDate", LocalDate.class),
                        f.field("documentType", String.class), f.field("priority", Integer.class),
                        f.field("textState", String.class), f.score(),
                        f.highlight("subject_folded"), f.highlight("fullText_folded"),
                        f.field("status", String.class)).asList())
                .where((f, root) -> {
                    root.add(f.bool().filter(f.terms().field(SearchRecord.ACCESS).matchingAny(access)));
                    filters(f, query).forEach(p -> root.add(f.bool().filter(p)));
                    if (!query.hasText()) {
                        root.add(f.matchAll());
                        return;
                    }
                    text(f, query.q(), SearchRecord.ALL_FOLDED, true).ifPresent(root::add);
                    text(f, query.subject(), "subject_folded", false).ifPresent(root::add);
                    text(f, query.text(), "fullText_folded", false).ifPresent(root::add);
                    text(f, query.organ(), "organName_folded", false).ifPresent(root::add);
                    text(f, query.signer(), "signer_folded", false).ifPresent(root::add);
                    if (SearchQuery.notBlank(query.notation())) {
                        root.add(notation(f, query.notation()));
                    }
                })
                .sort(f -> oldestFirst ? f.field("documentDate").asc().then().field("docNumber").asc()
                        : byDate ? f.field("documentDate").desc().then().field("docNumber").desc()
                        : f.score().then().field("documentDate").desc())
                .highlighter(h -> h.fastVector().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>")
                        .numberOfFragments(2).fragmentSize(100));
        for (String[] facet : LuceneSearch.FACETS) {
            if ("priority".equals(facet[0])) {
                step = step.aggregation(priorities, f -> f.terms().field("priority", Integer.class).maxTermCount(10));
            } else if ("n".equals(facet[2])) {
                AggregationKey<Map<Long, Long>> key = AggregationKey.of(facet[0]);
                longKeys.put(facet[0], key);
                step = step.aggregation(key, f -> f.terms().field(facet[1], Long.class).maxTermCount(60));
            } else {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet[0]);
                textKeys.put(facet[0], key);
                step = step.aggregation(key, f -> f.terms().field(facet[1], String.class).maxTermCount(40));
            }
        }
        SearchResult<List<?>> result = step.fetch(query.page() * size, size);
        List<SearchResultView.Hit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            List<String> highlights = new ArrayList<>();
            for (Object h : List.of(row.get(12), row.get(13))) {
                for (Object fragment : (List<?>) h) {
                    highlights.add((String) fragment);
                }
            }
            hits.add(new SearchResultView.Hit((String) row.get(0), (Long) row.get(1), (Long) row.get(2),
                    (String) row.get(3), (String) row.get(4), (String) row.get(5), (String) row.get(6),
                    (LocalDate) row.get(7), (String) row.get(8), row.get(9) == null ? 0 : (Integer) row.get(9),
                    (String) row.get(10), (String) row.get(14), row.get(11) == null ? 0f : (Float) row.get(11),
                    highlights));
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String[] facet : LuceneSearch.FACETS) {
            Map<?, Long> counts = "priority".equals(facet[0]) ? result.aggregation(priorities)
                    : "n".equals(facet[2]) ? result.aggregation(longKeys.get(facet[0]))
                    : result.aggregation(textKeys.get(facet[0]));
            Map<String, Long> byValue = new java.util.HashMap<>();
            counts.forEach((k, v) -> {
                if (k != null) {
                    byValue.put(String.valueOf(k), v);
                }
            });
            facets.put(facet[0], byValue);
        }
        return new LuceneSearch.Found(result.total().hitCount(), hits, facets);
    }

    private static List<PredicateFinalStep> filters(SearchPredicateFactory f, SearchQuery q) {
        List<PredicateFinalStep> out = new ArrayList<>();
        if (q.from() != null) {
            out.add(f.range().field("documentDate").atLeast(q.from()));
        }
        if (q.to() != null) {
            out.add(f.range().field("documentDate").atMost(q.to()));
        }
        if (q.issuedFrom() != null) {
            out.add(f.range().field("issuedDate").atLeast(q.issuedFrom()));
        }
        if (q.issuedTo() != null) {
            out.add(f.range().field("issuedDate").atMost(q.issuedTo()));
        }
        if (SearchQuery.notBlank(q.status())) {
            out.add(f.match().field("status").matching(q.status().strip().toUpperCase(Locale.ROOT)));
        }
        if (SearchQuery.notBlank(q.agency())) {
            out.add(f.match().field("organName_facet").matching(q.agency().strip()));
        }
        if (SearchQuery.notBlank(q.type())) {
            out.add(f.match().field("documentType").matching(q.type().strip()));
        }
        if (q.registerId() != null) {
            out.add(f.match().field("registerId").matching(q.registerId()));
        }
        if (q.priority() != null) {
            out.add(f.match().field("priority").matching(q.priority()));
        }
        if (q.departmentId() != null) {
            out.add(f.match().field("departmentId").matching(q.departmentId()));
        }
        if (SearchQuery.notBlank(q.kind())) {
            out.add(f.match().field("kind").matching(q.kind().strip().toUpperCase(Locale.ROOT)));
        }
        return out;
    }

    /**
     * Every word in the folded field (required); each word typed with diacritics and found with them adds a tier (as in
     * {@link LuceneSearch}) and pairs of words side by side (×2) add to the score. With {@code withNotation}, the words may instead start a notation.
     */
    private static java.util.Optional<PredicateFinalStep> text(SearchPredicateFactory f, String raw, String field,
                                                               boolean withNotation) {
        if (!SearchQuery.notBlank(raw)) {
            return java.util.Optional.empty();
        }
        String q = LuceneSearch.words(raw);
        PredicateFinalStep must = f.simpleQueryString().field(field).matching(q).defaultOperator(BooleanOperator.AND);
        if (withNotation && q.chars().anyMatch(Character::isDigit)) {
            must = f.or(must, notationPrefix(f, q));
        }
        var bool = f.bool().must(must);
        for (String word : new java.util.LinkedHashSet<>(List.of(VietnameseText.exact(q).split("[^\\p{L}\\p{N}]+")))) {
            if (!word.isEmpty() && LuceneSearch.hasDiacritics(word)) {
                bool.should(f.match().field(SearchRecord.ALL_EXACT).matching(word).constantScore()
                        .boost(LuceneSearch.EXACT_WORD));
                bool.should(f.match().field("subject").matching(word).constantScore().boost(LuceneSearch.EXACT_WORD));
            }
        }
        return java.util.Optional.of(bool.should(f.match().field(SearchRecord.ALL_PAIRS).matching(VietnameseText.exact(q))
                .boost(2f)));
    }

    private static PredicateFinalStep notation(SearchPredicateFactory f, String raw) {
        String q = VietnameseText.nfc(raw.strip());
        return f.or(f.match().field("notation").matching(q).minimumShouldMatchPercent(100), notationPrefix(f, q));
    }

    /** "123/QĐ" finds 123/QĐ-UBND: the normalised key starts with the normalised query. */
    private static PredicateFinalStep notationPrefix(SearchPredicateFactory f, String q) {
        String key = VietnameseText.notationKey(q);
        if (key.isEmpty()) {
            return f.not(f.matchAll());
        }
        return f.wildcard().field("notation_key").matching(key + "*").boost(2f);
    }

    private void check(SearchQuery q) {
        List<FieldError> errors = new ArrayList<>();
        if (q.page() < 0) {
            errors.add(FieldError.of("page", "search.page.invalid"));
        }
        if (q.size() < 1 || q.size() > SearchQuery.MAX_SIZE) {
            errors.add(FieldError.of("size", "search.size.invalid", SearchQuery.MAX_SIZE));
        }
        if (q.page() > 10_000 / Math.max(1, q.size())) {
            errors.add(FieldError.of("page", "search.page.tooDeep"));
        }
        if (q.sort() != null && !SORTS.contains(q.sort())) {
            errors.add(FieldError.of("sort", "search.sort.unknown", q.sort()));
        }
        if (q.from() != null && q.to() != null && q.from().isAfter(q.to())) {
            errors.add(FieldError.of("to", "search.dates.reversed"));
        }
        if (q.issuedFrom() != null && q.issuedTo() != null && q.issuedFrom().isAfter(q.issuedTo())) {
            errors.add(FieldError.of("issuedTo", "search.dates.reversed"));
        }
        if (q.status() != null && !q.status().isBlank()
                && !SearchQuery.STATUSES.contains(q.status().strip().toUpperCase(Locale.ROOT))) {
            errors.add(FieldError.of("status", "search.status.unknown", q.status()));
        }
        if (q.priority() != null && (q.priority() < 0 || q.priority() > 4)) {
            errors.add(FieldError.of("priority", "search.priority.invalid"));
        }
        if (q.kind() != null && !q.kind().isBlank() && !Set.of("INCOMING", "OUTGOING")
                .contains(q.kind().strip().toUpperCase(Locale.ROOT))) {
            errors.add(FieldError.of("kind", "search.kind.unknown", q.kind()));
        }
        for (var e : new Object[][]{{"q", q.q()}, {"subject", q.subject()}, {"text", q.text()},
                {"notation", q.notation()}, {"organ", q.organ()}, {"signer", q.signer()}, {"agency", q.agency()}}) {
            String v = (String) e[1];
            if (v != null && v.length() > SearchQuery.MAX_TEXT) {
                errors.add(FieldError.of((String) e[0], "search.text.tooLong", SearchQuery.MAX_TEXT));
            }
        }
        if (!errors.isEmpty()) {
            throw ApplicationProblemException.invalid(errors);
        }
    }

    private static List<SearchResultView.Facet> facet(Map<String, Long> counts, Function<String, String> label) {
        return counts.entrySet().stream().filter(e -> e.getKey() != null)
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .map(e -> new SearchResultView.Facet(String.valueOf(e.getKey()), label.apply(e.getKey()), e.getValue()))
                .toList();
    }

    /** Key → label for the keys (the first label of a key that has several), by a query of two columns. */
    @SuppressWarnings("unchecked")
    private <K> Map<K, String> labels(String jpql, Set<K> keys) {
        Map<K, String> out = new java.util.HashMap<>();
        List<K> present = keys.stream().filter(java.util.Objects::nonNull).toList();
        if (present.isEmpty()) {
            return out;
        }
        for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("keys", present).getResultList()) {
            out.putIfAbsent((K) row[0], (String) row[1]);
        }
        return out;
    }
}
