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
import jakarta.ws.rs.core.MediaType;
import vn.congvan.application.audit.HistoryEntryView;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.Problem;
import vn.congvan.application.signature.SigningConfigurationService;
import vn.congvan.application.signature.SigningConfigurationView;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Administration of digital signatures (ADMIN): trust anchors, CRLs and online revocation, the TSA,
 * remote signing services, approved PKCS#11 libraries, the default PAdES level.
 */
@Path("signing-config")
@Produces(MediaType.APPLICATION_JSON)
public class SigningConfigResource {

    @EJB
    private SigningConfigurationService config;

    public record OnlineRevocation(Boolean onlineRevocation) {
    }

    public record TsaSettings(String url, String username, String password, Boolean clearPassword, String hashAlgorithm) {
    }

    public record RemoteServiceInput(String name, String baseUrl, Integer timeoutSeconds) {
    }

    public record LibraryInput(String path, String label) {
    }

    public record LevelInput(String level) {
    }

    @GET
    public SigningConfigurationView view() {
        return config.view();
    }

    /** The body is a certificate file: PEM (one or more) or DER. */
    @POST
    @Path("trust-anchors")
    @Consumes({"application/x-pem-file", "application/pkix-cert", "application/x-x509-ca-cert", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    public SigningConfigurationView addAnchor(InputStream body) {
        return config.addTrustAnchors(read(body, SigningConfigurationService.MAX_CERT_BYTES, "0.06"));
    }

    @DELETE
    @Path("trust-anchors/{id}")
    public SigningConfigurationView removeAnchor(@PathParam("id") long id) {
        return config.removeTrustAnchor(id);
    }

    /** The body is a CRL (DER or PEM). */
    @POST
    @Path("crls")
    @Consumes({"application/pkix-crl", "application/x-pkcs7-crl", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    public SigningConfigurationView addCrl(InputStream body) {
        return config.addCrl(read(body, SigningConfigurationService.MAX_CRL_BYTES, "5"));
    }

    @DELETE
    @Path("crls/{id}")
    public SigningConfigurationView removeCrl(@PathParam("id") long id) {
        return config.removeCrl(id);
    }

    @PUT
    @Path("revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    public SigningConfigurationView revocation(OnlineRevocation in) {
        return config.setOnlineRevocation(in == null ? null : in.onlineRevocation());
    }

    @PUT
    @Path("tsa")
    @Consumes(MediaType.APPLICATION_JSON)
    public SigningConfigurationView tsa(TsaSettings in) {
        TsaSettings t = in == null ? new TsaSettings(null, null, null, null, null) : in;
        return config.setTsa(t.url(), t.username(), t.password(), Boolean.TRUE.equals(t.clearPassword()), t.hashAlgorithm());
    }

    @DELETE
    @Path("tsa")
    public SigningConfigurationView removeTsa() {
        return config.removeTsa();
    }

    @POST
    @Path("tsa/test")
    public SigningConfigurationView.TsaTest testTsa() {
        return config.testTsa();
    }

    @POST
    @Path("remote-services")
    @Consumes(MediaType.APPLICATION_JSON)
    public SigningConfigurationView addRemoteService(RemoteServiceInput in) {
        RemoteServiceInput r = in == null ? new RemoteServiceInput(null, null, null) : in;
        return config.addRemoteService(r.name(), r.baseUrl(), r.timeoutSeconds());
    }

    @DELETE
    @Path("remote-services/{id}")
    public SigningConfigurationView removeRemoteService(@PathParam("id") long id) {
        return config.removeRemoteService(id);
    }

    @POST
    @Path("pkcs11-libraries")
    @Consumes(MediaType.APPLICATION_JSON)
    public SigningConfigurationView addLibrary(LibraryInput in) {
        LibraryInput l = in == null ? new LibraryInput(null, null) : in;
        return config.addPkcs11Library(l.path(), l.label());
    }

    @DELETE
    @Path("pkcs11-libraries/{id}")
    public SigningConfigurationView removeLibrary(@PathParam("id") long id) {
        return config.removePkcs11Library(id);
    }

    @PUT
    @Path("default-level")
    @Consumes(MediaType.APPLICATION_JSON)
    public SigningConfigurationView defaultLevel(LevelInput in) {
        return config.setDefaultLevel(in == null ? null : in.level());
    }

    /** The latest changes (action log entries about signing), newest first. */
    @GET
    @Path("history")
    public List<HistoryEntryView> history() {
        return config.history();
    }

    static byte[] read(InputStream body, int max, String mb) {
        try {
            byte[] b = body.readNBytes(max + 1);
            if (b.length > max) {
                throw new ApplicationProblemException(Problem.PAYLOAD_TOO_LARGE, "error.payloadTooLarge", mb);
            }
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
