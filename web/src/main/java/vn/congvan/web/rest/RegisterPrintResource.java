package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.congvan.application.reporting.PrintedRegister;
import vn.congvan.application.reporting.RegisterPrintService;

/**
 * Printing a register (in sổ, ND30 Phụ lục IV):
 * {@code GET /api/registers/{id}/print?from=2026-01-01&to=2026-12-31&format=pdf|xlsx&book=incoming|outgoing|follow-up}.
 */
@Path("registers/{id}/print")
public class RegisterPrintResource {

    @EJB
    private RegisterPrintService printing;

    @GET
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.WILDCARD})
    public Response print(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("format") String format, @QueryParam("book") String book) {
        PrintedRegister p = printing.print(id, book, from, to, format);
        return Response.ok(p.content(), p.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(p.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
