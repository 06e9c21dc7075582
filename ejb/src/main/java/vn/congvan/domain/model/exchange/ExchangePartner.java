package vn.congvan.domain.model.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.congvan.domain.model.agency.Agency;

import java.time.Instant;

/** Another agency in an agency's exchange directory: its edXML code, name, endpoint and certificate. */
@Entity
@Table(name = "exchange_partner")
public class ExchangePartner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "organ_id", nullable = false, length = 13)
    private String organId;

    @Column(nullable = false)
    private String name;

    @Column(length = 500)
    private String endpoint;

    @Column(name = "certificate_pem", length = 20000)
    private String certificatePem;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ExchangePartner() {
    }

    public ExchangePartner(Agency agency, String organId, Instant at) {
        this.agency = agency;
        this.organId = organId;
        this.createdAt = at;
        this.updatedAt = at;
    }

    public void update(String name, String endpoint, String certificatePem, boolean active, Instant at) {
        this.name = name;
        this.endpoint = endpoint;
        this.certificatePem = certificatePem;
        this.active = active;
        this.updatedAt = at;
    }

    public Long id() { return id; }
    public Agency agency() { return agency; }
    public String organId() { return organId; }
    public String name() { return name; }
    public String endpoint() { return endpoint; }
    public String certificatePem() { return certificatePem; }
    public boolean active() { return active; }
    public Instant updatedAt() { return updatedAt; }
}
