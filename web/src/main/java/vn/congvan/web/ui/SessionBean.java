package vn.congvan.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import vn.congvan.application.catalogue.CatalogueService;

import java.io.IOException;
import java.io.Serializable;

/** The logged-in user, for the page header; logout. */
@Named("currentUser")
@SessionScoped
public class SessionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CatalogueService catalogue;

    private CatalogueService.CurrentUserView me;

    public CatalogueService.CurrentUserView getMe() {
        if (me == null) {
            me = catalogue.me();
        }
        return me;
    }

    public boolean hasRole(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    public void logout() throws IOException, ServletException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) ext.getRequest()).logout();
        ext.invalidateSession();
        ext.redirect(ext.getRequestContextPath() + "/login.xhtml");
    }
}
