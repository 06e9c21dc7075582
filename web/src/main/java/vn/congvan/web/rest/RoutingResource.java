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
 * Routing of incoming documents: each part's steps under {@code routing/assignments/{id}} and whom to hand
 * parts to ({@code routing/candidates}); the document's own steps are in {@link IncomingRoutingResource}.
 * Every step answers the document's routing as it is after the step.
 */
@Path("routing")
@Produces(MediaType.APPLICATION_JSON)
public class RoutingResource {

    @EJB
    private RoutingService routing;

    @GET
    @Path("candidates")
    public RoutingViews.Candidates candidates() {
        return routing.candidates();
    }

    @POST
    @Path("assignments/{id}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoutingViews.RoutingView reassign(@PathParam("id") long id, RoutingCommands.Reassign command) {
        return routing.reassign(id, command);
    }

    @POST
    @Path("assignments/{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoutingViews.RoutingView progress(@PathParam("id") long id, RoutingCommands.Note command) {
        return routing.progress(id, command);
    }

    @POST
    @Path("assignments/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoutingViews.RoutingView giveBack(@PathParam("id") long id, RoutingCommands.Note command) {
        return routing.giveBack(id, command);
    }

    @POST
    @Path("assignments/{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoutingViews.RoutingView requestExtension(@PathParam("id") long id, RoutingCommands.Extension command) {
        return routing.requestExtension(id, command);
    }

    @POST
    @Path("assignments/{id}/extension/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoutingViews.RoutingView decideExtension(@PathParam("id") long id, RoutingCommands.Decision command) {
        return routing.decideExtension(id, command);
    }

    @POST
    @Path("assignments/{id}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoutingViews.RoutingView linkReply(@PathParam("id") long id, RoutingCommands.Reply command) {
        return routing.linkReply(id, command);
    }

    @POST
    @Path("assignments/{id}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoutingViews.RoutingView finish(@PathParam("id") long id, RoutingCommands.Note command) {
        return routing.finish(id, command);
    }
}
