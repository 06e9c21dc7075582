package vn.congvan.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.calendar.CalendarAdminService;
import vn.congvan.application.calendar.CalendarDayCommand;
import vn.congvan.application.calendar.CalendarViews;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.VietnamTime;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * "Quản trị › Lịch làm việc": a year of the agency's calendar. Load the Vietnamese public holidays, then
 * adjust them to the government's decision of the year: move a day (edit), add a day off or a make-up
 * working Saturday, remove one.
 */
@Named
@ViewScoped
public class CalendarAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @EJB
    private CalendarAdminService calendar;

    private int year;
    private CalendarViews.YearView view;
    private boolean editing;
    private Long editId;
    private LocalDate day;
    private String kind = "HOLIDAY";
    private String name;

    @PostConstruct
    void init() {
        year = VietnamTime.today().getYear();
        load();
    }

    private void load() {
        view = calendar.year(year);
    }

    public void previousYear() {
        if (year > CalendarAdminService.MIN_YEAR) {
            year--;
            load();
        }
    }

    public void nextYear() {
        if (year < CalendarAdminService.MAX_YEAR) {
            year++;
            load();
        }
    }

    public void loadHolidays() {
        try {
            CalendarViews.LoadResult r = calendar.loadVietnameseHolidays(year);
            Ui.info(Ui.text("calendar.loaded", r.added().size(), year, r.skipped().size()));
        } catch (ApplicationProblemException e) {
            Ui.show(e, "year");
        }
        load();
    }

    public void startNew(String newKind) {
        editing = true;
        editId = null;
        kind = newKind;
        day = null;
        name = "WORKING".equals(newKind) ? Ui.text("calendar.defaultWorkingName") : null;
    }

    public void startEdit(CalendarViews.DayView d) {
        editing = true;
        editId = d.id();
        day = d.day();
        kind = d.kind();
        name = d.name();
    }

    public void cancel() {
        editing = false;
    }

    public void save() {
        try {
            CalendarDayCommand c = new CalendarDayCommand(day, kind, name);
            CalendarViews.DayView d = editId == null ? calendar.add(c) : calendar.update(editId, c);
            Ui.info(Ui.text("calendar.saved", DAY.format(d.day())));
            editing = false;
            if (d.day().getYear() != year) {
                year = d.day().getYear();
            }
            load();
        } catch (ApplicationProblemException e) {
            Ui.show(e, "edit");
        }
    }

    public void delete(CalendarViews.DayView d) {
        try {
            calendar.delete(d.id());
            Ui.info(Ui.text("calendar.deleted", DAY.format(d.day())));
        } catch (ApplicationProblemException e) {
            Ui.show(e, "days");
        }
        load();
    }

    public String format(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    public String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Ui.locale().getLanguage().equals("en") ? Locale.ENGLISH
                : Locale.forLanguageTag("vi"));
    }

    public String monthName(int index) {
        return Ui.text("calendar.month", index + 1);
    }

    public int getYear() { return year; }
    public CalendarViews.YearView getView() { return view; }
    public boolean isEditing() { return editing; }
    public boolean isNew() { return editId == null; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate v) { day = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
}
