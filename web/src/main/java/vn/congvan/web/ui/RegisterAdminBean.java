package vn.congvan.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.VietnamTime;
import vn.congvan.application.register.CreateRegisterCommand;
import vn.congvan.application.register.NotationPatternCommand;
import vn.congvan.application.register.OpenYearCommand;
import vn.congvan.application.register.RegisterService;
import vn.congvan.application.register.RegisterView;
import vn.congvan.domain.model.register.RegisterKind;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Administration of registers (Sổ văn bản): per year and kind, create, notation patterns, close, open a year. */
@Named
@ViewScoped
public class RegisterAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RegisterService registers;

    private int year;
    private List<RegisterView> list = List.of();

    private String newKind = "OUTGOING";
    private String newSeries = "NORMAL";
    private String newCode;
    private String newName;

    private Long editId;
    private String notationPattern;
    private String letterPattern;

    @PostConstruct
    void init() {
        year = VietnamTime.today().getYear();
        load();
    }

    public void load() {
        List<RegisterView> all = new ArrayList<>();
        try {
            all.addAll(registers.list(RegisterKind.INCOMING, year));
            all.addAll(registers.list(RegisterKind.OUTGOING, year));
        } catch (ApplicationProblemException e) {
            Ui.show(e, "registers");
        }
        list = all;
    }

    public void create() {
        try {
            RegisterView r = registers.create(new CreateRegisterCommand(year, newKind, newSeries, newCode, newName));
            Ui.info(Ui.text("registers.created", r.name()));
            newCode = null;
            newName = null;
            load();
        } catch (ApplicationProblemException e) {
            Ui.show(e, "create");
        }
    }

    public void edit(RegisterView r) {
        editId = r.id();
        notationPattern = r.notationPattern();
        letterPattern = r.letterPattern();
    }

    public void savePatterns() {
        try {
            RegisterView r = registers.setNotationPatterns(editId, new NotationPatternCommand(notationPattern, letterPattern));
            Ui.info(Ui.text("registers.patternSaved", r.name()));
            editId = null;
            load();
        } catch (ApplicationProblemException e) {
            Ui.show(e, "pattern");
        }
    }

    public void cancelEdit() {
        editId = null;
    }

    public void close(long id) {
        try {
            RegisterView r = registers.close(id);
            Ui.info(Ui.text("registers.closedDone", r.name()));
            load();
        } catch (ApplicationProblemException e) {
            Ui.show(e, "registers");
        }
    }

    public void openYear() {
        try {
            int before = list.size();
            registers.openYear(new OpenYearCommand(year));
            load();
            Ui.info(Ui.text("registers.yearOpened", String.valueOf(year), String.valueOf(list.size() - before)));
        } catch (ApplicationProblemException e) {
            Ui.show(e, "registers");
        }
    }

    public String getEditName() {
        return list.stream().filter(r -> r.id() == (editId == null ? -1 : editId)).map(RegisterView::name)
                .findFirst().orElse("");
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public List<RegisterView> getList() { return list; }
    public String getNewKind() { return newKind; }
    public void setNewKind(String v) { newKind = v; }
    public String getNewSeries() { return newSeries; }
    public void setNewSeries(String v) { newSeries = v; }
    public String getNewCode() { return newCode; }
    public void setNewCode(String v) { newCode = v; }
    public String getNewName() { return newName; }
    public void setNewName(String v) { newName = v; }
    public Long getEditId() { return editId; }
    public String getNotationPattern() { return notationPattern; }
    public void setNotationPattern(String v) { notationPattern = v; }
    public String getLetterPattern() { return letterPattern; }
    public void setLetterPattern(String v) { letterPattern = v; }
}
