package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.audit.ChainCheckView;

/** Checks on the action log (administrators). */
@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB
    private AuditService audit;

    /** Walks the hash chain; {@code intact: false} with {@code brokenSeq}, the first broken entry. */
    @GET
    @Path("verify")
    public ChainCheckView verify() {
        return audit.verifyChain();
    }
}
