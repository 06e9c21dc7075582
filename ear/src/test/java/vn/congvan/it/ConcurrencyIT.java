package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 50 registrations at once into one fresh register: numbers 1..50, no gap, no duplicate. */
class ConcurrencyIT {

    private static final int CLIENTS = 50;

    @Test
    void fiftyParallelRegistrationsGetNumbersOneToFifty() throws Exception {
        String code = "IT" + System.nanoTime() % 1_000_000_000L;
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        Api.Reply created = Api.postJson("quantri", "/api/registers", Map.of("year", year, "kind", "INCOMING",
                "series", "NORMAL", "code", code, "name", "Sổ thử song song " + code));
        assertEquals(201, created.status(), created.text());
        long registerId = created.json().get("id").asLong();

        byte[] pdf = Pdfs.onePage("song song");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            int n = i;
            replies.add(pool.submit(() -> {
                start.await();
                return Api.register(Api.basic("vanthu"), Api.metadata("Đăng ký song song " + n, registerId),
                        Api.Part.pdf("p" + n + ".pdf", pdf));
            }));
        }
        start.countDown();
        List<Long> numbers = new ArrayList<>();
        for (Future<Api.Reply> f : replies) {
            Api.Reply r = f.get();
            assertEquals(201, r.status(), r.text());
            numbers.add(r.json().get("arrivalNumber").asLong());
        }
        pool.shutdown();

        assertEquals(CLIENTS, new TreeSet<>(numbers).size(), "no duplicate: " + numbers);
        assertEquals(LongStream.rangeClosed(1, CLIENTS).boxed().collect(Collectors.toList()),
                new ArrayList<>(new TreeSet<>(numbers)), "no gap");
        JsonNode page = Api.get("vanthu", "/api/incoming?registerId=" + registerId + "&size=200").json();
        assertEquals(CLIENTS, page.get("total").asLong());
        assertEquals(CLIENTS + 1, Api.register("vanthu", registerId).get("nextNumber").asLong());
    }

    @Test
    void onlyAdministratorsOpenRegistersAndCodesAreUnique() {
        Map<String, Object> body = Map.of("year", 2026, "kind", "INCOMING", "series", "NORMAL",
                "code", "DUP" + System.nanoTime() % 1_000_000L, "name", "Sổ trùng");
        assertEquals(403, Api.postJson("vanthu", "/api/registers", body).status());
        assertEquals(201, Api.postJson("quantri", "/api/registers", body).status());
        Api.Reply again = Api.postJson("quantri", "/api/registers", body);
        assertEquals(409, again.status(), again.text());
        assertEquals("register.exists", again.json().get("code").asText());
    }
}
