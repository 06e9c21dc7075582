package vn.congvan.domain.model.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.congvan.domain.model.agency.Agency;

import java.util.Objects;

/**
 * A kind of document (tên loại văn bản) of ND30 Phụ lục III, with its abbreviation. The catalogue
 * is data (seeded by migration), not code. The ND30 types belong to no agency (their abbreviation is
 * fixed by the decree; an agency renames or hides them for itself with {@link AgencyDocumentType});
 * an agency may add its own types, which belong to it.
 */
@Entity
@Table(name = "document_type")
@NamedQuery(name = "DocumentType.findActive",
        query = "SELECT t FROM DocumentType t WHERE t.active = true AND t.agency IS NULL ORDER BY t.sortOrder")
@NamedQuery(name = "DocumentType.findForAgency",
        query = "SELECT t FROM DocumentType t WHERE t.agency IS NULL OR t.agency = :agency ORDER BY t.sortOrder, t.id")
public class DocumentType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The agency that added this type; none for the ND30 types. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    /** Stable ASCII identifier (QD, HDD, CV…). */
    @Column(nullable = false, length = 20, unique = true)
    private String code;

    /** The abbreviation used in notations (QĐ, HĐ…); none for Công văn and Thư công. */
    @Column(length = 10)
    private String abbreviation;

    @Column(name = "name_vi", nullable = false, length = 100)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(nullable = false, length = 20)
    private String category;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    protected DocumentType() {
    }

    /** An agency's own type (category OWN), sorted after the ND30 ones. */
    public DocumentType(Agency agency, String code, String abbreviation, String nameVi, String nameEn) {
        this.agency = Objects.requireNonNull(agency, "agency");
        this.code = Objects.requireNonNull(code, "code");
        this.abbreviation = Objects.requireNonNull(abbreviation, "abbreviation");
        this.nameVi = Objects.requireNonNull(nameVi, "nameVi");
        this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
        this.category = "OWN";
        this.sortOrder = 1000;
        this.active = true;
    }

    /** Whether this is an ND30 type (shared by all agencies, abbreviation fixed). */
    public boolean prescribed() {
        return agency == null;
    }

    public void rename(String nameVi, String nameEn) {
        this.nameVi = Objects.requireNonNull(nameVi, "nameVi");
        this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
    }

    public void changeAbbreviation(String abbreviation) {
        if (prescribed()) {
            throw new IllegalStateException("The abbreviation of an ND30 type is fixed");
        }
        this.abbreviation = Objects.requireNonNull(abbreviation, "abbreviation");
    }

    public void setActive(boolean active) {
        if (prescribed()) {
            throw new IllegalStateException("An ND30 type is hidden per agency, not for all");
        }
        this.active = active;
    }

    public Agency agency() { return agency; }
    public Long id() { return id; }
    public String code() { return code; }
    public String abbreviation() { return abbreviation; }
    public String nameVi() { return nameVi; }
    public String nameEn() { return nameEn; }
    public String category() { return category; }
    public int sortOrder() { return sortOrder; }
    public boolean active() { return active; }
}
