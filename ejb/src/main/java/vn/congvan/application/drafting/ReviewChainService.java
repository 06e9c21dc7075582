package vn.congvan.application.drafting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.CommandValidator;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.audit.AuditAction;
import vn.congvan.domain.model.drafting.ReviewChainStep;
import vn.congvan.domain.model.drafting.ReviewRole;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The agency's review chain (quy trình trình duyệt), set by its administrator: the steps a draft goes
 * through after its author submits it, the last one a leader's who approves and signs. A draft keeps the
 * number of steps it was submitted with; a changed chain applies to drafts submitted afterwards.
 */
@Stateless
public class ReviewChainService {

    /** The chain and whether it is the built-in default. */
    public record ChainView(List<DraftCommands.Step> steps, boolean isDefault) {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditService audit;

    @Inject
    private CommandValidator validator;

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SPECIALIST, Role.Names.DEPT_HEAD, Role.Names.LEADER, Role.Names.CLERK})
    public ChainView get() {
        return view(users.current());
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ChainView set(DraftCommands.Chain command) {
        validator.check(command);
        User me = users.current();
        List<ReviewChainStep.Step> steps = command.steps().stream()
                .map(s -> new ReviewChainStep.Step(ReviewRole.valueOf(s.role()), s.label().strip())).toList();
        String problem = ReviewChainStep.check(steps);
        if (problem != null) {
            throw ApplicationProblemException.invalid(FieldError.of("steps", problem));
        }
        em.createQuery("DELETE FROM ReviewChainStep s WHERE s.agency = :agency").setParameter("agency", me.agency())
                .executeUpdate();
        em.flush();
        for (int i = 0; i < steps.size(); i++) {
            em.persist(new ReviewChainStep(me.agency(), i, steps.get(i)));
        }
        em.flush();
        audit.recordAdmin(AuditAction.UPDATED, "REVIEW_CHAIN", me.agency().id(),
                steps.stream().map(s -> s.role() + " " + s.label()).collect(Collectors.joining(" → ")));
        return view(me);
    }

    private ChainView view(User me) {
        List<ReviewChainStep.Step> steps = em.createNamedQuery("ReviewChainStep.findByAgency", ReviewChainStep.class)
                .setParameter("agency", me.agency()).getResultStream().map(ReviewChainStep::step).toList();
        boolean dflt = steps.isEmpty();
        return new ChainView((dflt ? ReviewChainStep.DEFAULT : steps).stream()
                .map(s -> new DraftCommands.Step(s.role().name(), s.label())).toList(), dflt);
    }
}
