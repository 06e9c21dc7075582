package vn.congvan.domain.model.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OutboxMailTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

    private static OutboxMail mail() {
        return new OutboxMail(1L, 2L, 3L, "a@example.vn", "vi", "s", "b", true, T0, T0);
    }

    @Test
    void aFailedAttemptIsRetriedWithADoublingWaitThenGivenUp() {
        OutboxMail m = mail();
        Duration base = Duration.ofSeconds(60);
        m.failed(T0, "Connection refused", base, 4);
        assertEquals(OutboxMail.State.PENDING, m.state());
        assertEquals(1, m.attempts());
        assertEquals(T0.plusSeconds(60), m.notBefore());
        m.failed(T0, "Connection refused", base, 4);
        assertEquals(T0.plusSeconds(120), m.notBefore());
        m.failed(T0, "Connection refused", base, 4);
        assertEquals(T0.plusSeconds(240), m.notBefore());
        m.failed(T0, "x".repeat(5000), base, 4);
        assertEquals(OutboxMail.State.FAILED, m.state(), "no attempts left");
        assertEquals(OutboxMail.MAX_ERROR, m.lastError().length());

        m.retry(T0.plusSeconds(999));
        assertEquals(OutboxMail.State.PENDING, m.state());
        assertEquals(0, m.attempts());
        assertEquals(T0.plusSeconds(999), m.notBefore());
    }

    @Test
    void theWaitIsCappedAt64TimesTheBase() {
        OutboxMail m = mail();
        for (int i = 0; i < 10; i++) {
            m.failed(T0, "e", Duration.ofSeconds(1), 100);
        }
        assertEquals(T0.plusSeconds(64), m.notBefore());
    }

    @Test
    void sentClearsTheError() {
        OutboxMail m = mail();
        m.failed(T0, "e", Duration.ofSeconds(1), 5);
        m.sent(T0.plusSeconds(5));
        assertEquals(OutboxMail.State.SENT, m.state());
        assertEquals(2, m.attempts());
        assertNull(m.lastError());
        assertEquals(T0.plusSeconds(5), m.sentAt());
    }
}
