package vn.congvan.domain.model;

import java.lang.reflect.Field;

/** Gives an entity the id the database would (for tests of rules that compare ids). */
public final class Ids {

    private Ids() {
    }

    public static <T> T set(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An entity made by its JPA constructor (for reference data a test does not care about). */
    public static <T> T blank(Class<T> type) {
        try {
            var c = type.getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
