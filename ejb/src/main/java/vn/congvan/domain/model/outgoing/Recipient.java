package vn.congvan.domain.model.outgoing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/**
 * A recipient (nơi nhận, edXML To): a department of the agency (internal) or another agency (external,
 * by name and, when known, its 13-character edXML code).
 */
@Embeddable
public class Recipient {

    /** INTERNAL or EXTERNAL. */
    public enum Kind { INTERNAL, EXTERNAL }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private Kind kind;

    @Column(name = "department_id")
    private Long departmentId;

    @Column(name = "organ_id", length = 13)
    private String organId;

    @Column(name = "name", nullable = false, length = 150)
    private String name;

    protected Recipient() {
    }

    private Recipient(Kind kind, Long departmentId, String organId, String name) {
        this.kind = kind;
        this.departmentId = departmentId;
        this.organId = organId;
        this.name = Objects.requireNonNull(name, "name");
    }

    public static Recipient internal(long departmentId, String departmentName) {
        return new Recipient(Kind.INTERNAL, departmentId, null, departmentName);
    }

    public static Recipient external(String name, String organId) {
        return new Recipient(Kind.EXTERNAL, null, organId, name);
    }

    public Kind kind() { return kind; }
    public Long departmentId() { return departmentId; }
    public String organId() { return organId; }
    public String name() { return name; }
}
