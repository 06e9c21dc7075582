package vn.congvan.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.catalogue.CatalogueService;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.VietnamTime;
import vn.congvan.application.dossier.CreateDossierCommand;
import vn.congvan.application.dossier.DossierService;
import vn.congvan.application.dossier.DossierView;

import java.io.Serializable;
import java.util.List;

/** Lập hồ sơ: the form for a new dossier. */
@Named
@ViewScoped
public class DossierFormBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DossierService dossiers;

    @EJB
    private CatalogueService catalogue;

    private List<CatalogueService.DepartmentView> departments;
    private String title;
    private String code;
    private Integer year;
    private Long departmentId;
    private String retention = "10";
    private String notes;

    @PostConstruct
    void init() {
        departments = catalogue.departments();
        year = VietnamTime.today().getYear();
    }

    public String submit() {
        try {
            DossierView v = dossiers.create(new CreateDossierCommand(title, code, year, departmentId, retention, notes));
            Ui.info(Ui.text("dossier.created", v.code()));
            return "/app/dossiers/view.xhtml?faces-redirect=true&id=" + v.id();
        } catch (ApplicationProblemException e) {
            Ui.show(e, "dossier");
            return null;
        }
    }

    public List<CatalogueService.DepartmentView> getDepartments() { return departments; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public Integer getYear() { return year; }
    public void setYear(Integer v) { year = v; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long v) { departmentId = v; }
    public String getRetention() { return retention; }
    public void setRetention(String v) { retention = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
}
