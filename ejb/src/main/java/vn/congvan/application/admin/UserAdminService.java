package vn.congvan.application.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.audit.HistoryEntryView;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.CommandValidator;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.security.PasswordHasher;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.domain.model.agency.Clearance;
import vn.congvan.domain.model.agency.Department;
import vn.congvan.domain.model.agency.HashedPassword;
import vn.congvan.domain.model.agency.PasswordPolicy;
import vn.congvan.domain.model.agency.Position;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.agency.UsernameRule;
import vn.congvan.domain.model.audit.AuditAction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Users of the administrator's agency: search, create, edit (roles, clearance, department, positions),
 * deactivate and reactivate, reset a password; and every user changing their own password. Changes of
 * roles and clearance go to the action log with the old and the new value.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class UserAdminService {

    public static final String USER = "USER";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditService audit;

    @EJB
    private OrganisationService organisation;

    @Inject
    private CommandValidator validator;

    /**
     * The agency's users matching {@code text} (login or full name, any case), optionally in a department,
     * with a role, active or not; ordered by full name.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public List<AdminViews.UserView> search(String text, Long departmentId, String role, Boolean active) {
        User me = users.current();
        StringBuilder q = new StringBuilder("SELECT DISTINCT u FROM User u LEFT JOIN FETCH u.department WHERE u.agency = :agency");
        Role r = null;
        if (role != null && !role.isBlank()) {
            try {
                r = Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApplicationProblemException.invalid(FieldError.of("role", "validation.pattern"));
            }
            q.append(" AND :role MEMBER OF u.roles");
        }
        String like = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        if (like != null) {
            q.append(" AND (LOWER(u.username) LIKE :text OR LOWER(u.fullName) LIKE :text)");
        }
        if (departmentId != null) {
            q.append(" AND u.department.id = :dept");
        }
        if (active != null) {
            q.append(" AND u.active = :active");
        }
        q.append(" ORDER BY u.fullName");
        TypedQuery<User> query = em.createQuery(q.toString(), User.class).setParameter("agency", me.agency());
        if (r != null) {
            query.setParameter("role", r);
        }
        if (like != null) {
            query.setParameter("text", like);
        }
        if (departmentId != null) {
            query.setParameter("dept", departmentId);
        }
        if (active != null) {
            query.setParameter("active", active);
        }
        return query.getResultStream().map(AdminViews.UserView::of).toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public AdminViews.UserView get(long id) {
        return AdminViews.UserView.of(own(id));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public AdminViews.UserView create(UserCommand command) {
        validator.check(command);
        User me = users.current();
        List<FieldError> errors = new ArrayList<>();
        String username = UsernameRule.normalise(command.username());
        UsernameRule.check(username).ifPresent(k -> errors.add(FieldError.of("username", k,
                UsernameRule.MIN, UsernameRule.MAX)));
        PasswordPolicy.check(command.password(), username).ifPresent(k -> errors.add(FieldError.of("password", k,
                PasswordPolicy.MIN)));
        Resolved r = resolve(command, errors);
        if (!errors.isEmpty()) {
            throw ApplicationProblemException.invalid(errors);
        }
        boolean taken = !em.createNamedQuery("User.findByUsername", User.class).setParameter("username", username)
                .getResultList().isEmpty();
        if (taken) {
            throw new ApplicationProblemException(Problem.CONFLICT, "user.usernameTaken",
                    List.of(FieldError.of("username", "user.usernameTaken", username)), username);
        }
        HashedPassword pw = PasswordHasher.hash(command.password().toCharArray(), PasswordHasher.DEFAULT_COST);
        User u = new User(me.agency(), r.department, username, command.fullName().strip(), null, r.roles, pw);
        u.setEmail(blankToNull(command.email()));
        u.setClearance(r.clearance);
        u.holdPositions(r.positions, r.primary);
        em.persist(u);
        em.flush();
        audit.recordAdmin(AuditAction.CREATED, USER, u.id(), username + "; roles: " + names(r.roles)
                + "; clearance: " + r.clearance);
        return AdminViews.UserView.of(u);
    }

    /** Changes name, e-mail, department, roles, clearance and positions (the login name never changes). */
    @RolesAllowed(Role.Names.ADMIN)
    public AdminViews.UserView update(long id, UserCommand command) {
        validator.check(command);
        User me = users.current();
        User u = own(id);
        List<FieldError> errors = new ArrayList<>();
        Resolved r = resolve(command, errors);
        if (!errors.isEmpty()) {
            throw ApplicationProblemException.invalid(errors);
        }
        if (u.id().equals(me.id()) && !r.roles.contains(Role.ADMIN)) {
            throw new ApplicationProblemException(Problem.CONFLICT, "user.cannotDemoteSelf");
        }
        Set<Role> oldRoles = u.roles();
        Clearance oldClearance = u.clearance();
        String fullName = command.fullName().strip();
        String email = blankToNull(command.email());
        String detail = OrganisationService.change("fullName", u.fullName(), fullName)
                + OrganisationService.change("email", u.email(), email)
                + OrganisationService.change("department", u.department() == null ? null : u.department().code(),
                r.department == null ? null : r.department.code())
                + OrganisationService.change("positions", positionNames(u.positions().stream().map(h -> h.position()).toList(), u.primaryPosition()),
                positionNames(r.positions, r.primary != null ? r.primary : r.positions.isEmpty() ? null : r.positions.get(0)));
        u.rename(fullName);
        u.setEmail(email);
        u.moveTo(r.department);
        u.setRoles(r.roles);
        u.setClearance(r.clearance);
        u.holdPositions(r.positions, r.primary);
        em.flush();
        if (!detail.isEmpty()) {
            audit.recordAdmin(AuditAction.UPDATED, USER, u.id(), detail.strip());
        }
        if (!oldRoles.equals(r.roles)) {
            audit.recordAdmin(AuditAction.ROLES_CHANGED, USER, u.id(), names(oldRoles) + " → " + names(r.roles));
        }
        if (oldClearance != r.clearance) {
            audit.recordAdmin(AuditAction.CLEARANCE_CHANGED, USER, u.id(), oldClearance + " → " + r.clearance);
        }
        return AdminViews.UserView.of(u);
    }

    /** A deactivated user can no longer log in (the server's realm reads only active users). */
    @RolesAllowed(Role.Names.ADMIN)
    public AdminViews.UserView setActive(long id, boolean active) {
        User me = users.current();
        User u = own(id);
        if (!active && u.id().equals(me.id())) {
            throw new ApplicationProblemException(Problem.CONFLICT, "user.cannotDeactivateSelf");
        }
        if (u.active() != active) {
            if (active) {
                u.reactivate();
            } else {
                u.deactivate();
            }
            em.flush();
            audit.recordAdmin(active ? AuditAction.REACTIVATED : AuditAction.DEACTIVATED, USER, u.id(), u.username());
        }
        return AdminViews.UserView.of(u);
    }

    /** Sets a temporary password (under the password policy) that the administrator passes on to the user. */
    @RolesAllowed(Role.Names.ADMIN)
    public void resetPassword(long id, PasswordCommand command) {
        if (command == null) {
            throw new ApplicationProblemException(Problem.BAD_REQUEST, "error.body.missing");
        }
        User u = own(id);
        PasswordPolicy.check(command.newPassword(), u.username()).ifPresent(k -> {
            throw ApplicationProblemException.invalid(FieldError.of("newPassword", k, PasswordPolicy.MIN));
        });
        u.setPassword(PasswordHasher.hash(command.newPassword().toCharArray(), PasswordHasher.DEFAULT_COST));
        em.flush();
        audit.recordAdmin(AuditAction.PASSWORD_RESET, USER, u.id(), u.username());
    }

    /** Users change their own password: the old one must be right, the new one follow the policy. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public void changeOwnPassword(PasswordCommand command) {
        if (command == null) {
            throw new ApplicationProblemException(Problem.BAD_REQUEST, "error.body.missing");
        }
        User me = users.current();
        List<FieldError> errors = new ArrayList<>();
        if (command.oldPassword() == null || command.oldPassword().isEmpty()) {
            errors.add(FieldError.of("oldPassword", "validation.required"));
        } else if (!PasswordHasher.verify(me.password(), command.oldPassword().toCharArray())) {
            errors.add(FieldError.of("oldPassword", "password.oldWrong"));
        }
        PasswordPolicy.check(command.newPassword(), me.username())
                .ifPresent(k -> errors.add(FieldError.of("newPassword", k, PasswordPolicy.MIN)));
        if (errors.isEmpty() && command.newPassword().equals(command.oldPassword())) {
            errors.add(FieldError.of("newPassword", "password.sameAsOld"));
        }
        if (!errors.isEmpty()) {
            throw ApplicationProblemException.invalid(errors);
        }
        me.setPassword(PasswordHasher.hash(command.newPassword().toCharArray(), PasswordHasher.DEFAULT_COST));
        em.flush();
        audit.recordAdmin(AuditAction.PASSWORD_CHANGED, USER, me.id(), me.username());
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<HistoryEntryView> history(long id) {
        own(id);
        return audit.adminHistory(USER, id);
    }

    // ---- helpers ----

    private User own(long id) {
        User me = users.current();
        User u = em.find(User.class, id);
        if (u == null || !u.agency().id().equals(me.agency().id())) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "user.notFound");
        }
        return u;
    }

    private record Resolved(Department department, Set<Role> roles, Clearance clearance, List<Position> positions,
                            Position primary) {
    }

    /** Checks the references of a command against the caller's agency; adds what is wrong to {@code errors}. */
    private Resolved resolve(UserCommand c, List<FieldError> errors) {
        User me = users.current();
        Department dept = null;
        if (c.departmentId() != null) {
            dept = em.find(Department.class, c.departmentId());
            if (dept == null || !dept.agency().id().equals(me.agency().id())) {
                errors.add(FieldError.of("departmentId", "validation.department.unknown"));
                dept = null;
            } else if (!dept.active()) {
                errors.add(FieldError.of("departmentId", "user.department.inactive", dept.name()));
            }
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        c.roles().forEach(r -> roles.add(Role.valueOf(r)));
        if (roles.isEmpty()) {
            errors.add(FieldError.of("roles", "user.roles.required"));
        }
        List<Position> positions = new ArrayList<>();
        Position primary = null;
        for (Long pid : new LinkedHashSet<>(c.positionIds() == null ? List.<Long>of() : c.positionIds())) {
            Position p = em.find(Position.class, pid);
            if (p == null || !p.agency().id().equals(me.agency().id())) {
                errors.add(FieldError.of("positionIds", "user.position.unknown", pid));
            } else {
                positions.add(p);
                if (pid.equals(c.primaryPositionId())) {
                    primary = p;
                }
            }
        }
        if (c.primaryPositionId() != null && primary == null) {
            errors.add(FieldError.of("primaryPositionId", "user.primaryPosition.notHeld"));
        }
        return new Resolved(dept, roles, Clearance.valueOf(c.clearance()), positions, primary);
    }

    private static String names(Set<Role> roles) {
        return String.join(",", new TreeSet<>(roles.stream().map(Enum::name).toList()));
    }

    private static String positionNames(List<Position> held, Position primary) {
        List<String> out = new ArrayList<>();
        for (Position p : held) {
            out.add(Objects.equals(p, primary) ? p.name() + "*" : p.name());
        }
        out.sort(null);
        return String.join(",", out);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
