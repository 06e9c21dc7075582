package vn.congvan.web.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.congvan.application.catalogue.CatalogueService;

import java.util.List;

/** Catalogues and the caller. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    @EJB
    private CatalogueService catalogue;

    /** The 29 ND30 document types and the copy kinds. Public: it is the decree's list. */
    @GET
    @Path("document-types")
    public List<CatalogueService.DocumentTypeView> documentTypes() {
        return catalogue.documentTypes();
    }

    @GET
    @Path("departments")
    public List<CatalogueService.DepartmentView> departments() {
        return catalogue.departments();
    }

    @GET
    @Path("health")
    @Produces(MediaType.TEXT_PLAIN)
    public String health() {
        return "UP";
    }
}
