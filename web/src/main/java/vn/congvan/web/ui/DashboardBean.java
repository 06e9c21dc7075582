package vn.congvan.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.statistics.StatisticsService;
import vn.congvan.application.statistics.StatisticsViews;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard (bảng điều khiển): the statistics of routing for a period, per department or person, as a
 * table and a stacked bar chart drawn as inline SVG (no script library).
 */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#2e7d32", "#1565c0", "#c62828", "#f9a825"};

    @EJB
    private StatisticsService service;

    private LocalDate from;
    private LocalDate to;
    private String groupBy = StatisticsService.DEPARTMENT;
    private StatisticsViews.Report report;

    /** The default period, shown in the form: this month so far. */
    @jakarta.annotation.PostConstruct
    void init() {
        to = vn.congvan.application.common.VietnamTime.today();
        from = to.withDayOfMonth(1);
    }

    public StatisticsViews.Report getReport() {
        if (report == null) {
            try {
                report = service.report(from, to, groupBy);
            } catch (ApplicationProblemException e) {
                Ui.show(e, "filters");
                report = service.report(null, null, StatisticsService.DEPARTMENT);
            }
            from = report.from();
            to = report.to();
        }
        return report;
    }

    public void refresh() {
        report = null;
    }

    /** The link of the XLSX export for the shown period (relative to the application root). */
    public String getXlsxLink() {
        StatisticsViews.Report r = getReport();
        return "api/statistics.xlsx?from=" + r.from() + "&to=" + r.to() + "&groupBy=" + r.groupBy();
    }

    /** Stacked horizontal bars: early, on time, late, open for each row; the widest row fills the chart. */
    public String getChart() {
        List<StatisticsViews.Row> rows = getReport().rows();
        int barHeight = 22;
        int gap = 8;
        int labelWidth = 230;
        int chartWidth = 460;
        int height = Math.max(1, rows.size()) * (barHeight + gap) + 40;
        long max = rows.stream().mapToLong(r -> r.early() + r.onTime() + r.late() + r.open()).max().orElse(0);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart\" role=\"img\" width=\"")
                .append(labelWidth + chartWidth + 60).append("\" height=\"").append(height).append("\" aria-label=\"")
                .append(xml(Ui.text("dashboard.chart"))).append("\" font-family=\"sans-serif\" font-size=\"12\">");
        int y = 10;
        for (StatisticsViews.Row r : rows) {
            long[] parts = {r.early(), r.onTime(), r.late(), r.open()};
            String name = r.name() == null ? Ui.text("dashboard.unassigned") : r.name();
            svg.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(xml(shorten(name))).append("</text>");
            double x = labelWidth;
            for (int i = 0; i < parts.length; i++) {
                double w = max == 0 ? 0 : chartWidth * (double) parts[i] / max;
                if (w > 0) {
                    svg.append("<rect class=\"bar bar-").append(i).append("\" x=\"").append(fmt(x)).append("\" y=\"").append(y)
                            .append("\" width=\"").append(fmt(w)).append("\" height=\"").append(barHeight)
                            .append("\" fill=\"").append(COLOURS[i]).append("\"><title>").append(parts[i]).append("</title></rect>");
                }
                x += w;
            }
            svg.append("<text x=\"").append(fmt(x + 6)).append("\" y=\"").append(y + 15).append("\">").append(r.received())
                    .append("</text>");
            y += barHeight + gap;
        }
        String[] legend = {"dashboard.early", "dashboard.onTime", "dashboard.late", "dashboard.open"};
        int lx = labelWidth;
        for (int i = 0; i < legend.length; i++) {
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(y + 6).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLOURS[i]).append("\"/><text x=\"").append(lx + 16).append("\" y=\"").append(y + 16).append("\">")
                    .append(xml(Ui.text(legend[i]))).append("</text>");
            lx += 115;
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String s) {
        return s.length() <= 34 ? s : s.substring(0, 33) + "…";
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getGroupBy() { return groupBy; }
    public void setGroupBy(String groupBy) { this.groupBy = groupBy; }
}
