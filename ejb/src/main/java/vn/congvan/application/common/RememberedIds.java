package vn.congvan.application.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Key → id of rows a hot path looks up by a query every time (the caller by username, the default register of an
 * agency's year, a document type by code), remembered on this node so that the next look-up is a load by primary
 * key. Nothing but the id is kept: the row is loaded again each time and must still pass the caller's check, or
 * the query decides (and the id it finds is remembered instead). Bounded: when full, it starts again empty.
 */
public final class RememberedIds<K> {

    private final Map<K, Long> ids = new ConcurrentHashMap<>();
    private final int max;

    public RememberedIds(int max) {
        this.max = max;
    }

    /**
     * The row of {@code key}: the remembered id loaded by {@code load} if the row is still there and {@code valid},
     * else whatever {@code query} finds (null: none).
     */
    public <T> T find(K key, LongFunction<T> load, Predicate<T> valid, Supplier<T> query, ToLongFunction<T> id) {
        Long known = ids.get(key);
        if (known != null) {
            T row = load.apply(known);
            if (row != null && valid.test(row)) {
                return row;
            }
            ids.remove(key, known);
        }
        T found = query.get();
        if (found != null) {
            if (ids.size() >= max) {
                ids.clear();
            }
            ids.put(key, id.applyAsLong(found));
        }
        return found;
    }
}
