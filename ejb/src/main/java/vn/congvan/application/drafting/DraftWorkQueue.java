package vn.congvan.application.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.congvan.application.workqueue.WorkItem;
import vn.congvan.application.workqueue.WorkQueueSource;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.document.DocumentKind;
import vn.congvan.domain.model.drafting.Draft;
import vn.congvan.domain.model.drafting.DraftOpinion;
import vn.congvan.domain.model.drafting.DraftStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * The drafting workflow's share of a user's inbox: opinions asked of them ({@code OPINION}), drafts to
 * review ({@code REVIEW}) or to approve and sign ({@code SIGN}), their own drafts returned to them
 * ({@code REVISE}), and for clerks the signed drafts to issue ({@code ISSUE}).
 */
@ApplicationScoped
public class DraftWorkQueue implements WorkQueueSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    @Transactional
    public List<WorkItem> openItems(long userId) {
        User me = em.find(User.class, userId);
        if (me == null || !me.active()) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        for (DraftOpinion o : em.createQuery("SELECT o FROM DraftOpinion o WHERE o.asked = :me AND o.answer IS NULL"
                + " AND o.draft.status NOT IN :closed", DraftOpinion.class).setParameter("me", me)
                .setParameter("closed", List.of(DraftStatus.ISSUED, DraftStatus.RECALLED)).getResultList()) {
            items.add(item(o.draft(), "OPINION", o.askedAt()));
        }
        for (Draft d : em.createQuery("SELECT d FROM Draft d WHERE d.reviewer = :me AND d.status = :s", Draft.class)
                .setParameter("me", me).setParameter("s", DraftStatus.IN_REVIEW).getResultList()) {
            items.add(item(d, d.atLastStep() ? "SIGN" : "REVIEW", d.updatedAt()));
        }
        for (Draft d : em.createQuery("SELECT d FROM Draft d WHERE d.author = :me AND d.status = :s", Draft.class)
                .setParameter("me", me).setParameter("s", DraftStatus.RETURNED).getResultList()) {
            items.add(item(d, "REVISE", d.updatedAt()));
        }
        if (me.hasRole(Role.CLERK)) {
            for (Draft d : em.createQuery("SELECT d FROM Draft d WHERE d.agency = :a AND d.status = :s", Draft.class)
                    .setParameter("a", me.agency()).setParameter("s", DraftStatus.SIGNED).getResultList()) {
                items.add(item(d, "ISSUE", d.updatedAt()));
            }
        }
        return items.stream().filter(i -> visible(me, i)).toList();
    }

    private boolean visible(User me, WorkItem i) {
        Draft d = em.find(Draft.class, i.documentId());
        return d != null && me.clearance().covers(d.secrecy());
    }

    private static WorkItem item(Draft d, String task, java.time.Instant since) {
        return new WorkItem(DocumentKind.DRAFT, d.id(), task, null, d.subject(), d.priority(), null, d.status().name(),
                since, "app/drafts/view.xhtml?id=" + d.id());
    }
}
