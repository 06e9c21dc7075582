/**
 * The agency's working-day calendar (lịch làm việc): {@link vn.congvan.application.calendar.CalendarService}
 * reads it as a {@link vn.congvan.domain.model.calendar.WorkingCalendar} for deadline computations;
 * {@link vn.congvan.application.calendar.CalendarAdminService} is its administration (holidays, make-up
 * working days, the statutory Vietnamese holidays of a year) and the working-day answer for the UI.
 */
package vn.congvan.application.calendar;
