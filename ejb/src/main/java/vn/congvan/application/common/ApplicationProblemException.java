package vn.congvan.application.common;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * An error a user can cause: refused with a message (a key of the {@code messages} bundle, shown in
 * the user's language) and a kind that maps to an HTTP status. The transaction is rolled back, so
 * nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class ApplicationProblemException extends RuntimeException {

    private final Problem problem;
    private final String messageKey;
    private final transient List<Object> args;
    private final List<FieldError> fieldErrors;

    public ApplicationProblemException(Problem problem, String messageKey, Object... args) {
        this(problem, messageKey, List.of(), args);
    }

    public ApplicationProblemException(Problem problem, String messageKey, List<FieldError> fieldErrors, Object... args) {
        super(messageKey);
        this.problem = problem;
        this.messageKey = messageKey;
        this.args = List.of(args);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ApplicationProblemException invalid(List<FieldError> errors) {
        return new ApplicationProblemException(Problem.UNPROCESSABLE, "error.validation", errors);
    }

    public static ApplicationProblemException invalid(FieldError error) {
        return invalid(List.of(error));
    }

    public Problem problem() { return problem; }
    public String messageKey() { return messageKey; }
    public List<Object> args() { return args; }
    public List<FieldError> fieldErrors() { return fieldErrors; }
}
