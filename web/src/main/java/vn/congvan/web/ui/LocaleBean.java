package vn.congvan.web.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import vn.congvan.application.common.Messages;

import java.io.Serializable;
import java.util.Locale;

/** The UI language of a session: Vietnamese unless the user picks English. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Messages.VIETNAMESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void setLanguage(String language) {
        this.locale = "en".equals(language) ? Locale.ENGLISH : Messages.VIETNAMESE;
        FacesContext ctx = FacesContext.getCurrentInstance();
        if (ctx != null && ctx.getViewRoot() != null) {
            ctx.getViewRoot().setLocale(locale);
        }
    }

    /** Switches language and reloads the page. */
    public String switchTo(String language) {
        setLanguage(language);
        FacesContext ctx = FacesContext.getCurrentInstance();
        return ctx.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
