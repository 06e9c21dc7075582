package vn.congvan.application.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.domain.model.agency.Department;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.catalogue.DocumentType;

import java.util.List;

/** Read-only catalogues: document types, the caller's departments, the caller. */
@Stateless
public class CatalogueService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    /** The active document types: of the caller's agency when logged in (its names, its own types), else ND30's. */
    @PermitAll
    public List<DocumentTypeView> documentTypes() {
        if (users.loggedIn()) {
            return DocumentTypeCatalogue.all(em, users.current().agency()).stream()
                    .filter(DocumentTypeCatalogue.Effective::active).map(DocumentTypeCatalogue.Effective::view).toList();
        }
        return em.createNamedQuery("DocumentType.findActive", DocumentType.class).getResultStream()
                .map(t -> new DocumentTypeView(t.code(), t.abbreviation(), t.nameVi(), t.nameEn(), t.category()))
                .toList();
    }

    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public List<DepartmentView> departments() {
        User me = users.current();
        return em.createNamedQuery("Department.findByAgency", Department.class).setParameter("agency", me.agency())
                .getResultStream().map(d -> new DepartmentView(d.id(), d.code(), d.name())).toList();
    }

    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public CurrentUserView me() {
        User me = users.current();
        return new CurrentUserView(me.username(), me.fullName(), me.positionTitle(), me.agency().code(),
                me.agency().name(), me.department() == null ? null : me.department().name(),
                me.roles().stream().map(Enum::name).sorted().toList(), me.clearance().name());
    }

    public record DocumentTypeView(String code, String abbreviation, String nameVi, String nameEn, String category) {
    }

    public record DepartmentView(long id, String code, String name) {
    }

    public record CurrentUserView(String username, String fullName, String position, String agencyCode,
                                  String agencyName, String department, List<String> roles, String clearance) {
    }
}
