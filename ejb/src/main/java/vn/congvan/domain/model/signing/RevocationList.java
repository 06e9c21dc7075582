package vn.congvan.domain.model.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/** A certificate revocation list (CRL) uploaded by the administrator, used when a signed PDF carries none. */
@Entity
@Table(name = "revocation_list")
@NamedQuery(name = "RevocationList.all", query = "SELECT c FROM RevocationList c ORDER BY c.issuer, c.id")
@NamedQuery(name = "RevocationList.bySha256", query = "SELECT c FROM RevocationList c WHERE c.sha256 = :sha256")
public class RevocationList {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Column(nullable = false, length = 1000)
    private String issuer;
    @Column(name = "this_update", nullable = false)
    private Instant thisUpdate;
    @Column(name = "next_update")
    private Instant nextUpdate;
    @Column(nullable = false)
    private int entries;
    @Column(name = "der_base64", nullable = false, length = 1000000)
    private String derBase64;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;
    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    protected RevocationList() {
    }

    public RevocationList(String sha256, String issuer, Instant thisUpdate, Instant nextUpdate, int entries, byte[] der,
                          String addedBy) {
        this.sha256 = Objects.requireNonNull(sha256);
        this.issuer = Objects.requireNonNull(issuer);
        this.thisUpdate = Objects.requireNonNull(thisUpdate);
        this.nextUpdate = nextUpdate;
        this.entries = entries;
        this.derBase64 = Base64.getEncoder().encodeToString(der);
        this.addedBy = Objects.requireNonNull(addedBy);
        this.addedAt = Instant.now();
    }

    public Long id() { return id; }
    public String sha256() { return sha256; }
    public String issuer() { return issuer; }
    public Instant thisUpdate() { return thisUpdate; }
    public Instant nextUpdate() { return nextUpdate; }
    public int entries() { return entries; }
    public byte[] der() { return Base64.getDecoder().decode(derBase64); }
    public Instant addedAt() { return addedAt; }
    public String addedBy() { return addedBy; }
}
