package vn.congvan.application.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.JpqlCondition;
import vn.congvan.application.common.Problem;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.incoming.DocumentAccess;
import vn.congvan.domain.model.incoming.IncomingDocument;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who may see an incoming document: the {@link DocumentAccess} rule (same agency, cleared for the secrecy
 * level, and either keeping or directing the agency's correspondence or belonging to the department the
 * document was handed to), widened by routing to the people a part was given to and the heads of the
 * departments the parts were given to (same agency, and secrecy still applies).
 *
 * <p>The rule exists once, as the JPQL condition of {@link #condition}: the register list and its count,
 * the printed registers, the dossiers' contents and counts and the single-document check ({@link #canView})
 * all evaluate that condition, so what a user can open and what they can find cannot drift apart.
 */
@ApplicationScoped
public class IncomingVisibility {

    private static final Pattern ALIAS = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    @PersistenceContext
    private EntityManager em;

    /**
     * The visibility rule as a condition on the incoming document {@code alias} of a query: same agency;
     * a secrecy level the user is cleared for; and either the user sees the whole agency (clerk, leader,
     * administrator), or the document was handed to the user's department, or a part of its routing was
     * given to the user, or — for a department head — to the department they head.
     */
    public JpqlCondition condition(User user, String alias) {
        if (!ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("not a JPQL alias: " + alias);
        }
        boolean head = user.hasRole(Role.DEPT_HEAD) && user.department() != null;
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("visAgency", user.agency().id());
        p.put("visLevels", DocumentAccess.visibleLevels(user));
        p.put("visAll", DocumentAccess.seesWholeAgency(user));
        p.put("visDept", user.department() == null ? -1L : user.department().id());
        p.put("visUser", user.id());
        p.put("visHead", head);
        String a = alias;
        String jpql = "(" + a + ".agency.id = :visAgency AND " + a + ".secrecy IN :visLevels"
                + " AND (:visAll = true OR " + a + ".recipientDepartment.id = :visDept"
                + " OR EXISTS (SELECT 1 FROM Assignment visA WHERE visA.document = " + a
                + " AND (visA.assignee.id = :visUser OR (:visHead = true AND visA.department.id = :visDept)))))";
        return new JpqlCondition(jpql, p);
    }

    /** Whether the user may see the document: the {@link #condition} evaluated for this one document. */
    public boolean canView(User user, IncomingDocument d) {
        if (d == null || d.id() == null) {
            return false;
        }
        JpqlCondition c = condition(user, "d");
        return !c.bind(em.createQuery("SELECT d.id FROM IncomingDocument d WHERE d.id = :visId AND " + c.jpql(),
                        Long.class)).setParameter("visId", d.id())
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
