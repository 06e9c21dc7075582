package vn.congvan.application.registration;

import java.util.List;

/** One page of a register's listing. */
public record IncomingPage(long total, int page, int size, List<IncomingView> items) {
}
