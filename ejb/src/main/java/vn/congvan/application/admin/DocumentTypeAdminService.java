package vn.congvan.application.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.catalogue.DocumentTypeCatalogue;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.CommandValidator;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.audit.AuditAction;
import vn.congvan.domain.model.catalogue.Abbreviation;
import vn.congvan.domain.model.catalogue.AgencyDocumentType;
import vn.congvan.domain.model.catalogue.DocumentType;

import java.util.List;

/**
 * Document types (loại văn bản) for the administrator's agency: rename or hide an ND30 type for the agency
 * (its abbreviation is the decree's), add the agency's own types with their own abbreviation.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DocumentTypeAdminService {

    public static final String DOCUMENT_TYPE = "DOCUMENT_TYPE";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditService audit;

    @Inject
    private CommandValidator validator;

    @RolesAllowed(Role.Names.ADMIN)
    public List<AdminViews.DocumentTypeAdminView> list() {
        User me = users.current();
        return DocumentTypeCatalogue.all(em, me.agency()).stream().map(DocumentTypeAdminService::view).toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public AdminViews.DocumentTypeAdminView create(DocumentTypeCommand command) {
        validator.check(command);
        User me = users.current();
        String abbreviation = Abbreviation.normalise(command.abbreviation());
        Abbreviation.check(abbreviation).ifPresent(k -> {
            throw ApplicationProblemException.invalid(FieldError.of("abbreviation", k, Abbreviation.MAX));
        });
        checkAbbreviationFree(me, abbreviation, null);
        String code = uniqueCode(me, abbreviation);
        DocumentType t = new DocumentType(me.agency(), code, abbreviation, command.nameVi().strip(),
                command.nameEn().strip());
        em.persist(t);
        em.flush();
        audit.recordAdmin(AuditAction.CREATED, DOCUMENT_TYPE, t.id(), abbreviation + " " + t.nameVi());
        return view(DocumentTypeCatalogue.effective(t, null));
    }

    /** Renames a type for the agency; changes the abbreviation of the agency's own types only. */
    @RolesAllowed(Role.Names.ADMIN)
    public AdminViews.DocumentTypeAdminView update(long id, DocumentTypeCommand command) {
        validator.check(command);
        User me = users.current();
        DocumentType t = visible(me, id);
        String nameVi = command.nameVi().strip();
        String nameEn = command.nameEn().strip();
        String abbreviation = command.abbreviation() == null || command.abbreviation().isBlank() ? null
                : Abbreviation.normalise(command.abbreviation());
        if (t.prescribed()) {
            if (abbreviation != null && !abbreviation.equals(t.abbreviation())) {
                throw new ApplicationProblemException(Problem.UNPROCESSABLE, "documentType.abbreviation.fixed",
                        List.of(FieldError.of("abbreviation", "documentType.abbreviation.fixed",
                                String.valueOf(t.abbreviation()))), String.valueOf(t.abbreviation()));
            }
            AgencyDocumentType o = override(me, t);
            String detail = OrganisationService.change("nameVi", o.nameVi(), nameVi)
                    + OrganisationService.change("nameEn", o.nameEn(), nameEn);
            o.rename(nameVi, nameEn);
            em.flush();
            if (!detail.isEmpty()) {
                audit.recordAdmin(AuditAction.UPDATED, DOCUMENT_TYPE, t.id(), detail.strip());
            }
            return view(DocumentTypeCatalogue.effective(t, o));
        }
        String detail = OrganisationService.change("nameVi", t.nameVi(), nameVi)
                + OrganisationService.change("nameEn", t.nameEn(), nameEn);
        if (abbreviation != null && !abbreviation.equals(t.abbreviation())) {
            Abbreviation.check(abbreviation).ifPresent(k -> {
                throw ApplicationProblemException.invalid(FieldError.of("abbreviation", k, Abbreviation.MAX));
            });
            checkAbbreviationFree(me, abbreviation, t);
            detail += OrganisationService.change("abbreviation", t.abbreviation(), abbreviation);
            t.changeAbbreviation(abbreviation);
        }
        t.rename(nameVi, nameEn);
        em.flush();
        if (!detail.isEmpty()) {
            audit.recordAdmin(AuditAction.UPDATED, DOCUMENT_TYPE, t.id(), detail.strip());
        }
        return view(DocumentTypeCatalogue.effective(t, null));
    }

    /** Offers a type in forms again, or stops offering it (documents that have it keep it). */
    @RolesAllowed(Role.Names.ADMIN)
    public AdminViews.DocumentTypeAdminView setActive(long id, boolean active) {
        User me = users.current();
        DocumentType t = visible(me, id);
        DocumentTypeCatalogue.Effective before;
        DocumentTypeCatalogue.Effective after;
        if (t.prescribed()) {
            AgencyDocumentType o = override(me, t);
            before = DocumentTypeCatalogue.effective(t, o);
            o.setActive(active);
            after = DocumentTypeCatalogue.effective(t, o);
        } else {
            before = DocumentTypeCatalogue.effective(t, null);
            t.setActive(active);
            after = DocumentTypeCatalogue.effective(t, null);
        }
        em.flush();
        if (before.active() != after.active()) {
            audit.recordAdmin(active ? AuditAction.REACTIVATED : AuditAction.DEACTIVATED, DOCUMENT_TYPE, t.id(),
                    t.code());
        }
        return view(after);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<vn.congvan.application.audit.HistoryEntryView> history(long id) {
        User me = users.current();
        visible(me, id);
        return audit.adminHistory(DOCUMENT_TYPE, id);
    }

    private DocumentType visible(User me, long id) {
        DocumentType t = em.find(DocumentType.class, id);
        if (t == null || (!t.prescribed() && !t.agency().id().equals(me.agency().id()))) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "documentType.notFound");
        }
        return t;
    }

    private AgencyDocumentType override(User me, DocumentType t) {
        AgencyDocumentType o = em.find(AgencyDocumentType.class, new AgencyDocumentType.Key(me.agency().id(), t.id()));
        if (o == null) {
            o = new AgencyDocumentType(me.agency().id(), t);
            em.persist(o);
        }
        return o;
    }

    private void checkAbbreviationFree(User me, String abbreviation, DocumentType self) {
        DocumentType clash = DocumentTypeCatalogue.all(em, me.agency()).stream().map(DocumentTypeCatalogue.Effective::type)
                .filter(t -> t != self && Abbreviation.same(t.abbreviation(), abbreviation)).findFirst().orElse(null);
        if (clash != null) {
            throw new ApplicationProblemException(Problem.CONFLICT, "documentType.abbreviation.taken",
                    List.of(FieldError.of("abbreviation", "documentType.abbreviation.taken", abbreviation,
                            clash.nameVi())), abbreviation, clash.nameVi());
        }
    }

    /** An ASCII code unique in the whole catalogue: A{agency}_{abbreviation folded}, numbered on a clash. */
    private String uniqueCode(User me, String abbreviation) {
        String base = "A" + me.agency().id() + "_" + Abbreviation.asciiCode(abbreviation);
        base = base.length() > 17 ? base.substring(0, 17) : base;
        String code = base;
        for (int i = 2; !em.createQuery("SELECT t FROM DocumentType t WHERE t.code = :c", DocumentType.class)
                .setParameter("c", code).getResultList().isEmpty(); i++) {
            code = base + i;
        }
        return code;
    }

    static AdminViews.DocumentTypeAdminView view(DocumentTypeCatalogue.Effective e) {
        DocumentType t = e.type();
        return new AdminViews.DocumentTypeAdminView(t.id(), t.code(), t.abbreviation(), e.nameVi(), e.nameEn(),
                t.category(), e.active(), t.prescribed());
    }
}
