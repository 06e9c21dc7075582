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

    public SignerProfileView getProfile() { return profile; }
    public UploadedFile getImage() { return image; }
    public void setImage(UploadedFile image) { this.image = image; }
    public UploadedFile getKeyFile() { return keyFile; }
    public void setKeyFile(UploadedFile keyFile) { this.keyFile = keyFile; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public long getImageVersion() { return imageVersion; }
}
