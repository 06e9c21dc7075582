package vn.congvan.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.registration.IncomingRegistrationService;
import vn.congvan.application.registration.IncomingView;

import java.io.Serializable;

/** One incoming document's page. */
@Named
@ViewScoped
public class IncomingViewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private IncomingRegistrationService registration;

    private Long id;
    private IncomingView document;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            document = registration.get(id);
        } catch (ApplicationProblemException e) {
            Ui.show(e, "doc");
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public IncomingView getDocument() { return document; }
}
