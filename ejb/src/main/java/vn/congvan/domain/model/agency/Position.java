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

import java.time.Instant;
import java.util.Objects;

/**
 * A position (chức vụ) of an agency's catalogue: Chủ tịch, Giám đốc, Chánh Văn phòng, Chuyên viên…
 * A user may hold several; the primary one is what a signature block shows (SignerInfo.Position).
 */
@Entity
@Table(name = "job_position")
@NamedQuery(name = "Position.findByAgency",
        query = "SELECT p FROM Position p WHERE p.agency = :agency ORDER BY p.name")
@NamedQuery(name = "Position.findByAgencyAndName",
        query = "SELECT p FROM Position p WHERE p.agency = :agency AND LOWER(p.name) = LOWER(:name)")
public class Position {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Position() {
    }

    public Position(Agency agency, String name) {
        this.agency = Objects.requireNonNull(agency, "agency");
        this.name = Objects.requireNonNull(name, "name");
        this.createdAt = Instant.now();
    }

    public void rename(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public Long id() { return id; }
    public Agency agency() { return agency; }
    public String name() { return name; }
    public boolean active() { return active; }
}
