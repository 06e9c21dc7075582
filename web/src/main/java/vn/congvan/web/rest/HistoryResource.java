package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.audit.HistoryEntryView;

import java.util.List;

/** The history (lịch sử xử lý) of an incoming document: registration, views, downloads, oldest first. */
@Path("incoming/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    @EJB
    private AuditService audit;

    @GET
    public List<HistoryEntryView> history(@PathParam("id") long id) {
        return audit.history(id);
    }
}
