package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.congvan.application.inbox.InboxService;
import vn.congvan.application.inbox.InboxViews;

import java.util.Map;

/**
 * The personal inbox (việc cần xử lý): {@code GET inbox?task=&state=&due=OVERDUE|DUE_SOON&q=}, its count,
 * and the department view for heads.
 */
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @EJB
    private InboxService inbox;

    @GET
    public InboxViews.Inbox inbox(@QueryParam("task") String task, @QueryParam("state") String state,
                                  @QueryParam("due") String due, @QueryParam("q") String q) {
        return inbox.inbox(task, state, due, q);
    }

    @GET
    @Path("count")
    public Map<String, Integer> count() {
        return Map.of("open", inbox.count());
    }

    @GET
    @Path("department")
    public InboxViews.DepartmentInbox department() {
        return inbox.department();
    }
}
