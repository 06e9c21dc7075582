package vn.congvan.domain.model.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.document.DocumentKind;

import java.time.Instant;
import java.util.Objects;

/** A document in a dossier: a reference by kind and id, with who put it there and when. */
@Entity
@Table(name = "dossier_document")
public class DossierEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_kind", nullable = false, length = 20)
    private DocumentKind documentKind;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "added_by")
    private User addedBy;

    protected DossierEntry() {
    }

    DossierEntry(Dossier dossier, DocumentKind kind, long documentId, User by) {
        this.dossier = dossier;
        this.documentKind = Objects.requireNonNull(kind, "kind");
        this.documentId = documentId;
        this.addedBy = Objects.requireNonNull(by, "by");
        this.addedAt = Instant.now();
    }

    public Long id() { return id; }
    public Dossier dossier() { return dossier; }
    public DocumentKind documentKind() { return documentKind; }
    public long documentId() { return documentId; }
    public Instant addedAt() { return addedAt; }
    public User addedBy() { return addedBy; }
}
