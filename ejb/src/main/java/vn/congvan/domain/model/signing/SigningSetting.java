package vn.congvan.domain.model.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One installation-wide signing setting (TSA, online revocation, default PAdES level), by name. */
@Entity
@Table(name = "signing_setting")
public class SigningSetting {

    public static final String TSA_URL = "tsa.url";
    public static final String TSA_USERNAME = "tsa.username";
    /** Encrypted with the installation's settings key (see SecretBox). */
    public static final String TSA_PASSWORD = "tsa.password";
    public static final String TSA_HASH = "tsa.hash";
    public static final String ONLINE_REVOCATION = "revocation.online";
    public static final String DEFAULT_LEVEL = "pades.default-level";

    @Id
    @Column(name = "setting_name", nullable = false, length = 60)
    private String name;
    @Column(name = "setting_value", length = 2000)
    private String value;

    protected SigningSetting() {
    }

    public SigningSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String name() { return name; }
    public String value() { return value; }
    public void setValue(String value) { this.value = value; }
}
