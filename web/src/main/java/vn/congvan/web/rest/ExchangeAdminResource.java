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
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.exchange.DeliveryService;
import vn.congvan.application.exchange.ExchangeDirectoryService;
import vn.congvan.application.exchange.OutboxView;
import vn.congvan.application.exchange.PartnerCommand;
import vn.congvan.application.exchange.PartnerView;

import java.util.Base64;
import java.util.List;

/**
 * Exchange administration (ADMIN): the agency directory (CRUD and CSV import), the agency's exchange
 * certificate and key, the outbox and retrying a package.
 */
@Path("admin/exchange")
@Produces(MediaType.APPLICATION_JSON)
public class ExchangeAdminResource {

    @EJB
    private ExchangeDirectoryService directory;

    @EJB
    private DeliveryService deliveries;

    @GET
    @Path("agencies")
    public List<PartnerView> list() {
        return directory.list();
    }

    @GET
    @Path("agencies/{id}")
    public PartnerView get(@PathParam("id") long id) {
        return directory.get(id);
    }

    @POST
    @Path("agencies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(PartnerCommand command, @Context UriInfo uri) {
        PartnerView p = directory.create(command);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(p.id())).build()).entity(p).build();
    }

    @PUT
    @Path("agencies/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PartnerView update(@PathParam("id") long id, PartnerCommand command) {
        return directory.update(id, command);
    }

    @DELETE
    @Path("agencies/{id}")
    public Response delete(@PathParam("id") long id) {
        directory.delete(id);
        return Response.noContent().build();
    }

    /** CSV with a header line {@code organId,name,endpoint,certificate}; all or nothing. */
    @POST
    @Path("agencies/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public ExchangeDirectoryService.ImportResult importCsv(String csv) {
        return directory.importCsv(csv);
    }

    /** The agency's exchange certificate (PEM) to give to partners for their directory. */
    @GET
    @Path("certificate")
    @Produces("application/x-pem-file")
    public String certificate() {
        return directory.ownCertificate();
    }

    /** A PKCS#12 file (base64) and its password: the agency's key for signing packages from now on. */
    public record KeyUpload(String p12Base64, String password) {
    }

    @POST
    @Path("key")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces("application/x-pem-file")
    public String replaceKey(KeyUpload upload) {
        byte[] p12;
        try {
            p12 = upload == null || upload.p12Base64() == null ? null : Base64.getMimeDecoder().decode(upload.p12Base64());
        } catch (IllegalArgumentException e) {
            throw ApplicationProblemException.invalid(FieldError.of("p12Base64", "exchange.key.unreadable"));
        }
        return directory.replaceKey(p12, upload == null ? null : upload.password());
    }

    /** {@code ?state=PENDING|DELIVERED|FAILED}. */
    @GET
    @Path("outbox")
    public List<OutboxView> outbox(@QueryParam("state") String state) {
        return deliveries.outbox(state);
    }

    @POST
    @Path("outbox/{id}/retry")
    public OutboxView retry(@PathParam("id") long id) {
        return deliveries.retry(id);
    }
}
