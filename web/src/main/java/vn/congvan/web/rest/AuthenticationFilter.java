package vn.congvan.web.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import vn.congvan.application.common.Messages;
import vn.congvan.application.common.Problem;

import java.util.List;
import java.util.Set;

/**
 * The API answers an unauthenticated call with 401 and a problem document (the web UI's form
 * login would redirect instead). The server authenticates the {@code Authorization: Basic} header
 * (Elytron, the same realm as the UI) or the UI's session before this filter runs.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"CongVan\", charset=\"UTF-8\"";
    private static final Set<String> PUBLIC = Set.of("health", "document-types");

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
        }
    }
}
