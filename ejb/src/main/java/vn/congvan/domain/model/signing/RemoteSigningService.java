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

/** A remote signing service (CSC API v2: VNPT SmartCA, Viettel MySign, mPKI…) users may choose for their key. */
@Entity
@Table(name = "remote_signing_service")
@NamedQuery(name = "RemoteSigningService.all", query = "SELECT s FROM RemoteSigningService s ORDER BY s.name, s.id")
@NamedQuery(name = "RemoteSigningService.byUrl", query = "SELECT s FROM RemoteSigningService s WHERE s.baseUrl = :url")
public class RemoteSigningService {

    public static final int DEFAULT_TIMEOUT_SECONDS = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(name = "base_url", nullable = false, length = 500)
    private String baseUrl;
    @Column(name = "timeout_seconds", nullable = false)
    private int timeoutSeconds;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected RemoteSigningService() {
    }

    public RemoteSigningService(String name, String baseUrl, int timeoutSeconds) {
        this.name = Objects.requireNonNull(name);
        this.baseUrl = Objects.requireNonNull(baseUrl);
        if (timeoutSeconds < 1 || timeoutSeconds > 600) {
            throw new IllegalArgumentException("timeout must be 1..600 s: " + timeoutSeconds);
        }
        this.timeoutSeconds = timeoutSeconds;
        this.addedAt = Instant.now();
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String baseUrl() { return baseUrl; }
    public int timeoutSeconds() { return timeoutSeconds; }
    public Instant addedAt() { return addedAt; }
}
