package vn.congvan.application.routing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.workqueue.WorkItem;
import vn.congvan.application.workqueue.WorkQueueSource;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.document.DocumentKind;
import vn.congvan.domain.model.incoming.IncomingDocument;
import vn.congvan.domain.model.routing.Assignment;
import vn.congvan.domain.model.routing.AssignmentState;
import vn.congvan.domain.model.routing.Routing;
import vn.congvan.domain.model.routing.RoutingState;

import java.util.ArrayList;
import java.util.List;

/**
 * Routing's share of the personal inbox: documents presented to the user and waiting for their direction
 * (task DIRECT), open parts held by the user (LEAD, COOPERATE, INFORM — a department's part counts for its
 * heads until it is re-assigned), and extension requests waiting for the user's decision (EXTENSION).
 * Documents above the user's clearance are left out.
 */
@Stateless
@PermitAll
public class RoutingWorkQueue implements WorkQueueSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<WorkItem> openItems(long userId) {
        User me = em.find(User.class, userId);
        if (me == null || !me.active()) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        for (Routing r : em.createQuery("SELECT r FROM Routing r WHERE r.presentedTo = :me AND r.state = :s", Routing.class)
                .setParameter("me", me).setParameter("s", RoutingState.PRESENTED).getResultList()) {
            IncomingDocument d = r.document();
            if (me.clearance().covers(d.secrecy())) {
                items.add(item(d, "DIRECT", d.dueDate(), RoutingState.PRESENTED.name(), r.presentedAt()));
            }
        }
        boolean head = me.hasRole(Role.DEPT_HEAD) && me.department() != null;
        for (Assignment a : em.createQuery("SELECT a FROM Assignment a WHERE a.state IN :open AND (a.assignee = :me"
                        + " OR (:head = true AND a.assignee IS NULL AND a.department.id = :dept))", Assignment.class)
                .setParameter("open", List.of(AssignmentState.ASSIGNED, AssignmentState.IN_PROGRESS))
                .setParameter("me", me).setParameter("head", head)
                .setParameter("dept", head ? me.department().id() : -1L).getResultList()) {
            if (me.clearance().covers(a.document().secrecy())) {
                items.add(item(a.document(), a.part().name(), a.deadline(), a.state().name(), a.assignedAt()));
            }
        }
        for (Assignment a : em.createQuery("SELECT a FROM Assignment a WHERE a.deadlineSetBy = :me"
                        + " AND a.extensionUntil IS NOT NULL AND a.state IN :open", Assignment.class)
                .setParameter("me", me).setParameter("open", List.of(AssignmentState.ASSIGNED, AssignmentState.IN_PROGRESS))
                .getResultList()) {
            if (me.clearance().covers(a.document().secrecy())) {
                items.add(item(a.document(), "EXTENSION", a.deadline(), "PENDING", a.assignedAt()));
            }
        }
        return items;
    }

    private static WorkItem item(IncomingDocument d, String task, java.time.LocalDate deadline, String state,
                                 java.time.Instant since) {
        String notation = d.numberAndNotation();
        return new WorkItem(DocumentKind.INCOMING, d.id(), task, notation == null || notation.isBlank() ? null : notation,
                d.subject(), d.priority(), deadline, state, since, "app/incoming/view.xhtml?id=" + d.id());
    }
}
