package vn.congvan.application.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Checks a command with Bean Validation and turns the violations into field errors with message
 * keys, so that the UI and the API say the same thing in the user's language.
 */
@ApplicationScoped
public class CommandValidator {

    @Inject
    private Validator validator;

    public void check(Object command) {
        if (command == null) {
            throw new ApplicationProblemException(Problem.BAD_REQUEST, "error.body.missing");
        }
        List<FieldError> errors = validator.validate(command).stream()
                .map(CommandValidator::toFieldError)
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        if (!errors.isEmpty()) {
            throw ApplicationProblemException.invalid(errors);
        }
    }

    static FieldError toFieldError(ConstraintViolation<?> v) {
        String field = v.getPropertyPath().toString();
        Annotation a = v.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attrs = v.getConstraintDescriptor().getAttributes();
        if (a instanceof NotBlank || a instanceof NotNull) {
            return FieldError.of(field, "validation.required");
        }
        if (a instanceof Size) {
            return FieldError.of(field, "validation.size.max", attrs.get("max"));
        }
        if (a instanceof Min) {
            return FieldError.of(field, "validation.min", attrs.get("value"));
        }
        if (a instanceof Max) {
            return FieldError.of(field, "validation.max", attrs.get("value"));
        }
        if (a instanceof Pattern) {
            return FieldError.of(field, "validation.pattern");
        }
        return FieldError.of(field, "validation.invalid");
    }
}
