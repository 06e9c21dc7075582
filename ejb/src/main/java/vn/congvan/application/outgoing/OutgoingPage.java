package vn.congvan.application.outgoing;

import java.util.List;

/** One page of the outgoing register's listing. */
public record OutgoingPage(long total, int page, int size, List<OutgoingView> items) {
}
