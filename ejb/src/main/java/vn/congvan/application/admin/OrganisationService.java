package vn.congvan.application.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.audit.HistoryEntryView;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.CommandValidator;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.domain.model.agency.Department;
import vn.congvan.domain.model.agency.Position;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.audit.AuditAction;

import java.util.List;
import java.util.Locale;

/** Departments (phòng ban) and the positions catalogue (chức vụ) of the administrator's agency. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class OrganisationService {

    public static final String DEPARTMENT = "DEPARTMENT";
    public static final String POSITION = "POSITION";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditService audit;

    @Inject
    private CommandValidator validator;

    // ---- departments ----

    @RolesAllowed(Role.Names.ADMIN)
    public List<AdminViews.DepartmentView> departments() {
        User me = users.current();
        return em.createNamedQuery("Department.findAllByAgency", Department.class).setParameter("agency", me.agency())
                .getResultStream().map(d -> AdminViews.DepartmentView.of(d, activeUsersIn(d))).toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public AdminViews.DepartmentView department(long id) {
        Department d = ownDepartment(id);
        return AdminViews.DepartmentView.of(d, activeUsersIn(d));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public AdminViews.DepartmentView createDepartment(DepartmentCommand command) {
        validator.check(command);
        User me = users.current();
        String code = command.code().strip().toUpperCase(Locale.ROOT);
        String name = command.name().strip();
        checkCodeFree(me, code, null);
        Department d = new Department(me.agency(), code, name);
        d.setAbbreviation(command.abbreviation());
        em.persist(d);
        em.flush();
        audit.recordAdmin(AuditAction.CREATED, DEPARTMENT, d.id(), code + " " + name);
        return AdminViews.DepartmentView.of(d, 0);
    }

    /** Renames a department and/or changes its code. */
    @RolesAllowed(Role.Names.ADMIN)
    public AdminViews.DepartmentView updateDepartment(long id, DepartmentCommand command) {
        validator.check(command);
        User me = users.current();
        Department d = ownDepartment(id);
        String code = command.code().strip().toUpperCase(Locale.ROOT);
        String name = command.name().strip();
        checkCodeFree(me, code, d);
        String abbreviation = command.abbreviation() == null || command.abbreviation().isBlank() ? null
                : command.abbreviation().strip();
        String detail = change("code", d.code(), code) + change("name", d.name(), name)
                + change("abbreviation", d.abbreviation(), abbreviation);
        d.changeCode(code);
        d.rename(name);
        d.setAbbreviation(abbreviation);
        em.flush();
        if (!detail.isEmpty()) {
            audit.recordAdmin(AuditAction.UPDATED, DEPARTMENT, d.id(), detail.strip());
        }
        return AdminViews.DepartmentView.of(d, activeUsersIn(d));
    }

    /** Deactivates a department that no active user belongs to (its documents keep it). */
    @RolesAllowed(Role.Names.ADMIN)
    public AdminViews.DepartmentView deactivateDepartment(long id) {
        Department d = ownDepartment(id);
        long active = activeUsersIn(d);
        if (active > 0) {
            throw new ApplicationProblemException(Problem.CONFLICT, "department.hasActiveUsers", d.name(), active);
        }
        if (d.active()) {
            d.deactivate();
            audit.recordAdmin(AuditAction.DEACTIVATED, DEPARTMENT, d.id(), d.code());
        }
        return AdminViews.DepartmentView.of(d, 0);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public AdminViews.DepartmentView reactivateDepartment(long id) {
        Department d = ownDepartment(id);
        if (!d.active()) {
            d.reactivate();
            audit.recordAdmin(AuditAction.REACTIVATED, DEPARTMENT, d.id(), d.code());
        }
        return AdminViews.DepartmentView.of(d, activeUsersIn(d));
    }

    /** Deletes a department nothing refers to (a mistake just made); otherwise 409: deactivate it instead. */
    @RolesAllowed(Role.Names.ADMIN)
    public void deleteDepartment(long id) {
        Department d = ownDepartment(id);
        long userRefs = em.createQuery("SELECT COUNT(u) FROM User u WHERE u.department = :d", Long.class)
                .setParameter("d", d).getSingleResult();
        long docRefs = em.createQuery("SELECT COUNT(x) FROM IncomingDocument x WHERE x.recipientDepartment = :d",
                Long.class).setParameter("d", d).getSingleResult();
        if (userRefs > 0 || docRefs > 0) {
            throw new ApplicationProblemException(Problem.CONFLICT, "department.inUse", d.name(), userRefs, docRefs);
        }
        audit.recordAdmin(AuditAction.DELETED, DEPARTMENT, d.id(), d.code() + " " + d.name());
        em.remove(d);
        em.flush();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<HistoryEntryView> departmentHistory(long id) {
        ownDepartment(id);
        return audit.adminHistory(DEPARTMENT, id);
    }

    // ---- positions ----

    @RolesAllowed(Role.Names.ADMIN)
    public List<AdminViews.PositionView> positions() {
        User me = users.current();
        return em.createNamedQuery("Position.findByAgency", Position.class).setParameter("agency", me.agency())
                .getResultStream().map(p -> AdminViews.PositionView.of(p, holders(p))).toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public AdminViews.PositionView createPosition(PositionCommand command) {
        validator.check(command);
        User me = users.current();
        String name = command.name().strip();
        checkPositionFree(me, name, null);
        Position p = new Position(me.agency(), name);
        em.persist(p);
        em.flush();
        audit.recordAdmin(AuditAction.CREATED, POSITION, p.id(), name);
        return AdminViews.PositionView.of(p, 0);
    }

    /** Renames a position; the holders for whom it is the primary position show the new name. */
    @RolesAllowed(Role.Names.ADMIN)
    public AdminViews.PositionView renamePosition(long id, PositionCommand command) {
        validator.check(command);
        User me = users.current();
        Position p = ownPosition(id);
        String name = command.name().strip();
        checkPositionFree(me, name, p);
        String detail = change("name", p.name(), name);
        p.rename(name);
        for (User u : em.createQuery("SELECT DISTINCT u FROM User u JOIN u.positions h WHERE h.position = :p",
                User.class).setParameter("p", p).getResultList()) {
            if (u.primaryPosition() == p) {
                u.holdPositions(u.positions().stream().map(h -> h.position()).toList(), p);
            }
        }
        em.flush();
        if (!detail.isEmpty()) {
            audit.recordAdmin(AuditAction.UPDATED, POSITION, p.id(), detail.strip());
        }
        return AdminViews.PositionView.of(p, holders(p));
    }

    /** Deactivates a position: no longer offered to new holders; those who hold it keep it. */
    @RolesAllowed(Role.Names.ADMIN)
    public AdminViews.PositionView setPositionActive(long id, boolean active) {
        Position p = ownPosition(id);
        if (p.active() != active) {
            if (active) {
                p.reactivate();
            } else {
                p.deactivate();
            }
            audit.recordAdmin(active ? AuditAction.REACTIVATED : AuditAction.DEACTIVATED, POSITION, p.id(), p.name());
        }
        return AdminViews.PositionView.of(p, holders(p));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<HistoryEntryView> positionHistory(long id) {
        ownPosition(id);
        return audit.adminHistory(POSITION, id);
    }

    // ---- helpers ----

    Department ownDepartment(long id) {
        User me = users.current();
        Department d = em.find(Department.class, id);
        if (d == null || !d.agency().id().equals(me.agency().id())) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "department.notFound");
        }
        return d;
    }

    Position ownPosition(long id) {
        User me = users.current();
        Position p = em.find(Position.class, id);
        if (p == null || !p.agency().id().equals(me.agency().id())) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "position.notFound");
        }
        return p;
    }

    private void checkCodeFree(User me, String code, Department self) {
        boolean taken = em.createNamedQuery("Department.findByAgencyAndCode", Department.class)
                .setParameter("agency", me.agency()).setParameter("code", code).getResultStream()
                .anyMatch(other -> other != self);
        if (taken) {
            throw new ApplicationProblemException(Problem.CONFLICT, "department.codeTaken",
                    List.of(FieldError.of("code", "department.codeTaken", code)), code);
        }
    }

    private void checkPositionFree(User me, String name, Position self) {
        boolean taken = em.createNamedQuery("Position.findByAgencyAndName", Position.class)
                .setParameter("agency", me.agency()).setParameter("name", name).getResultStream()
                .anyMatch(other -> other != self);
        if (taken) {
            throw new ApplicationProblemException(Problem.CONFLICT, "position.nameTaken",
                    List.of(FieldError.of("name", "position.nameTaken", name)), name);
        }
    }

    private long activeUsersIn(Department d) {
        return em.createQuery("SELECT COUNT(u) FROM User u WHERE u.department = :d AND u.active = true", Long.class)
                .setParameter("d", d).getSingleResult();
    }

    private long holders(Position p) {
        return em.createQuery("SELECT COUNT(DISTINCT u) FROM User u JOIN u.positions h WHERE h.position = :p",
                Long.class).setParameter("p", p).getSingleResult();
    }

    static String change(String field, Object before, Object after) {
        return java.util.Objects.equals(before, after) ? "" : field + ": " + before + " → " + after + "; ";
    }
}
