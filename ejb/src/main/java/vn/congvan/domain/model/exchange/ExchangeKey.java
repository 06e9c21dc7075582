package vn.congvan.domain.model.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The agency's key for signing packages: its certificate (PEM) and its sealed PKCS#8 private key. */
@Entity
@Table(name = "exchange_key")
public class ExchangeKey {

    @Id
    @Column(name = "agency_id")
    private Long agencyId;

    @Column(name = "certificate_pem", nullable = false, length = 20000)
    private String certificatePem;

    /** PKCS#8, base64, sealed by SecretBox. */
    @Column(name = "private_key", nullable = false, length = 20000)
    private String privateKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ExchangeKey() {
    }

    public ExchangeKey(long agencyId, String certificatePem, String sealedPrivateKey, Instant at) {
        this.agencyId = agencyId;
        replace(certificatePem, sealedPrivateKey, at);
    }

    public void replace(String certificatePem, String sealedPrivateKey, Instant at) {
        this.certificatePem = certificatePem;
        this.privateKey = sealedPrivateKey;
        this.createdAt = at;
    }

    public Long agencyId() { return agencyId; }
    public String certificatePem() { return certificatePem; }
    public String sealedPrivateKey() { return privateKey; }
    public Instant createdAt() { return createdAt; }
}
