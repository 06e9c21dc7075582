package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.search.SearchQuery;
import vn.congvan.application.search.SearchResultView;
import vn.congvan.application.search.SearchService;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/search}: full-text search of the documents the caller may see (docs/api.md).
 * Parameters are read as text and checked here, so that a malformed number or date is a 400 naming
 * the parameter (JAX-RS would answer 404).
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @EJB
    private SearchService search;

    @GET
    public SearchResultView search(@QueryParam("q") String q, @QueryParam("subject") String subject,
                                   @QueryParam("text") String text, @QueryParam("notation") String notation,
                                   @QueryParam("organ") String organ, @QueryParam("signer") String signer,
                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("issuedFrom") String issuedFrom, @QueryParam("issuedTo") String issuedTo,
                                   @QueryParam("type") String type, @QueryParam("registerId") String registerId,
                                   @QueryParam("priority") String priority,
                                   @QueryParam("departmentId") String departmentId,
                                   @QueryParam("kind") String kind, @QueryParam("status") String status,
                                   @QueryParam("agency") String agency, @QueryParam("sort") String sort,
                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        SearchQuery query = new SearchQuery(q, subject, text, notation, organ, signer,
                date("from", from, errors), date("to", to, errors), date("issuedFrom", issuedFrom, errors),
                date("issuedTo", issuedTo, errors), type,
                number("registerId", registerId, errors), intNumber("priority", priority, errors),
                number("departmentId", departmentId, errors), kind, status, agency, blankToNull(sort),
                orDefault(intNumber("page", page, errors), 0), orDefault(intNumber("size", size, errors), 20));
        if (!errors.isEmpty()) {
            throw ApplicationProblemException.invalid(errors);
        }
        return search.search(query);
    }

    static LocalDate date(String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(name, "search.param.notDate", value));
            return null;
        }
    }

    static Long number(String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(name, "search.param.notNumber", value));
            return null;
        }
    }

    static Integer intNumber(String name, String value, List<FieldError> errors) {
        Long n = number(name, value, errors);
        if (n != null && (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE)) {
            errors.add(FieldError.of(name, "search.param.notNumber", value));
            return null;
        }
        return n == null ? null : n.intValue();
    }

    private static int orDefault(Integer v, int d) {
        return v == null ? d : v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
