package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.congvan.application.exchange.ExchangeInbox;

import java.io.InputStream;

/**
 * The public edXML inbox: other agencies (another CôngVăn, or an axis connector) POST packages here. No
 * user logs in: a package is taken only from an agency of the receiving agency's directory and only when
 * its XML-DSig verifies against that agency's certificate (docs/admin/lien-thong.md). 202 for a new
 * document (it waits for the clerk), 200 for a recall or a status message; problems: 400 not well-formed
 * or unsafe XML, 403 unknown sender or bad signature, 404 no such recipient or document, 409 duplicate,
 * 413 too large, 422 a field breaks the rules.
 */
@Path("edxml")
public class EdxmlInboxResource {

    @EJB
    private ExchangeInbox inbox;

    @POST
    @Path("inbox")
    @Consumes({"application/xml", "text/xml", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(InputStream body) {
        ExchangeInbox.Receipt r = inbox.receive(body);
        return Response.status("DOCUMENT".equals(r.kind()) ? 202 : 200).entity(r).build();
    }
}
