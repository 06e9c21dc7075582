package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.congvan.application.search.IndexStatusView;
import vn.congvan.application.search.SearchIndexAdmin;

/**
 * Search index administration (administrators): health and a full re-index with progress. Its own root
 * {@code admin/search} (like {@code admin/audit}): no path of {@link AdminResource} starts with it.
 */
@Path("admin/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchAdminResource {

    @EJB
    private SearchIndexAdmin admin;

    @GET
    @Path("status")
    public IndexStatusView status() {
        return admin.status();
    }

    /** Starts a re-index in the background: 202 with the status; 409 while one runs. */
    @POST
    @Path("reindex")
    public Response reindex() {
        return Response.accepted(admin.reindex()).build();
    }
}
