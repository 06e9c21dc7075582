package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.audit.HistoryEntryView;
import vn.congvan.application.dossier.CreateDossierCommand;
import vn.congvan.application.dossier.DossierDocumentCommand;
import vn.congvan.application.dossier.DossierExport;
import vn.congvan.application.dossier.DossierService;
import vn.congvan.application.dossier.DossierView;
import vn.congvan.infrastructure.export.DossierZipWriter;

import java.util.List;

/**
 * Dossiers (hồ sơ công việc): list, create, read, put documents in and take them out, close, reopen
 * (administrators), export as a ZIP (streamed: the files of each document in a folder, plus index.json).
 */
@Path("dossiers")
@Produces(MediaType.APPLICATION_JSON)
public class DossierResource {

    @EJB
    private DossierService dossiers;

    @EJB
    private AuditService audit;

    /** The caller's visible dossiers; {@code documentId} (+ {@code kind}, INCOMING by default): those holding it. */
    @GET
    public List<DossierView> list(@QueryParam("year") Integer year, @QueryParam("kind") String kind,
                                  @QueryParam("documentId") Long documentId) {
        return dossiers.list(year, kind, documentId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreateDossierCommand command, @Context UriInfo uri) {
        DossierView v = dossiers.create(command);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(v.id())).build()).entity(v).build();
    }

    @GET
    @Path("{id}")
    public DossierView get(@PathParam("id") long id) {
        return dossiers.get(id);
    }

    /** The dossier's history from the action log, oldest first. */
    @GET
    @Path("{id}/history")
    public List<HistoryEntryView> history(@PathParam("id") long id) {
        return audit.dossierHistory(id);
    }

    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    public DossierView addDocument(@PathParam("id") long id, DossierDocumentCommand command) {
        return dossiers.addDocument(id, command);
    }

    @DELETE
    @Path("{id}/documents/{kind}/{documentId}")
    public DossierView removeDocument(@PathParam("id") long id, @PathParam("kind") String kind,
                                      @PathParam("documentId") long documentId) {
        return dossiers.removeDocument(id, kind, documentId);
    }

    @POST
    @Path("{id}/close")
    public DossierView close(@PathParam("id") long id) {
        return dossiers.close(id);
    }

    @POST
    @Path("{id}/reopen")
    public DossierView reopen(@PathParam("id") long id) {
        return dossiers.reopen(id);
    }

    /** The dossier as a ZIP, streamed; every file was checked against its SHA-256 before the first byte is sent. */
    @GET
    @Path("{id}/export")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    public Response export(@PathParam("id") long id) {
        DossierExport export = dossiers.export(id);
        StreamingOutput body = out -> DossierZipWriter.write(export, out);
        return Response.ok(body, "application/zip")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(export.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
