package vn.congvan.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.search.SearchQuery;
import vn.congvan.application.search.SearchResultView;
import vn.congvan.application.search.SearchService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search page ({@code app/search.xhtml}): every choice is a parameter of the page's address
 * (bookmarkable, the header's search box sends {@code q}), read and run by {@link #run()} before the
 * page is drawn. Facets are links that add their filter.
 */
@Named
@RequestScoped
public class SearchBean {

    static final int PAGE_SIZE = 20;
    static final List<String> PARAMS = List.of("q", "subject", "notation", "organ", "signer", "from", "to", "issuedFrom",
            "issuedTo", "type", "registerId", "priority", "departmentId", "kind", "status", "agency", "sort");

    @EJB
    private SearchService search;

    private final Map<String, String> params = new LinkedHashMap<>();
    private int page;
    private SearchResultView result;

    public void run() {
        Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        for (String p : PARAMS) {
            String v = request.get(p);
            if (v != null && !v.isBlank()) {
                params.put(p, v.strip());
            }
        }
        List<FieldError> errors = new ArrayList<>();
        page = Math.max(0, parseInt("page", request.get("page"), errors, 0));
        SearchQuery query = new SearchQuery(params.get("q"), params.get("subject"), null, params.get("notation"),
                params.get("organ"), params.get("signer"), date("from", errors), date("to", errors), date("issuedFrom", errors),
                date("issuedTo", errors), params.get("type"), parseLong("registerId", errors),
                parseInteger("priority", errors), parseLong("departmentId", errors), params.get("kind"),
                params.get("status"), params.get("agency"), params.get("sort"), page, PAGE_SIZE);
        try {
            if (!errors.isEmpty()) {
                throw ApplicationProblemException.invalid(errors);
            }
            result = search.search(query);
        } catch (ApplicationProblemException e) {
            Ui.show(e, "search");
            result = null;
        }
    }

    /** This page's address with one parameter changed (empty: removed); the page goes back to the first. */
    public String link(String name, Object value) {
        Map<String, String> p = new LinkedHashMap<>(params);
        String v = value == null ? "" : value.toString();
        if (v.isEmpty()) {
            p.remove(name);
        } else {
            p.put(name, v);
        }
        return query(p);
    }

    public String pageLink(int target) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.put("page", Integer.toString(target));
        return query(p);
    }

    private static String query(Map<String, String> p) {
        StringBuilder b = new StringBuilder("search.xhtml");
        char sep = '?';
        for (Map.Entry<String, String> e : p.entrySet()) {
            b.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return b.toString();
    }

    private LocalDate date(String name, List<FieldError> errors) {
        String v = params.get(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(name, "search.param.notDate", v));
            return null;
        }
    }

    private Long parseLong(String name, List<FieldError> errors) {
        String v = params.get(name);
        try {
            return v == null ? null : Long.valueOf(v);
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(name, "search.param.notNumber", v));
            return null;
        }
    }

    private Integer parseInteger(String name, List<FieldError> errors) {
        Long v = parseLong(name, errors);
        return v == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    private static int parseInt(String name, String v, List<FieldError> errors, int fallback) {
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(name, "search.param.notNumber", v));
            return fallback;
        }
    }

    public String param(String name) {
        return params.getOrDefault(name, "");
    }

    public boolean filtered(String name) {
        return params.containsKey(name);
    }

    public SearchResultView getResult() { return result; }
    public int getPage() { return page; }
    public boolean isHasNext() { return result != null && (long) (page + 1) * PAGE_SIZE < result.total(); }
    public long getLastPage() { return result == null ? 0 : Math.max(0, (result.total() - 1) / PAGE_SIZE); }
}
