package vn.congvan.domain.model.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A kind of document (tên loại văn bản) of ND30 Phụ lục III, with its abbreviation. The catalogue
 * is data (seeded by migration), not code.
 */
@Entity
@Table(name = "document_type")
@NamedQuery(name = "DocumentType.findActive",
        query = "SELECT t FROM DocumentType t WHERE t.active = true ORDER BY t.sortOrder")
public class DocumentType {

    @Id
    private Long id;

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

    public Long id() { return id; }
    public String code() { return code; }
    public String abbreviation() { return abbreviation; }
    public String nameVi() { return nameVi; }
    public String nameEn() { return nameEn; }
    public String category() { return category; }
    public int sortOrder() { return sortOrder; }
    public boolean active() { return active; }
}
