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

/** A root or intermediate CA certificate the administrator trusts for verifying signed PDFs. */
@Entity
@Table(name = "trust_anchor")
@NamedQuery(name = "TrustAnchor.all", query = "SELECT a FROM TrustAnchor a ORDER BY a.subject, a.id")
@NamedQuery(name = "TrustAnchor.bySha256", query = "SELECT a FROM TrustAnchor a WHERE a.sha256 = :sha256")
public class TrustAnchor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Column(nullable = false, length = 1000)
    private String subject;
    @Column(nullable = false, length = 1000)
    private String issuer;
    @Column(name = "self_signed", nullable = false)
    private boolean selfSigned;
    @Column(name = "not_before", nullable = false)
    private Instant notBefore;
    @Column(name = "not_after", nullable = false)
    private Instant notAfter;
    @Column(name = "der_base64", nullable = false, length = 40000)
    private String derBase64;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;
    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    protected TrustAnchor() {
    }

    public TrustAnchor(String sha256, String subject, String issuer, boolean selfSigned, Instant notBefore,
                       Instant notAfter, byte[] der, String addedBy) {
        this.sha256 = Objects.requireNonNull(sha256);
        this.subject = Objects.requireNonNull(subject);
        this.issuer = Objects.requireNonNull(issuer);
        this.selfSigned = selfSigned;
        this.notBefore = Objects.requireNonNull(notBefore);
        this.notAfter = Objects.requireNonNull(notAfter);
        this.derBase64 = Base64.getEncoder().encodeToString(der);
        this.addedBy = Objects.requireNonNull(addedBy);
        this.addedAt = Instant.now();
    }

    public Long id() { return id; }
    public String sha256() { return sha256; }
    public String subject() { return subject; }
    public String issuer() { return issuer; }
    public boolean selfSigned() { return selfSigned; }
    public Instant notBefore() { return notBefore; }
    public Instant notAfter() { return notAfter; }
    public byte[] der() { return Base64.getDecoder().decode(derBase64); }
    public Instant addedAt() { return addedAt; }
    public String addedBy() { return addedBy; }
}
