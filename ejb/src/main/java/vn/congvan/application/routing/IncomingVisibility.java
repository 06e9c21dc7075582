package vn.congvan.application.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.Problem;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.incoming.DocumentAccess;
import vn.congvan.domain.model.incoming.IncomingDocument;

/**
 * Who may see an incoming document: the {@link DocumentAccess} rule, widened by routing to the people a
 * part was given to and the heads of the departments the parts were given to (same agency, and secrecy
 * still applies).
 */
@ApplicationScoped
public class IncomingVisibility {

    @PersistenceContext
    private EntityManager em;

    public boolean canView(User user, IncomingDocument d) {
        if (DocumentAccess.canView(user, d)) {
            return true;
        }
        if (!d.agency().id().equals(user.agency().id()) || !user.clearance().covers(d.secrecy())) {
            return false;
        }
        return participates(user, d.id());
    }

    /** Whether a part of the document's handling was given to the user, or to the department they head. */
    public boolean participates(User user, long documentId) {
        boolean head = user.hasRole(Role.DEPT_HEAD) && user.department() != null;
        return !em.createQuery("SELECT a.id FROM Assignment a WHERE a.document.id = :d AND (a.assignee = :u"
                        + " OR (:head = true AND a.department.id = :dept))", Long.class)
                .setParameter("d", documentId).setParameter("u", user).setParameter("head", head)
                .setParameter("dept", head ? user.department().id() : -1L)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The document if the user may see it; otherwise 404, so that its existence is not disclosed. */
    public IncomingDocument visible(User user, long id) {
        IncomingDocument d = em.find(IncomingDocument.class, id);
        if (d == null || !canView(user, d)) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "document.notFound");
        }
        return d;
    }
}
