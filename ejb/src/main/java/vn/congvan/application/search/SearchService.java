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
 * <p>Text matches each word in the exact field (boosted: the right diacritics rank first) or in the
 * folded field (an unaccented query finds accented text); syllable pairs add to the score of documents
 * with the words side by side; a notation also matches as a prefix of its normalised key.
 */
@Stateless
public class SearchService {

    static final String[] TEXT_FIELDS = {"subject", "fullText", "organName", "signer"};
    private static final Set<String> SORTS = Set.of("relevance", "date", "date_asc");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public SearchResultView search(SearchQuery query) {
        check(query);
        User me = users.current();
        long agencyId = me.agency().id();
        List<String> levels = DocumentAccess.visibleLevels(me).stream().map(Clearance::name).toList();
        boolean all = DocumentAccess.seesWholeAgency(me);
        long dept = me.department() == null ? -1L : me.department().id();
        boolean head = me.hasRole(Role.DEPT_HEAD) && me.department() != null;
        boolean byDate = "date".equals(query.sort()) || (query.sort() == null && !query.hasText());
        boolean oldestFirst = "date_asc".equals(query.sort());

        AggregationKey<Map<String, Long>> types = AggregationKey.of("type");
        AggregationKey<Map<Long, Long>> registers = AggregationKey.of("register");
        AggregationKey<Map<Integer, Long>> priorities = AggregationKey.of("priority");
        AggregationKey<Map<Long, Long>> departments = AggregationKey.of("department");
        AggregationKey<Map<String, Long>> kinds = AggregationKey.of("kind");
        AggregationKey<Map<String, Long>> statuses = AggregationKey.of("status");
        AggregationKey<Map<String, Long>> agencies = AggregationKey.of("agency");

        int size = query.size();
        SearchResult<List<?>> result = Search.session(em).search(SearchRecord.class)
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
                    // who may see what: inside the query, so counts and facets are trimmed too
                    root.add(f.match().field("agencyId").matching(agencyId));
                    root.add(f.terms().field("secrecy").matchingAny(levels));
                    if (!all) {
                        // the IncomingVisibility rule: the user's department, a part given to the user, or
                        // (heads) a part given to the department they head
                        var mine = f.or().add(f.match().field("viewerDepartments").matching(dept))
                                .add(f.match().field("viewerUsers").matching(me.id()));
                        if (head) {
                            mine.add(f.match().field("assignedDepartments").matching(dept));
                        }
                        root.add(mine);
                    }
                    filters(f, query).forEach(root::add);
                    if (!query.hasText()) {
                        root.add(f.matchAll());
                        return;
                    }
                    text(f, query.q(), TEXT_FIELDS, true).ifPresent(root::add);
                    text(f, query.subject(), new String[]{"subject"}, false).ifPresent(root::add);
                    text(f, query.text(), new String[]{"fullText"}, false).ifPresent(root::add);
                    text(f, query.organ(), new String[]{"organName"}, false).ifPresent(root::add);
                    text(f, query.signer(), new String[]{"signer"}, false).ifPresent(root::add);
                    if (SearchQuery.notBlank(query.notation())) {
                        root.add(notation(f, query.notation()));
                    }
                })
                .sort(f -> oldestFirst ? f.field("documentDate").asc().then().field("docNumber").asc()
                        : byDate ? f.field("documentDate").desc().then().field("docNumber").desc()
                        : f.score().then().field("documentDate").desc())
                // the fast vector highlighter: the term vectors of the 20 hits against the query's terms, collected
                // once per query (the unified highlighter ran the whole query — permission filter, nine fields,
                // notation wildcard — again for every hit: a third of the search's time at 16 clients)
                .highlighter(h -> h.fastVector().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>")
                        .numberOfFragments(2).fragmentSize(100))
                .aggregation(types, f -> f.terms().field("documentType", String.class).maxTermCount(40))
                .aggregation(registers, f -> f.terms().field("registerId", Long.class).maxTermCount(40))
                .aggregation(priorities, f -> f.terms().field("priority", Integer.class).maxTermCount(10))
                .aggregation(departments, f -> f.terms().field("departmentId", Long.class).maxTermCount(60))
                .aggregation(kinds, f -> f.terms().field("kind", String.class).maxTermCount(5))
                .aggregation(statuses, f -> f.terms().field("status", String.class).maxTermCount(10))
                .aggregation(agencies, f -> f.terms().field("organName_facet", String.class).maxTermCount(20))
                .fetch(query.page() * size, size);

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
        // the labels of the facets' keys: one query per catalogue for all keys, not one per key
        Map<String, Long> typeCounts = result.aggregation(types);
        Map<Long, Long> registerCounts = result.aggregation(registers);
        Map<Long, Long> departmentCounts = result.aggregation(departments);
        Map<String, String> typeNames = labels("SELECT t.code, t.nameVi FROM DocumentType t WHERE t.code IN :keys",
                typeCounts.keySet());
        Map<Long, String> registerNames = labels("SELECT r.id, r.name FROM Register r WHERE r.id IN :keys",
                registerCounts.keySet());
        Map<Long, String> departmentNames = labels("SELECT d.id, d.name FROM Department d WHERE d.id IN :keys",
                departmentCounts.keySet());
        Map<String, List<SearchResultView.Facet>> facets = new LinkedHashMap<>();
        facets.put("type", facet(typeCounts, code -> typeNames.getOrDefault(code, code)));
        facets.put("register", facet(registerCounts, id -> registerNames.getOrDefault(id, String.valueOf(id))));
        facets.put("priority", facet(result.aggregation(priorities), p -> Integer.toString(p)));
        facets.put("department", facet(departmentCounts, id -> departmentNames.getOrDefault(id, String.valueOf(id))));
        facets.put("kind", facet(result.aggregation(kinds), k -> k));
        facets.put("status", facet(result.aggregation(statuses), k -> k));
        facets.put("agency", facet(result.aggregation(agencies), k -> k));
        return new SearchResultView(result.total().hitCount(), query.page(), size, result.took().toMillis(), hits, facets);
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
     * Every word in one of the fields, exact (×4) or folded; pairs of words side by side (×2) add to the
     * score. With {@code withNotation}, the words may also be the parts of a notation, or its prefix.
     */
    private static java.util.Optional<PredicateFinalStep> text(SearchPredicateFactory f, String raw, String[] fields,
                                                               boolean withNotation) {
        if (!SearchQuery.notBlank(raw)) {
            return java.util.Optional.empty();
        }
        // "123/QĐ-UBND": each part a word of its own, all required (the query syntax — quotes, a leading
        // minus — is kept)
        String q = VietnameseText.nfc(raw.strip()).replaceAll("(?<=[\\p{L}\\p{N}])[/\\-.](?=[\\p{L}\\p{N}])", " ");
        var words = f.simpleQueryString().field(fields[0]).boost(4f).field(fields[0] + "_folded");
        for (int i = 1; i < fields.length; i++) {
            words = words.field(fields[i]).boost(4f).field(fields[i] + "_folded");
        }
        if (withNotation) {
            words = words.field("notation").boost(3f);
        }
        PredicateFinalStep must = words.matching(q).defaultOperator(BooleanOperator.AND);
        if (withNotation && q.chars().anyMatch(Character::isDigit)) {
            must = f.or(must, notationPrefix(f, q));
        }
        var pairs = f.match().field(fields[0] + "_shingles");
        for (int i = 1; i < fields.length; i++) {
            pairs = pairs.field(fields[i] + "_shingles");
        }
        PredicateFinalStep must2 = must;
        var pairsFinal = pairs.matching(VietnameseText.exact(q)).boost(2f);
        return java.util.Optional.of(f.bool().must(must2).should(pairsFinal));
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

    private <K> List<SearchResultView.Facet> facet(Map<K, Long> counts, Function<K, String> label) {
        return counts.entrySet().stream().filter(e -> e.getKey() != null)
                .sorted(Map.Entry.<K, Long>comparingByValue(Comparator.reverseOrder()))
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
