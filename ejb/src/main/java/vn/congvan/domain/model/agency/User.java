package vn.congvan.domain.model.agency;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A person who logs in. The password columns are read by the server's Elytron jdbc-realm. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "User.findByUsername", query = "SELECT u FROM User u WHERE u.username = :username")
@NamedQuery(name = "User.countAll", query = "SELECT COUNT(u) FROM User u")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(nullable = false, length = 64, unique = true)
    private String username;

    @Column(name = "full_name", nullable = false, length = 100)
    private String fullName;

    @Column(name = "position_title", length = 100)
    private String positionTitle;

    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Clearance clearance = Clearance.NONE;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "password_hash", nullable = false, length = 64)
    private String passwordHash;

    @Column(name = "password_salt", nullable = false, length = 64)
    private String passwordSalt;

    @Column(name = "password_cost", nullable = false)
    private int passwordCost;

    @Column(name = "signature_image_sha256", length = 64)
    private String signatureImageSha256;

    /** P12, PKCS11 or CSC ({@link vn.congvan.domain.model.signing.KeySourceKind}). */
    @Column(name = "signing_key_kind", length = 10)
    private String signingKeyKind;

    /** For P12: the SHA-256 of the PKCS#12 file in the content store. */
    @Column(name = "signing_key_ref", length = 500)
    private String signingKeyRef;

    @Column(name = "signing_cert_subject", length = 500)
    private String signingCertSubject;

    @Column(name = "signing_cert_issuer", length = 500)
    private String signingCertIssuer;

    @Column(name = "signing_cert_not_after")
    private Instant signingCertNotAfter;

    @Column(name = "signing_cert_not_before")
    private Instant signingCertNotBefore;

    /** The certificate's key usages, comma-separated; null when it names none. */
    @Column(name = "signing_cert_key_usage", length = 200)
    private String signingCertKeyUsage;

    /** For PKCS11: the approved library path, the slot id (null: the first token) and the key label. */
    @Column(name = "signing_pkcs11_library", length = 500)
    private String signingPkcs11Library;

    @Column(name = "signing_pkcs11_slot")
    private Long signingPkcs11Slot;

    @Column(name = "signing_key_alias", length = 200)
    private String signingKeyAlias;

    /** For CSC: the remote signing service and the credential there. */
    @Column(name = "signing_csc_service_id")
    private Long signingCscServiceId;

    @Column(name = "signing_csc_credential", length = 200)
    private String signingCscCredential;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The positions (chức vụ) the user holds; at most one primary. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_position", joinColumns = @JoinColumn(name = "user_id"))
    private Set<HeldPosition> positions = new java.util.HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected User() {
    }

    public User(Agency agency, Department department, String username, String fullName, String positionTitle,
                Set<Role> roles, HashedPassword password) {
        this.agency = Objects.requireNonNull(agency, "agency");
        this.department = department;
        this.username = Objects.requireNonNull(username, "username");
        this.fullName = Objects.requireNonNull(fullName, "fullName");
        this.positionTitle = positionTitle;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        setPassword(password);
        this.createdAt = Instant.now();
    }

    public final void setPassword(HashedPassword password) {
        Objects.requireNonNull(password, "password");
        this.passwordHash = password.hash();
        this.passwordSalt = password.salt();
        this.passwordCost = password.cost();
    }

    public void setClearance(Clearance clearance) {
        this.clearance = Objects.requireNonNull(clearance);
    }

    public void rename(String fullName) {
        this.fullName = Objects.requireNonNull(fullName, "fullName");
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void moveTo(Department department) {
        this.department = department;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    /**
     * The positions held, in order, the primary one (or the first) given as {@code primary}; the
     * primary position's name becomes the title shown beside the user's name and in signature blocks.
     */
    public void holdPositions(java.util.List<Position> held, Position primary) {
        positions.clear();
        Position main = primary != null ? primary : held.isEmpty() ? null : held.get(0);
        for (Position p : held) {
            positions.add(new HeldPosition(p, p == main));
        }
        if (main != null) {
            this.positionTitle = main.name();
        }
    }

    public Set<HeldPosition> positions() { return Set.copyOf(positions); }

    public Position primaryPosition() {
        return positions.stream().filter(HeldPosition::primary).map(HeldPosition::position).findFirst().orElse(null);
    }

    public String email() { return email; }
    public HashedPassword password() { return new HashedPassword(passwordHash, passwordSalt, passwordCost); }
    public Instant createdAt() { return createdAt; }

    public void setSignatureImage(String sha256) {
        this.signatureImageSha256 = sha256;
    }

    public void setSigningKey(String kind, String ref, String certSubject, String certIssuer, Instant notAfter) {
        this.signingKeyKind = kind;
        this.signingKeyRef = ref;
        this.signingCertSubject = certSubject;
        this.signingCertIssuer = certIssuer;
        this.signingCertNotAfter = notAfter;
    }

    /**
     * Sets the key source with what is known of its certificate; the fields of the other kinds are cleared.
     * Secrets (password, PIN, access token) are never kept.
     */
    public void setKeySource(vn.congvan.domain.model.signing.KeySourceKind kind, String p12Sha256, String pkcs11Library,
                             Long pkcs11Slot, String keyAlias, Long cscServiceId, String cscCredential,
                             vn.congvan.domain.model.signing.CertificateFacts cert) {
        this.signingKeyKind = kind.name();
        this.signingKeyRef = p12Sha256;
        this.signingPkcs11Library = pkcs11Library;
        this.signingPkcs11Slot = pkcs11Slot;
        this.signingKeyAlias = keyAlias;
        this.signingCscServiceId = cscServiceId;
        this.signingCscCredential = cscCredential;
        this.signingCertSubject = cert.subject();
        this.signingCertIssuer = cert.issuer();
        this.signingCertNotBefore = cert.notBefore();
        this.signingCertNotAfter = cert.notAfter();
        this.signingCertKeyUsage = cert.keyUsageText();
    }

    public Instant signingCertNotBefore() { return signingCertNotBefore; }
    public String signingCertKeyUsage() { return signingCertKeyUsage; }
    public String signingPkcs11Library() { return signingPkcs11Library; }
    public Long signingPkcs11Slot() { return signingPkcs11Slot; }
    public String signingKeyAlias() { return signingKeyAlias; }
    public Long signingCscServiceId() { return signingCscServiceId; }
    public String signingCscCredential() { return signingCscCredential; }

    public String signatureImageSha256() { return signatureImageSha256; }
    public String signingKeyKind() { return signingKeyKind; }
    public String signingKeyRef() { return signingKeyRef; }
    public String signingCertSubject() { return signingCertSubject; }
    public String signingCertIssuer() { return signingCertIssuer; }
    public Instant signingCertNotAfter() { return signingCertNotAfter; }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    public Long id() { return id; }
    public Agency agency() { return agency; }
    public Department department() { return department; }
    public String username() { return username; }
    public String fullName() { return fullName; }
    public String positionTitle() { return positionTitle; }
    public Clearance clearance() { return clearance; }
    public boolean active() { return active; }
    public Set<Role> roles() { return Set.copyOf(roles); }
}
