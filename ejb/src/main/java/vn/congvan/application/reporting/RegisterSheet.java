package vn.congvan.application.reporting;

import vn.congvan.domain.model.register.RegisterBook;

import java.time.LocalDate;
import java.util.List;

/**
 * A register ready to print: the heading (agency, book, year, date range) and one row of texts per
 * document, in the book's column order. Empty cells are empty strings.
 */
public record RegisterSheet(RegisterBook book, String agencyName, String registerName, int year, LocalDate from,
                            LocalDate to, List<List<String>> rows) {

    public RegisterSheet {
        rows = List.copyOf(rows);
        for (List<String> r : rows) {
            if (r.size() != book.columns().size()) {
                throw new IllegalArgumentException("A row of " + book + " needs " + book.columns().size() + " cells");
            }
        }
    }
}
