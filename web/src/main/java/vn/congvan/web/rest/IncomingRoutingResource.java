package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.congvan.application.routing.RoutingCommands;
import vn.congvan.application.routing.RoutingService;
import vn.congvan.application.routing.RoutingViews;

/**
 * An incoming document's routing ({@code GET}) and its steps: present to a leader, direct. The parts'
 * steps are in {@link RoutingResource}.
 */
@Path("incoming/{id}/routing")
@Produces(MediaType.APPLICATION_JSON)
public class IncomingRoutingResource {

    @EJB
    private RoutingService routing;

    @GET
    public RoutingViews.RoutingView routing(@PathParam("id") long id) {
        return routing.routing(id);
    }

    @POST
    @Path("present")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoutingViews.RoutingView present(@PathParam("id") long id, RoutingCommands.Present command) {
        return routing.present(id, command);
    }

    @POST
    @Path("direct")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoutingViews.RoutingView direct(@PathParam("id") long id, RoutingCommands.Direct command) {
        return routing.direct(id, command);
    }
}
