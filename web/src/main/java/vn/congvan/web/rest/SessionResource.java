package vn.congvan.web.rest;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * API sessions: a client logs in once ({@code POST /api/session}) and sends the session cookie from
 * then on, so the password is checked (bcrypt) once per session rather than on every call as with
 * {@code Authorization: Basic}. Calls that change something and come with only the cookie must also
 * carry the session's {@code X-CSRF-Token}, which a page of another site cannot read or send.
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_ATTRIBUTE = "vn.congvan.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Context
    private HttpServletRequest request;

    public record Credentials(String username, String password) {
    }

    /** Who is logged in on this session, and the token to send with changing calls. */
    public record SessionView(String username, String csrfToken) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionView login(Credentials credentials) {
        List<FieldError> errors = new ArrayList<>();
        if (credentials == null || credentials.username() == null || credentials.username().isBlank()) {
            errors.add(FieldError.of("username", "validation.required"));
        }
        if (credentials == null || credentials.password() == null || credentials.password().isEmpty()) {
            errors.add(FieldError.of("password", "validation.required"));
        }
        if (!errors.isEmpty()) {
            throw ApplicationProblemException.invalid(errors);
        }
        if (request.getUserPrincipal() != null) {
            logoutQuietly();
        }
        try {
            request.login(credentials.username().strip(), credentials.password());
        } catch (ServletException e) {
            throw new ApplicationProblemException(Problem.UNAUTHENTICATED, "error.login.failed");
        }
        // a new session for a new identity (no session fixation)
        HttpSession old = request.getSession(false);
        if (old != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        return new SessionView(request.getUserPrincipal().getName(), token(session));
    }

    @GET
    public SessionView current() {
        if (request.getUserPrincipal() == null) {
            throw new ApplicationProblemException(Problem.UNAUTHENTICATED, "error.unauthenticated");
        }
        return new SessionView(request.getUserPrincipal().getName(), token(request.getSession(true)));
    }

    @DELETE
    public Response logout() {
        logoutQuietly();
        return Response.noContent().build();
    }

    private void logoutQuietly() {
        try {
            request.logout();
        } catch (ServletException e) {
            // nothing to log out from
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    static String token(HttpSession session) {
        synchronized (session) {
            Object t = session.getAttribute(CSRF_ATTRIBUTE);
            if (t instanceof String s) {
                return s;
            }
            byte[] b = new byte[24];
            RANDOM.nextBytes(b);
            String s = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            session.setAttribute(CSRF_ATTRIBUTE, s);
            return s;
        }
    }
}
