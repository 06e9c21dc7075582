package vn.congvan.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.exchange.DeliveryService;
import vn.congvan.application.exchange.ExchangeDirectoryService;
import vn.congvan.application.exchange.OutboxView;
import vn.congvan.application.exchange.PartnerCommand;
import vn.congvan.application.exchange.PartnerView;

import java.io.Serializable;
import java.util.List;

/** "Liên thông văn bản" (administrator): the agency directory, CSV import, own certificate, failed packages. */
@Named
@ViewScoped
public class ExchangeAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ExchangeDirectoryService directory;

    @EJB
    private DeliveryService deliveries;

    private List<PartnerView> partners;
    private List<OutboxView> failed;
    private String certificate;
    private Long editing;
    private String organId;
    private String name;
    private String endpoint;
    private String certificatePem;
    private boolean active = true;
    private String csv;

    @PostConstruct
    void init() {
        load();
        certificate = directory.ownCertificate();
    }

    private void load() {
        partners = directory.list();
        failed = deliveries.outbox("FAILED");
    }

    public void edit(PartnerView p) {
        editing = p.id();
        organId = p.organId();
        name = p.name();
        endpoint = p.endpoint();
        certificatePem = p.certificatePem();
        active = p.active();
    }

    public void clear() {
        editing = null;
        organId = null;
        name = null;
        endpoint = null;
        certificatePem = null;
        active = true;
    }

    public void save() {
        PartnerCommand c = new PartnerCommand(organId, name, endpoint, certificatePem, active);
        try {
            if (editing == null) {
                directory.create(c);
            } else {
                directory.update(editing, c);
            }
            Ui.info(Ui.text("exchange.admin.saved", organId));
            clear();
            load();
        } catch (ApplicationProblemException e) {
            Ui.show(e, "partner");
        }
    }

    public void delete(PartnerView p) {
        try {
            directory.delete(p.id());
            Ui.info(Ui.text("exchange.admin.deleted", p.organId()));
            load();
        } catch (ApplicationProblemException e) {
            Ui.show(e, "partners");
        }
    }

    public void importCsv() {
        try {
            ExchangeDirectoryService.ImportResult r = directory.importCsv(csv);
            Ui.info(Ui.text("exchange.admin.imported", r.added(), r.updated()));
            csv = null;
            load();
        } catch (ApplicationProblemException e) {
            Ui.show(e, "import");
        }
    }

    public void retry(OutboxView o) {
        try {
            deliveries.retry(o.id());
            Ui.info(Ui.text("exchange.admin.retried"));
            load();
        } catch (ApplicationProblemException e) {
            Ui.show(e, "outbox");
        }
    }

    public List<PartnerView> getPartners() { return partners; }
    public List<OutboxView> getFailed() { return failed; }
    public String getCertificate() { return certificate; }
    public Long getEditing() { return editing; }
    public String getOrganId() { return organId; }
    public void setOrganId(String organId) { this.organId = organId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEndpoint() { return endpoint; }
    public void setEndpoint(String endpoint) { this.endpoint = endpoint; }
    public String getCertificatePem() { return certificatePem; }
    public void setCertificatePem(String certificatePem) { this.certificatePem = certificatePem; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getCsv() { return csv; }
    public void setCsv(String csv) { this.csv = csv; }
}
