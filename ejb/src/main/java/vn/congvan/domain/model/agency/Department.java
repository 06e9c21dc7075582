package vn.congvan.domain.model.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.Objects;

/** A department (phòng ban, đơn vị) of an agency. */
@Entity
@Table(name = "department")
@NamedQuery(name = "Department.findByAgency",
        query = "SELECT d FROM Department d WHERE d.agency = :agency AND d.active = true ORDER BY d.name")
@NamedQuery(name = "Department.findAllByAgency",
        query = "SELECT d FROM Department d WHERE d.agency = :agency ORDER BY d.name")
@NamedQuery(name = "Department.findByAgencyAndCode",
        query = "SELECT d FROM Department d WHERE d.agency = :agency AND UPPER(d.code) = UPPER(:code)")
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false)
    private String name;

    /** An inactive department is kept (users and documents refer to it) but no longer offered in forms. */
    @Column(nullable = false)
    private boolean active = true;
    /** Viết tắt: the drafting unit's abbreviation in notations ({unit}, e.g. VP in 12/UBND-VP); the code when unset. */
    @Column(length = 20)
    private String abbreviation;

    protected Department() {
    }

    public Department(Agency agency, String code, String name) {
        this.agency = Objects.requireNonNull(agency, "agency");
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
    }

    public void rename(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public void changeCode(String code) {
        this.code = Objects.requireNonNull(code, "code");
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public Long id() { return id; }
    public Agency agency() { return agency; }
    public String code() { return code; }
    public String name() { return name; }
    public boolean active() { return active; }
    public String abbreviation() { return abbreviation; }

    /** What {unit} of a notation pattern prints: the abbreviation, else the code. */
    public String notationAbbreviation() {
        return abbreviation == null || abbreviation.isBlank() ? code : abbreviation;
    }

    public void setAbbreviation(String abbreviation) {
        this.abbreviation = abbreviation == null || abbreviation.isBlank() ? null : abbreviation.strip();
    }
}
