package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import vn.congvan.application.admin.AdminViews;
import vn.congvan.application.admin.DepartmentCommand;
import vn.congvan.application.admin.DocumentTypeAdminService;
import vn.congvan.application.admin.DocumentTypeCommand;
import vn.congvan.application.admin.OrganisationService;
import vn.congvan.application.admin.PasswordCommand;
import vn.congvan.application.admin.PositionCommand;
import vn.congvan.application.admin.UserAdminService;
import vn.congvan.application.admin.UserCommand;
import vn.congvan.application.audit.HistoryEntryView;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;

import java.util.List;
import java.util.Locale;

/**
 * Administration of the caller's agency (quản trị, role ADMIN): departments, users, positions and
 * document types. One root resource under {@code /api/admin}, so that no other root shadows it.
 */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @EJB
    private OrganisationService organisation;

    @EJB
    private UserAdminService users;

    @EJB
    private DocumentTypeAdminService documentTypes;

    // ---- departments ----

    @GET
    @Path("departments")
    public List<AdminViews.DepartmentView> departments() {
        return organisation.departments();
    }

    @POST
    @Path("departments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createDepartment(DepartmentCommand command, @Context UriInfo uri) {
        AdminViews.DepartmentView d = organisation.createDepartment(command);
        return created(uri, d.id(), d);
    }

    @GET
    @Path("departments/{id}")
    public AdminViews.DepartmentView department(@PathParam("id") long id) {
        return organisation.department(id);
    }

    @PUT
    @Path("departments/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AdminViews.DepartmentView updateDepartment(@PathParam("id") long id, DepartmentCommand command) {
        return organisation.updateDepartment(id, command);
    }

    @DELETE
    @Path("departments/{id}")
    public Response deleteDepartment(@PathParam("id") long id) {
        organisation.deleteDepartment(id);
        return Response.noContent().build();
    }

    @POST
    @Path("departments/{id}/deactivate")
    public AdminViews.DepartmentView deactivateDepartment(@PathParam("id") long id) {
        return organisation.deactivateDepartment(id);
    }

    @POST
    @Path("departments/{id}/reactivate")
    public AdminViews.DepartmentView reactivateDepartment(@PathParam("id") long id) {
        return organisation.reactivateDepartment(id);
    }

    @GET
    @Path("departments/{id}/history")
    public List<HistoryEntryView> departmentHistory(@PathParam("id") long id) {
        return organisation.departmentHistory(id);
    }

    // ---- positions ----

    @GET
    @Path("positions")
    public List<AdminViews.PositionView> positions() {
        return organisation.positions();
    }

    @POST
    @Path("positions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createPosition(PositionCommand command, @Context UriInfo uri) {
        AdminViews.PositionView p = organisation.createPosition(command);
        return created(uri, p.id(), p);
    }

    @PUT
    @Path("positions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AdminViews.PositionView renamePosition(@PathParam("id") long id, PositionCommand command) {
        return organisation.renamePosition(id, command);
    }

    @POST
    @Path("positions/{id}/deactivate")
    public AdminViews.PositionView deactivatePosition(@PathParam("id") long id) {
        return organisation.setPositionActive(id, false);
    }

    @POST
    @Path("positions/{id}/reactivate")
    public AdminViews.PositionView reactivatePosition(@PathParam("id") long id) {
        return organisation.setPositionActive(id, true);
    }

    @GET
    @Path("positions/{id}/history")
    public List<HistoryEntryView> positionHistory(@PathParam("id") long id) {
        return organisation.positionHistory(id);
    }

    // ---- users ----

    @GET
    @Path("users")
    public List<AdminViews.UserView> users(@QueryParam("q") String q, @QueryParam("department") Long department,
                                           @QueryParam("role") String role, @QueryParam("active") String active) {
        Boolean a = null;
        if (active != null && !active.isBlank()) {
            switch (active.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> a = true;
                case "false" -> a = false;
                default -> throw ApplicationProblemException.invalid(FieldError.of("active", "validation.pattern"));
            }
        }
        return users.search(q, department, role, a);
    }

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createUser(UserCommand command, @Context UriInfo uri) {
        AdminViews.UserView u = users.create(command);
        return created(uri, u.id(), u);
    }

    @GET
    @Path("users/{id}")
    public AdminViews.UserView user(@PathParam("id") long id) {
        return users.get(id);
    }

    @PUT
    @Path("users/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AdminViews.UserView updateUser(@PathParam("id") long id, UserCommand command) {
        return users.update(id, command);
    }

    @POST
    @Path("users/{id}/deactivate")
    public AdminViews.UserView deactivateUser(@PathParam("id") long id) {
        return users.setActive(id, false);
    }

    @POST
    @Path("users/{id}/reactivate")
    public AdminViews.UserView reactivateUser(@PathParam("id") long id) {
        return users.setActive(id, true);
    }

    /** Sets a temporary password: {@code {"newPassword": "…"}}. */
    @PUT
    @Path("users/{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resetPassword(@PathParam("id") long id, PasswordCommand command) {
        users.resetPassword(id, command);
        return Response.noContent().build();
    }

    @GET
    @Path("users/{id}/history")
    public List<HistoryEntryView> userHistory(@PathParam("id") long id) {
        return users.history(id);
    }

    // ---- document types ----

    @GET
    @Path("document-types")
    public List<AdminViews.DocumentTypeAdminView> documentTypes() {
        return documentTypes.list();
    }

    @POST
    @Path("document-types")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createDocumentType(DocumentTypeCommand command, @Context UriInfo uri) {
        AdminViews.DocumentTypeAdminView t = documentTypes.create(command);
        return created(uri, t.id(), t);
    }

    @PUT
    @Path("document-types/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AdminViews.DocumentTypeAdminView updateDocumentType(@PathParam("id") long id, DocumentTypeCommand command) {
        return documentTypes.update(id, command);
    }

    @POST
    @Path("document-types/{id}/deactivate")
    public AdminViews.DocumentTypeAdminView deactivateDocumentType(@PathParam("id") long id) {
        return documentTypes.setActive(id, false);
    }

    @POST
    @Path("document-types/{id}/reactivate")
    public AdminViews.DocumentTypeAdminView reactivateDocumentType(@PathParam("id") long id) {
        return documentTypes.setActive(id, true);
    }

    @GET
    @Path("document-types/{id}/history")
    public List<HistoryEntryView> documentTypeHistory(@PathParam("id") long id) {
        return documentTypes.history(id);
    }

    private static Response created(UriInfo uri, long id, Object entity) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(entity).build();
    }
}
