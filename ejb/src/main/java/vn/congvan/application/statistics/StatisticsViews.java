package vn.congvan.application.statistics;

import java.time.LocalDate;
import java.util.List;

/** The statistics as clients see them. */
public final class StatisticsViews {

    private StatisticsViews() {
    }

    /**
     * One department or person. {@code received}: lead and cooperating parts given in the period (returned
     * ones left out); {@code early}, {@code onTime}, {@code late}: of those, finished before, on or after their
     * deadline (a part with no deadline counts as on time); {@code open}: not finished yet; {@code overdue}: of
     * the open ones, past their deadline today.
     */
    public record Row(Long id, String name, String departmentName, long received, long early, long onTime, long late,
                      long open, long overdue) {

        public long done() {
            return early + onTime + late;
        }
    }

    /** {@code groupBy}: department or person; {@code total}: the sum of the rows. */
    public record Report(LocalDate from, LocalDate to, String groupBy, String agencyName, List<Row> rows, Row total) {
    }
}
