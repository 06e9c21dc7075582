package vn.congvan.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.signature.SignerProfileService;
import vn.congvan.application.signature.SignerProfileView;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.attachment.ContentTooLargeException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/** "Chữ ký số của tôi": the user's signature image and signing key. */
@Named
@ViewScoped
public class SignerProfileBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SignerProfileService profiles;
    @Inject
    private ContentStore contentStore;

    private SignerProfileView profile;
    private transient UploadedFile image;
    private transient UploadedFile keyFile;
    private String password;
    private long imageVersion = System.currentTimeMillis();

    @PostConstruct
    void init() {
        profile = profiles.profile();
    }

    public void uploadImage() {
        if (image == null || image.getSize() == 0) {
            Ui.show(ApplicationProblemException.invalid(FieldError.of("file", "validation.required")), "img");
            return;
        }
        try (InputStream in = image.getInputStream();
             ContentStore.StagedFile staged = contentStore.stage(in, SignerProfileService.MAX_IMAGE_BYTES)) {
            profile = profiles.uploadSignatureImage(new vn.congvan.application.registration.UploadedFile(
                    image.getFileName(), image.getContentType(), staged));
            imageVersion = System.currentTimeMillis();
            Ui.info(Ui.text("profile.imageSaved"));
        } catch (ContentTooLargeException e) {
            Ui.show(new ApplicationProblemException(Problem.PAYLOAD_TOO_LARGE, "error.payloadTooLarge", List.of(), "1"), "img");
        } catch (ApplicationProblemException e) {
            Ui.show(e, "img");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void registerKey() {
        if (keyFile == null || keyFile.getSize() == 0) {
            Ui.show(ApplicationProblemException.invalid(FieldError.of("file", "validation.required")), "key");
            return;
        }
        try (InputStream in = keyFile.getInputStream();
             ContentStore.StagedFile staged = contentStore.stage(in, SignerProfileService.MAX_KEY_BYTES)) {
            profile = profiles.registerPkcs12(new vn.congvan.application.registration.UploadedFile(
                    keyFile.getFileName(), "application/x-pkcs12", staged), password == null ? null : password.toCharArray());
            Ui.info(Ui.text("profile.keySaved"));
        } catch (ContentTooLargeException e) {
            Ui.show(new ApplicationProblemException(Problem.PAYLOAD_TOO_LARGE, "error.payloadTooLarge", List.of(), "0.06"), "key");
        } catch (ApplicationProblemException e) {
            Ui.show(e, "key");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            password = null;
        }
    }

    // --- PKCS#11 slot, remote (CSC) credential, test signing ---

    @EJB
    private vn.congvan.application.signature.SigningService signing;

    private vn.congvan.application.signature.SigningOptionsView options;
    private String p11Library;
    private Long p11Slot;
    private String p11Alias;
    private String p11Pin;
    private Long cscServiceId;
    private String cscCredential;
    private String cscToken;
    private String testSecret;
    private String testToken;
    private transient UploadedFile testFile;
    private TestResult testResult;

    /** The outcome of "Ký thử", kept for the download. */
    public record TestResult(String status, String level, String keySource, java.util.List<String> summary, byte[] pdf)
            implements Serializable {
    }

    public vn.congvan.application.signature.SigningOptionsView getOptions() {
        if (options == null) {
            options = profiles.options();
        }
        return options;
    }

    public void registerPkcs11() {
        try {
            profile = profiles.registerPkcs11(p11Library, p11Slot, p11Alias, p11Pin);
            Ui.info(Ui.text("profile.keySaved"));
        } catch (ApplicationProblemException e) {
            Ui.show(e, "p11");
        } finally {
            p11Pin = null;
        }
    }

    public void registerCsc() {
        try {
            profile = profiles.registerCsc(cscServiceId, cscCredential, cscToken);
            Ui.info(Ui.text("profile.keySaved"));
        } catch (ApplicationProblemException e) {
            Ui.show(e, "csc");
        } finally {
            cscToken = null;
        }
    }

    public void testSign() {
        testResult = null;
        try {
            byte[] pdf = testFile == null || testFile.getSize() == 0 ? null : testFile.getContent();
            vn.congvan.application.signature.SignedDocument d = signing.testSign(pdf,
                    new vn.congvan.application.signature.SigningSecrets(testSecret, testToken));
            testResult = new TestResult(d.status(), d.level(), d.keySource(), d.summary(), d.pdf());
            Ui.info(Ui.text("profile.test.done", d.status()));
        } catch (ApplicationProblemException e) {
            Ui.show(e, "test");
        } catch (jakarta.ejb.EJBException e) {
            if (e.getCause() instanceof ApplicationProblemException ape) {
                Ui.show(ape, "test");
            } else {
                throw e;
            }
        } finally {
            testSecret = null;
            testToken = null;
        }
    }

    /** Sends the test-signed PDF. */
    public void download() throws IOException {
        if (testResult == null) {
            return;
        }
        jakarta.faces.context.FacesContext ctx = jakarta.faces.context.FacesContext.getCurrentInstance();
        jakarta.faces.context.ExternalContext ext = ctx.getExternalContext();
        ext.responseReset();
        ext.setResponseContentType("application/pdf");
        ext.setResponseContentLength(testResult.pdf().length);
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"ky-thu.pdf\"");
        ext.getResponseOutputStream().write(testResult.pdf());
        ctx.responseComplete();
    }

    public String getP11Library() { return p11Library; }
    public void setP11Library(String v) { this.p11Library = v; }
    public Long getP11Slot() { return p11Slot; }
    public void setP11Slot(Long v) { this.p11Slot = v; }
    public String getP11Alias() { return p11Alias; }
    public void setP11Alias(String v) { this.p11Alias = v; }
    public String getP11Pin() { return p11Pin; }
    public void setP11Pin(String v) { this.p11Pin = v; }
    public Long getCscServiceId() { return cscServiceId; }
    public void setCscServiceId(Long v) { this.cscServiceId = v; }
    public String getCscCredential() { return cscCredential; }
    public void setCscCredential(String v) { this.cscCredential = v; }
    public String getCscToken() { return cscToken; }
    public void setCscToken(String v) { this.cscToken = v; }
    public String getTestSecret() { return testSecret; }
    public void setTestSecret(String v) { this.testSecret = v; }
    public String getTestToken() { return testToken; }
    public void setTestToken(String v) { this.testToken = v; }
    public UploadedFile getTestFile() { return testFile; }
    public void setTestFile(UploadedFile v) { this.testFile = v; }
    public TestResult getTestResult() { return testResult; }

    public SignerProfileView getProfile() { return profile; }
    public UploadedFile getImage() { return image; }
    public void setImage(UploadedFile image) { this.image = image; }
    public UploadedFile getKeyFile() { return keyFile; }
    public void setKeyFile(UploadedFile keyFile) { this.keyFile = keyFile; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public long getImageVersion() { return imageVersion; }
}
