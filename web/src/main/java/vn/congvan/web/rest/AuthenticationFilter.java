package vn.congvan.web.rest;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import vn.congvan.application.common.Messages;
import vn.congvan.application.common.Problem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

/**
 * The API answers an unauthenticated call with 401 and a problem document (the web UI's form
 * login would redirect instead). The server authenticates the {@code Authorization: Basic} header
 * (Elytron, the same realm as the UI) or the session (an API session from {@code POST /api/session}, or
 * the UI's) before this filter runs. A changing call that comes with the session cookie alone must
 * carry the session's CSRF token ({@link SessionResource}).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"CongVan\", charset=\"UTF-8\"";
    private static final Set<String> PUBLIC = Set.of("health", "document-types", "session", "edxml");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String first = path.replaceFirst("^/", "").split("/", 2)[0];
        if (PUBLIC.contains(first)) {
            return;
        }
        if (request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(Response.fromResponse(Problems.build(Problem.UNAUTHENTICATED, "error.unauthenticated",
                            List.of(), List.of(), Messages.pick(request.getAcceptableLanguages())))
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build());
            return;
        }
        // A change authenticated by the session cookie alone must prove it comes from our own client.
        if (!SAFE_METHODS.contains(request.getMethod()) && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                && !csrfTokenMatches(request.getHeaderString(SessionResource.CSRF_HEADER))) {
            request.abortWith(Problems.build(Problem.FORBIDDEN, "error.csrf", List.of(), List.of(),
                    Messages.pick(request.getAcceptableLanguages())));
        }
    }

    private boolean csrfTokenMatches(String sent) {
        HttpSession session = servletRequest.getSession(false);
        if (sent == null || session == null) {
            return false;
        }
        Object expected = session.getAttribute(SessionResource.CSRF_ATTRIBUTE);
        return expected instanceof String e && MessageDigest.isEqual(
                e.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }
}
