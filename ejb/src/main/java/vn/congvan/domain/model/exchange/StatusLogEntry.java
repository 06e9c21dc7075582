package vn.congvan.domain.model.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A status message received from a recipient about one of our outgoing documents. */
@Entity
@Table(name = "exchange_status_log")
public class StatusLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "outgoing_document_id", nullable = false)
    private long outgoingDocumentId;

    @Column(name = "organ_id", nullable = false, length = 13)
    private String organId;

    @Column(name = "status_code", nullable = false, length = 2)
    private String statusCode;

    @Column(length = 1000)
    private String description;

    @Column(name = "staff_name", length = 100)
    private String staffName;

    @Column(name = "status_at", nullable = false)
    private Instant statusAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected StatusLogEntry() {
    }

    public StatusLogEntry(long agencyId, long outgoingDocumentId, String organId, String statusCode, String description,
                          String staffName, Instant statusAt, Instant receivedAt) {
        this.agencyId = agencyId;
        this.outgoingDocumentId = outgoingDocumentId;
        this.organId = organId;
        this.statusCode = statusCode;
        this.description = description;
        this.staffName = staffName;
        this.statusAt = statusAt;
        this.receivedAt = receivedAt;
    }

    public Long id() { return id; }
    public long outgoingDocumentId() { return outgoingDocumentId; }
    public String organId() { return organId; }
    public String statusCode() { return statusCode; }
    public String description() { return description; }
    public String staffName() { return staffName; }
    public Instant statusAt() { return statusAt; }
    public Instant receivedAt() { return receivedAt; }
}
