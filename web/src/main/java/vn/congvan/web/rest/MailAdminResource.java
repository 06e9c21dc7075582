package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import vn.congvan.application.notification.MailSettingsCommand;
import vn.congvan.application.notification.MailSettingsService;
import vn.congvan.application.notification.MailSettingsView;

/**
 * The agency's e-mail settings (ADMIN): SMTP host, port, user, sender, TLS; a test message; the outbox.
 * Its own root {@code admin/mail}: no path of {@link AdminResource} starts with it.
 */
@Path("admin/mail")
@Produces(MediaType.APPLICATION_JSON)
public class MailAdminResource {

    @EJB
    private MailSettingsService mail;

    @Context
    private HttpHeaders headers;

    public record TestInput(String to) {
    }

    public record TestResult(String to, boolean sent) {
    }

    public record Retried(int retried) {
    }

    /** The settings in effect (never the password), the server's defaults, the outbox's state. */
    @GET
    public MailSettingsView get() {
        return mail.get();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public MailSettingsView update(MailSettingsCommand command) {
        return mail.update(command);
    }

    /** Back to the server's {@code congvan.mail.*} settings. */
    @DELETE
    public MailSettingsView reset() {
        return mail.reset();
    }

    /** Sends a test message now: {@code {"to": "…"}} (default: the administrator's own address); 502 when SMTP fails. */
    @POST
    @Path("test")
    @Consumes(MediaType.APPLICATION_JSON)
    public TestResult test(TestInput input) {
        return new TestResult(mail.testSend(input == null ? null : input.to(), Problems.locale(headers)), true);
    }

    /** Gives the messages that failed every attempt another round. */
    @POST
    @Path("retry-failed")
    public Retried retryFailed() {
        return new Retried(mail.retryFailed());
    }
}
