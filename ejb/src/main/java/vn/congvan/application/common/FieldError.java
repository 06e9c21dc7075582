package vn.congvan.application.common;

import java.util.List;

/** A field that was refused, with a message key of the {@code messages} bundle and its arguments. */
public record FieldError(String field, String messageKey, List<Object> args) {
    public FieldError {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static FieldError of(String field, String messageKey, Object... args) {
        return new FieldError(field, messageKey, List.of(args));
    }
}
