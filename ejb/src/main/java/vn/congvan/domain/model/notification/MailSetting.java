package vn.congvan.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An agency's own SMTP settings; a null field falls back to the server's {@code congvan.mail.*} setting. */
@Entity
@Table(name = "mail_setting")
public class MailSetting {

    @Id
    @Column(name = "agency_id")
    private Long agencyId;

    private Boolean enabled;
    private String host;
    private Integer port;
    private String username;

    @Column(name = "password_sealed", length = 1000)
    private String passwordSealed;

    @Column(name = "from_address")
    private String fromAddress;

    @Column(length = 10)
    private String security;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    protected MailSetting() {
    }

    public MailSetting(long agencyId) {
        this.agencyId = agencyId;
    }

    public void change(Boolean enabled, String host, Integer port, String username, String fromAddress, String security,
                       String by, Instant at) {
        this.enabled = enabled;
        this.host = host;
        this.port = port;
        this.username = username;
        this.fromAddress = fromAddress;
        this.security = security;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void setPasswordSealed(String sealed) {
        this.passwordSealed = sealed;
    }

    public Long agencyId() { return agencyId; }
    public Boolean enabled() { return enabled; }
    public String host() { return host; }
    public Integer port() { return port; }
    public String username() { return username; }
    public String passwordSealed() { return passwordSealed; }
    public String fromAddress() { return fromAddress; }
    public String security() { return security; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
