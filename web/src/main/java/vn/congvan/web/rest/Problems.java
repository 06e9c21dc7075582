package vn.congvan.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Messages;
import vn.congvan.application.common.Problem;

import java.util.List;
import java.util.Locale;

/**
 * RFC 9457 problem details ({@code application/problem+json}) in the caller's language
 * (Accept-Language: vi by default, en on request). The {@code code} member is the stable message
 * key, for clients that want to react to a specific problem.
 */
public final class Problems {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json", "UTF-8");

    private Problems() {
    }

    public static Locale locale(HttpHeaders headers) {
        return headers == null ? Messages.VIETNAMESE : Messages.pick(headers.getAcceptableLanguages());
    }

    public static Response of(ApplicationProblemException e, HttpHeaders headers) {
        return build(e.problem(), e.messageKey(), e.args(), e.fieldErrors(), locale(headers));
    }

    public static Response of(Problem problem, String key, HttpHeaders headers, Object... args) {
        return build(problem, key, List.of(args), List.of(), locale(headers));
    }

    static Response build(Problem problem, String key, List<Object> args, List<FieldError> fields, Locale locale) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "urn:congvan:problem:" + key)
                .add("title", Messages.get(locale, key, args))
                .add("status", problem.status())
                .add("code", key);
        if (!fields.isEmpty()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            for (FieldError f : fields) {
                errors.add(Json.createObjectBuilder().add("field", f.field()).add("code", f.messageKey())
                        .add("message", Messages.get(locale, f.messageKey(), f.args())));
            }
            body.add("errors", errors);
        }
        return Response.status(problem.status()).type(PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(body.build().toString()).build();
    }
}
