package vn.congvan.domain.model.register;

/** A closed register (đã khóa sổ) takes no more numbers. */
public class RegisterClosedException extends RuntimeException {
    public RegisterClosedException(String code, int year) {
        super("Register " + code + " of " + year + " is closed");
    }
}
