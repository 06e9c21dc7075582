package vn.congvan.application.common;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RememberedIdsTest {

    record Row(long id, String name, boolean active) {
    }

    private final Map<Long, Row> table = new HashMap<>();
    private final AtomicInteger queries = new AtomicInteger();
    private final AtomicInteger loads = new AtomicInteger();
    private final RememberedIds<String> ids = new RememberedIds<>(2);

    private Row find(String name) {
        return ids.find(name, id -> {
                    loads.incrementAndGet();
                    return table.get(id);
                }, r -> r.active() && r.name().equals(name),
                () -> {
                    queries.incrementAndGet();
                    return table.values().stream().filter(r -> r.active() && r.name().equals(name)).findFirst().orElse(null);
                }, Row::id);
    }

    @Test
    void theSecondLookUpIsALoadByIdNotAQuery() {
        table.put(1L, new Row(1, "vanthu", true));
        assertEquals(1L, find("vanthu").id());
        assertEquals(1L, find("vanthu").id());
        assertEquals(1, queries.get());
        assertEquals(1, loads.get());
    }

    @Test
    void aRowThatNoLongerPassesTheCheckSendsBackToTheQuery() {
        table.put(1L, new Row(1, "vanthu", true));
        find("vanthu");
        table.put(1L, new Row(1, "vanthu", false)); // deactivated
        table.put(2L, new Row(2, "vanthu", true));  // a new active row of the same key
        assertEquals(2L, find("vanthu").id());
        assertEquals(2, queries.get());
        table.remove(2L);                            // deleted: nothing found, nothing remembered
        assertNull(find("vanthu"));
        assertNull(find("vanthu"));
        assertEquals(4, queries.get());
    }

    @Test
    void nothingFoundIsNotRememberedAndAFullMapStartsAgain() {
        assertNull(find("none"));
        table.put(1L, new Row(1, "a", true));
        table.put(2L, new Row(2, "b", true));
        table.put(3L, new Row(3, "c", true));
        find("a");
        find("b");
        find("c"); // full (2): starts again with c only
        int before = queries.get();
        find("c");
        assertEquals(before, queries.get(), "c remembered");
        find("a");
        assertEquals(before + 1, queries.get(), "a forgotten when the map started again");
    }
}
