package vn.congvan.application.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates of the register are Vietnam dates (UTC+7), whatever the server's zone. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(Clock.system(ZONE));
    }
}
