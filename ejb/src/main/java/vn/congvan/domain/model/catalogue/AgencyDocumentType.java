package vn.congvan.domain.model.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * How one agency shows an ND30 document type: its own Vietnamese/English name, and whether it is offered
 * in forms. The abbreviation is the decree's and cannot be changed. Without a row, the seeded values apply.
 */
@Entity
@Table(name = "agency_document_type")
@IdClass(AgencyDocumentType.Key.class)
@NamedQuery(name = "AgencyDocumentType.findByAgency",
        query = "SELECT o FROM AgencyDocumentType o WHERE o.agencyId = :agencyId")
public class AgencyDocumentType {

    @Id
    @Column(name = "agency_id")
    private Long agencyId;

    @Id
    @Column(name = "document_type_id")
    private Long documentTypeId;

    @Column(name = "name_vi", nullable = false, length = 100)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(nullable = false)
    private boolean active;

    protected AgencyDocumentType() {
    }

    public AgencyDocumentType(long agencyId, DocumentType type) {
        this.agencyId = agencyId;
        this.documentTypeId = type.id();
        this.nameVi = type.nameVi();
        this.nameEn = type.nameEn();
        this.active = type.active();
    }

    public void rename(String nameVi, String nameEn) {
        this.nameVi = Objects.requireNonNull(nameVi);
        this.nameEn = Objects.requireNonNull(nameEn);
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long agencyId() { return agencyId; }
    public Long documentTypeId() { return documentTypeId; }
    public String nameVi() { return nameVi; }
    public String nameEn() { return nameEn; }
    public boolean active() { return active; }

    /** The primary key: agency and type. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long agencyId;
        private Long documentTypeId;

        public Key() {
        }

        public Key(Long agencyId, Long documentTypeId) {
            this.agencyId = agencyId;
            this.documentTypeId = documentTypeId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(agencyId, k.agencyId)
                    && Objects.equals(documentTypeId, k.documentTypeId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agencyId, documentTypeId);
        }
    }
}
