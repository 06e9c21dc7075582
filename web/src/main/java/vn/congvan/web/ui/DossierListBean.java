package vn.congvan.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.dossier.DossierService;
import vn.congvan.application.dossier.DossierView;

import java.io.Serializable;
import java.util.List;

/** The dossiers (hồ sơ) the user may see, with the number of documents they may see in each. */
@Named
@ViewScoped
public class DossierListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DossierService dossiers;

    private Integer year;
    private transient List<DossierView> list;

    public List<DossierView> getList() {
        if (list == null) {
            list = dossiers.list(year, null, null);
        }
        return list;
    }

    public void filter() {
        list = null;
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
}
