package vn.congvan.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.catalogue.CatalogueService;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.exchange.AcceptCommand;
import vn.congvan.application.exchange.ReceivedService;
import vn.congvan.application.exchange.ReceivedView;
import vn.congvan.application.exchange.RefuseCommand;
import vn.congvan.application.registration.IncomingView;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * "Văn bản điện tử đến": the clerk's queue of packages received from other agencies; open one, download
 * its files, accept it (registered as incoming) or refuse it with a reason.
 */
@Named
@ViewScoped
public class ExchangeReceivedBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @EJB
    private ReceivedService received;

    @EJB
    private CatalogueService catalogue;

    private String state = "RECEIVED";
    private Long id;
    private List<ReceivedView> packages;
    private ReceivedView selected;
    private String documentType;
    private Long departmentId;
    private String reason;
    private List<CatalogueService.DocumentTypeView> documentTypes;
    private List<CatalogueService.DepartmentView> departments;

    @PostConstruct
    void init() {
        documentTypes = catalogue.documentTypes();
        departments = catalogue.departments();
    }

    /** viewAction: the list, and the package of {@code ?id=} when given. */
    public void load() {
        packages = received.list(state == null || state.isBlank() ? null : state);
        if (id != null) {
            try {
                selected = received.get(id);
                documentType = guessType(selected);
            } catch (ApplicationProblemException e) {
                Ui.show(e, "decide");
                selected = null;
            }
        }
    }

    public void filter() {
        id = null;
        selected = null;
        load();
    }

    public void accept() throws IOException {
        try {
            IncomingView v = received.accept(selected.id(), new AcceptCommand(null, blank(documentType), departmentId));
            Ui.info(Ui.text("exchange.accepted", v.arrivalNumber()));
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                    .redirect(jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                            .getRequestContextPath() + "/app/incoming/view.xhtml?id=" + v.id());
        } catch (ApplicationProblemException e) {
            Ui.show(e, "decide");
        }
    }

    public void refuse() {
        try {
            selected = received.refuse(selected.id(), new RefuseCommand(reason));
            Ui.info(Ui.text("exchange.refused"));
            reason = null;
            load();
        } catch (ApplicationProblemException e) {
            Ui.show(e, "decide");
        }
    }

    private String guessType(ReceivedView v) {
        for (CatalogueService.DocumentTypeView t : documentTypes) {
            if (t.nameVi().equalsIgnoreCase(v.typeName()) || t.code().equalsIgnoreCase(v.typeName())) {
                return t.code();
            }
        }
        return null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public List<ReceivedView> getPackages() { return packages; }
    public ReceivedView getSelected() { return selected; }
    public String getDocumentType() { return documentType; }
    public void setDocumentType(String documentType) { this.documentType = documentType; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public List<CatalogueService.DocumentTypeView> getDocumentTypes() { return documentTypes; }
    public List<CatalogueService.DepartmentView> getDepartments() { return departments; }
}
