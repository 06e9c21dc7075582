package vn.congvan.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import vn.congvan.application.audit.HistoryEntryView;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.signature.SigningConfigurationService;
import vn.congvan.application.signature.SigningConfigurationView;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/** "Cấu hình chữ ký số" (administrators): trust anchors, CRLs, TSA, remote services, PKCS#11 libraries, level. */
@Named
@ViewScoped
public class SigningAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SigningConfigurationService config;

    private SigningConfigurationView view;
    private List<HistoryEntryView> history;
    private boolean allowed;
    private transient UploadedFile anchorFile;
    private transient UploadedFile crlFile;
    private boolean onlineRevocation;
    private String tsaUrl;
    private String tsaUser;
    private String tsaPassword;
    private boolean tsaClearPassword;
    private String tsaHash = "SHA-256";
    private SigningConfigurationView.TsaTest tsaTest;
    private String serviceName;
    private String serviceUrl;
    private Integer serviceTimeout = 120;
    private String libraryPath;
    private String libraryLabel;
    private String level;

    @PostConstruct
    void init() {
        try {
            refresh(config.view());
            allowed = true;
        } catch (EJBAccessException e) {
            allowed = false;
        }
    }

    private void refresh(SigningConfigurationView v) {
        view = v;
        history = config.history();
        onlineRevocation = v.onlineRevocation();
        level = v.defaultLevel();
        if (v.tsa() != null) {
            tsaUrl = v.tsa().url();
            tsaUser = v.tsa().username();
            tsaHash = v.tsa().hashAlgorithm();
        }
    }

    private void run(Supplier<SigningConfigurationView> action, String form) {
        try {
            refresh(action.get());
            Ui.info(Ui.text("signingAdmin.saved"));
        } catch (ApplicationProblemException e) {
            Ui.show(e, form);
        }
    }

    public void addAnchor() {
        run(() -> config.addTrustAnchors(anchorFile == null ? null : anchorFile.getContent()), "anchors");
    }

    public void removeAnchor(long id) {
        run(() -> config.removeTrustAnchor(id), "anchors");
    }

    public void addCrl() {
        run(() -> config.addCrl(crlFile == null ? null : crlFile.getContent()), "crls");
    }

    public void removeCrl(long id) {
        run(() -> config.removeCrl(id), "crls");
    }

    public void saveRevocation() {
        run(() -> config.setOnlineRevocation(onlineRevocation), "crls");
    }

    public void saveTsa() {
        try {
            run(() -> config.setTsa(tsaUrl, tsaUser, tsaPassword, tsaClearPassword, tsaHash), "tsa");
        } finally {
            tsaPassword = null;
        }
    }

    public void removeTsa() {
        run(config::removeTsa, "tsa");
    }

    public void testTsa() {
        tsaTest = null;
        try {
            tsaTest = config.testTsa();
            Ui.info(Ui.text("signingAdmin.tsaOk", tsaTest.time(), tsaTest.authority()));
        } catch (ApplicationProblemException e) {
            Ui.show(e, "tsa");
        }
    }

    public void addService() {
        run(() -> config.addRemoteService(serviceName, serviceUrl, serviceTimeout), "services");
    }

    public void removeService(long id) {
        run(() -> config.removeRemoteService(id), "services");
    }

    public void addLibrary() {
        run(() -> config.addPkcs11Library(libraryPath, libraryLabel), "libraries");
    }

    public void removeLibrary(long id) {
        run(() -> config.removePkcs11Library(id), "libraries");
    }

    public void saveLevel() {
        run(() -> config.setDefaultLevel(level), "level");
    }

    public boolean isAllowed() { return allowed; }
    public SigningConfigurationView getView() { return view; }
    public List<HistoryEntryView> getHistory() { return history; }
    public UploadedFile getAnchorFile() { return anchorFile; }
    public void setAnchorFile(UploadedFile f) { this.anchorFile = f; }
    public UploadedFile getCrlFile() { return crlFile; }
    public void setCrlFile(UploadedFile f) { this.crlFile = f; }
    public boolean isOnlineRevocation() { return onlineRevocation; }
    public void setOnlineRevocation(boolean v) { this.onlineRevocation = v; }
    public String getTsaUrl() { return tsaUrl; }
    public void setTsaUrl(String v) { this.tsaUrl = v; }
    public String getTsaUser() { return tsaUser; }
    public void setTsaUser(String v) { this.tsaUser = v; }
    public String getTsaPassword() { return tsaPassword; }
    public void setTsaPassword(String v) { this.tsaPassword = v; }
    public boolean isTsaClearPassword() { return tsaClearPassword; }
    public void setTsaClearPassword(boolean v) { this.tsaClearPassword = v; }
    public String getTsaHash() { return tsaHash; }
    public void setTsaHash(String v) { this.tsaHash = v; }
    public SigningConfigurationView.TsaTest getTsaTest() { return tsaTest; }
    public String getServiceName() { return serviceName; }
    public void setServiceName(String v) { this.serviceName = v; }
    public String getServiceUrl() { return serviceUrl; }
    public void setServiceUrl(String v) { this.serviceUrl = v; }
    public Integer getServiceTimeout() { return serviceTimeout; }
    public void setServiceTimeout(Integer v) { this.serviceTimeout = v; }
    public String getLibraryPath() { return libraryPath; }
    public void setLibraryPath(String v) { this.libraryPath = v; }
    public String getLibraryLabel() { return libraryLabel; }
    public void setLibraryLabel(String v) { this.libraryLabel = v; }
    public String getLevel() { return level; }
    public void setLevel(String v) { this.level = v; }
}
