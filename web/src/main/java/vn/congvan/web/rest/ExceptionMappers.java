package vn.congvan.web.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.Problem;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Every error leaves the API as a problem document with the status that says what happened; never a stack trace. */
public final class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

    private ExceptionMappers() {
    }

    @Provider
    public static class ApplicationProblems implements ExceptionMapper<ApplicationProblemException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ApplicationProblemException e) {
            return Problems.of(e, headers);
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Context
        HttpHeaders headers;
        @Context
        SecurityContext security;

        @Override
        public Response toResponse(EJBAccessException e) {
            if (security == null || security.getUserPrincipal() == null) {
                return Response.fromResponse(Problems.of(Problem.UNAUTHENTICATED, "error.unauthenticated", headers))
                        .header(HttpHeaders.WWW_AUTHENTICATE, AuthenticationFilter.CHALLENGE).build();
            }
            return Problems.of(Problem.FORBIDDEN, "error.forbidden", headers);
        }
    }

    @Provider
    public static class Ejb implements ExceptionMapper<EJBException> {
        @Context
        HttpHeaders headers;
        @Context
        SecurityContext security;

        @Override
        public Response toResponse(EJBException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e.getCausedByException();
            if (cause instanceof ApplicationProblemException ape) {
                return Problems.of(ape, headers);
            }
            if (e instanceof EJBAccessException access) {
                AccessDenied m = new AccessDenied();
                m.headers = headers;
                m.security = security;
                return m.toResponse(access);
            }
            LOG.log(Level.SEVERE, "Unexpected error in a service", e);
            return Problems.of(Problem.SERVER_ERROR, "error.server", headers);
        }
    }

    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonbException e) {
            return Problems.of(Problem.BAD_REQUEST, "error.body.malformed", headers, shortMessage(e));
        }
    }

    @Provider
    public static class MalformedJsonP implements ExceptionMapper<JsonException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonException e) {
            return Problems.of(Problem.BAD_REQUEST, "error.body.malformed", headers, shortMessage(e));
        }
    }

    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            if (e instanceof NotFoundException) {
                return Problems.of(Problem.NOT_FOUND, "error.notFound", headers);
            }
            if (e instanceof NotSupportedException) {
                return Problems.of(Problem.UNSUPPORTED_MEDIA_TYPE, "error.unsupportedMediaType", headers);
            }
            if (e instanceof NotAllowedException) {
                Response problem = Problems.of(Problem.METHOD_NOT_ALLOWED, "error.methodNotAllowed", headers);
                String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
                return allow == null ? problem : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
            }
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status >= 500) {
                LOG.log(Level.SEVERE, "Server error in the REST layer", e);
                return Problems.of(Problem.SERVER_ERROR, "error.server", headers);
            }
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof JsonException) {
                return Problems.of(Problem.BAD_REQUEST, "error.body.malformed", headers, shortMessage(e.getCause()));
            }
            return Problems.of(Problem.BAD_REQUEST, "error.body.malformed", headers, shortMessage(e));
        }
    }

    /** A body JSON-B cannot bind (e.g. a bare string where an object is expected) is the client's error, not ours. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof JsonbException || c instanceof JsonException) {
                    return Problems.of(Problem.BAD_REQUEST, "error.body.malformed", headers, shortMessage(c));
                }
            }
            LOG.log(Level.SEVERE, "Unexpected error", e);
            return Problems.of(Problem.SERVER_ERROR, "error.server", headers);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(RuntimeException e) {
            LOG.log(Level.SEVERE, "Unexpected error", e);
            return Problems.of(Problem.SERVER_ERROR, "error.server", headers);
        }
    }

    static String shortMessage(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ");
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
