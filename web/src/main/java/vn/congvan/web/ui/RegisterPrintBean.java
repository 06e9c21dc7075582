package vn.congvan.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.congvan.application.common.VietnamTime;

import java.time.LocalDate;

/** The defaults of the "In sổ" form: from 1 January of this year to today. The form itself calls the REST API. */
@Named
@RequestScoped
public class RegisterPrintBean {

    public String getDefaultFrom() {
        return LocalDate.of(VietnamTime.today().getYear(), 1, 1).toString();
    }

    public String getDefaultTo() {
        return VietnamTime.today().toString();
    }
}
