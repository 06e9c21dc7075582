package vn.congvan.infrastructure.edxml;

/**
 * A package that cannot be taken: not well-formed or unsafe XML, an attachment that is too large or not
 * base64, a field that breaks the rules, a signature that does not verify. {@link #field()} names the
 * edXML field when there is one; {@link #detail()} says what is wrong (parser position, limit).
 */
public class EdxmlException extends RuntimeException {

    /** What kind of refusal; each maps to one message and one HTTP status. */
    public enum Reason { MALFORMED, UNSAFE, INVALID, TOO_LARGE, BAD_BASE64, BAD_SIGNATURE }

    private final Reason reason;
    private final String field;
    private final String detail;

    public EdxmlException(Reason reason, String field, String detail) {
        super(reason + (field == null ? "" : " " + field) + (detail == null ? "" : ": " + detail));
        this.reason = reason;
        this.field = field;
        this.detail = detail;
    }

    public Reason reason() { return reason; }
    public String field() { return field; }
    public String detail() { return detail; }
}
