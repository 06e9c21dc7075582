package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.audit.HistoryEntryView;
import vn.congvan.application.register.CreateRegisterCommand;
import vn.congvan.application.register.NotationPatternCommand;
import vn.congvan.application.register.OpenYearCommand;
import vn.congvan.application.register.RegisterService;
import vn.congvan.application.register.RegisterView;
import vn.congvan.domain.model.register.RegisterKind;

import java.util.List;
import java.util.Locale;

/** Registers (sổ) of the caller's agency. */
@Path("registers")
@Produces(MediaType.APPLICATION_JSON)
public class RegisterResource {

    @EJB
    private RegisterService registers;

    @EJB
    private AuditService audit;

    @GET
    public List<RegisterView> list(@QueryParam("kind") String kind, @QueryParam("year") Integer year) {
        RegisterKind k;
        try {
            k = kind == null ? RegisterKind.INCOMING : RegisterKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApplicationProblemException.invalid(FieldError.of("kind", "validation.pattern"));
        }
        return registers.list(k, year);
    }

    /** Opens a register (administrators). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreateRegisterCommand command, @Context UriInfo uri) {
        RegisterView created = registers.create(command);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public RegisterView get(@PathParam("id") long id) {
        return registers.get(id);
    }

    /** Sets the notation patterns of an outgoing register (administrators): {@code {"notationPattern", "letterPattern"}}. */
    @PUT
    @Path("{id}/notation-pattern")
    @Consumes(MediaType.APPLICATION_JSON)
    public RegisterView setNotationPattern(@PathParam("id") long id, NotationPatternCommand command) {
        return registers.setNotationPatterns(id, command);
    }

    /** Đóng sổ (administrators, clerks): no more numbers; the register is frozen. */
    @POST
    @Path("{id}/close")
    public RegisterView close(@PathParam("id") long id) {
        return registers.close(id);
    }

    /** The register's own history: closing, pattern changes. */
    @GET
    @Path("{id}/history")
    public List<HistoryEntryView> history(@PathParam("id") long id) {
        return audit.registerHistory(id);
    }

    /** Mở sổ năm mới (administrators): {@code {"year": 2027}} copies the year before's registers, numbering from 1. */
    @POST
    @Path("open-year")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<RegisterView> openYear(OpenYearCommand command) {
        return registers.openYear(command);
    }
}
