package vn.congvan.application.catalogue;

import jakarta.persistence.EntityManager;
import vn.congvan.application.common.RememberedIds;
import vn.congvan.domain.model.agency.Agency;
import vn.congvan.domain.model.catalogue.AgencyDocumentType;
import vn.congvan.domain.model.catalogue.DocumentType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The document types as one agency sees them: the ND30 types with the agency's own names and on/off
 * switch applied, then the agency's own types. Forms offer only the active ones; documents keep theirs.
 */
public final class DocumentTypeCatalogue {

    private DocumentTypeCatalogue() {
    }

    /** A type as an agency sees it. */
    public record Effective(DocumentType type, String nameVi, String nameEn, boolean active) {
        public CatalogueService.DocumentTypeView view() {
            return new CatalogueService.DocumentTypeView(type.code(), type.abbreviation(), nameVi, nameEn,
                    type.category());
        }
    }

    public static List<Effective> all(EntityManager em, Agency agency) {
        Map<Long, AgencyDocumentType> overrides = em.createNamedQuery("AgencyDocumentType.findByAgency",
                        AgencyDocumentType.class).setParameter("agencyId", agency.id()).getResultStream()
                .collect(Collectors.toMap(AgencyDocumentType::documentTypeId, Function.identity()));
        return em.createNamedQuery("DocumentType.findForAgency", DocumentType.class).setParameter("agency", agency)
                .getResultStream().map(t -> effective(t, overrides.get(t.id()))).toList();
    }

    public static Effective effective(DocumentType t, AgencyDocumentType override) {
        return override == null ? new Effective(t, t.nameVi(), t.nameEn(), t.active())
                : new Effective(t, override.nameVi(), override.nameEn(), override.active() && t.active());
    }

    /**
     * Code → id of the types registrations asked for lately (this node). A code names one type in the whole
     * catalogue (unique constraint), so the remembered id is the only candidate; the type and the agency's
     * override are read again each time and must still be usable, or the query below decides.
     */
    private static final RememberedIds<String> USABLE_IDS = new RememberedIds<>(1_000);

    /** The active type of this code usable by the agency (for registration), or null. */
    public static DocumentType usable(EntityManager em, Agency agency, String code) {
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        // two loads by primary key instead of a query: every registration asks
        return USABLE_IDS.find(c, id -> em.find(DocumentType.class, id),
                t -> t.code().equals(c) && (t.agency() == null || t.agency().id().equals(agency.id()))
                        && effective(t, em.find(AgencyDocumentType.class, new AgencyDocumentType.Key(agency.id(), t.id()))).active(),
                () -> query(em, agency, c), DocumentType::id);
    }

    private static DocumentType query(EntityManager em, Agency agency, String c) {
        // only the types of this code (and their override), not the whole catalogue: every registration asks
        return em.createQuery("SELECT t FROM DocumentType t WHERE t.code = :code AND (t.agency IS NULL OR t.agency = :agency)"
                        + " ORDER BY t.sortOrder, t.id", DocumentType.class)
                .setParameter("code", c).setParameter("agency", agency).getResultList().stream()
                .map(t -> effective(t, em.find(AgencyDocumentType.class, new AgencyDocumentType.Key(agency.id(), t.id()))))
                .filter(Effective::active).map(Effective::type).findFirst().orElse(null);
    }
}
