package vn.congvan.web.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.congvan.application.common.Problem;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A JSON body that cannot be read (truncated, not JSON) reaches RESTEasy's JSON-B reader as a
 * {@link ProcessingException}, not a {@code WebApplicationException}: answer 400 like the other malformed
 * bodies instead of a server error.
 */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(MalformedBodyMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof JsonbException || c instanceof JsonException) {
                return Problems.of(Problem.BAD_REQUEST, "error.body.malformed", headers, ExceptionMappers.shortMessage(c));
            }
        }
        LOG.log(Level.SEVERE, "Unexpected error", e);
        return Problems.of(Problem.SERVER_ERROR, "error.server", headers);
    }
}
