package vn.congvan.domain.model.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** A PKCS#11 module the administrator approved for loading into the server (USB token or HSM driver). */
@Entity
@Table(name = "pkcs11_library")
@NamedQuery(name = "Pkcs11Library.all", query = "SELECT l FROM Pkcs11Library l ORDER BY l.label, l.id")
@NamedQuery(name = "Pkcs11Library.byPath", query = "SELECT l FROM Pkcs11Library l WHERE l.path = :path")
public class Pkcs11Library {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 500)
    private String path;
    @Column(nullable = false, length = 100)
    private String label;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Pkcs11Library() {
    }

    public Pkcs11Library(String path, String label) {
        this.path = Objects.requireNonNull(path);
        this.label = Objects.requireNonNull(label);
        this.addedAt = Instant.now();
    }

    public Long id() { return id; }
    public String path() { return path; }
    public String label() { return label; }
    public Instant addedAt() { return addedAt; }
}
