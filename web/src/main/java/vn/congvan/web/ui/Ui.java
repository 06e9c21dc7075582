package vn.congvan.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Messages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Messages shown to the user, in the session's language. */
final class Ui {

    private Ui() {
    }

    static Locale locale() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        return ctx.getViewRoot() == null ? Messages.VIETNAMESE : ctx.getViewRoot().getLocale();
    }

    /** A text of the UI bundle. */
    static String text(String key, Object... args) {
        ResourceBundle b = ResourceBundle.getBundle("vn.congvan.web.ui", locale(), Ui.class.getClassLoader());
        String pattern = b.containsKey(key) ? b.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    static void info(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    static void warn(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, summary, null));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Shows a refused action: the summary on top, each field's message beside its input ({@code formId:field}). */
    static void show(ApplicationProblemException e, String formId) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        Locale l = locale();
        ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(l, e.messageKey(), e.args()), null));
        for (FieldError f : e.fieldErrors()) {
            String clientId = formId + ":" + f.field();
            String text = Messages.get(l, f.messageKey(), f.args());
            if (ctx.getViewRoot().findComponent(clientId) != null) {
                ctx.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            } else {
                ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, f.field() + ": " + text, null));
            }
        }
        ctx.validationFailed();
    }
}
