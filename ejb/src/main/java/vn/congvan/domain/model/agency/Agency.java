package vn.congvan.domain.model.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** An agency (cơ quan): the owner of registers and documents, identified by its 13-character edXML code. */
@Entity
@Table(name = "agency")
@NamedQuery(name = "Agency.findByCode", query = "SELECT a FROM Agency a WHERE a.code = :code")
@NamedQuery(name = "Agency.findAll", query = "SELECT a FROM Agency a ORDER BY a.name")
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 13, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    /** The abbreviation used in notations, e.g. "UBND" in 15/QĐ-UBND. */
    @Column(name = "short_name", nullable = false, length = 50)
    private String shortName;

    private String address;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Agency() {
    }

    public Agency(String code, String name, String shortName, String address) {
        this.code = Objects.requireNonNull(code, "code");
        if (code.length() > 13) {
            throw new IllegalArgumentException("An agency code has at most 13 characters: " + code);
        }
        this.name = Objects.requireNonNull(name, "name");
        this.shortName = Objects.requireNonNull(shortName, "shortName");
        this.address = address;
        this.createdAt = Instant.now();
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public String shortName() { return shortName; }
    public String address() { return address; }
}
