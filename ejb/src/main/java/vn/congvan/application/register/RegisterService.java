package vn.congvan.application.register;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.LockModeType;
import vn.congvan.application.audit.AuditService;
import vn.congvan.domain.model.audit.AuditAction;
import vn.congvan.domain.model.register.NotationPattern;
import vn.congvan.domain.model.register.RegisterClosedException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.CommandValidator;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.common.VietnamTime;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.domain.model.agency.Agency;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.register.Register;
import vn.congvan.domain.model.register.RegisterAccess;
import vn.congvan.domain.model.register.RegisterKind;
import vn.congvan.domain.model.register.RegisterSeries;

import java.time.Instant;
import java.util.List;

/** Registers (sổ) of the caller's agency: listing them, opening new ones. */
@Stateless
public class RegisterService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @Inject
    private CommandValidator validator;

    @EJB
    private AuditService audit;

    /** The registers of a kind and year the caller may number into or read; secret ones only for cleared users. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public List<RegisterView> list(RegisterKind kind, Integer year) {
        User me = users.current();
        int y = year == null ? VietnamTime.today().getYear() : year;
        return em.createNamedQuery("Register.findByAgencyAndYear", Register.class)
                .setParameter("agency", me.agency()).setParameter("year", y).setParameter("kind", kind)
                .getResultStream()
                .filter(r -> RegisterAccess.mayRead(me, r))
                // the agency's general register first (the pages open it by default), then normal, secret, internal
                .sorted(java.util.Comparator.comparing((Register r) -> !Register.DEFAULT_CODE.equals(r.code()))
                        .thenComparing(r -> r.series().ordinal()).thenComparing(Register::code))
                .map(RegisterView::of).toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public RegisterView create(CreateRegisterCommand command) {
        validator.check(command);
        User me = users.current();
        RegisterKind kind = RegisterKind.valueOf(command.kind());
        boolean exists = !em.createNamedQuery("Register.findByAgencyYearCode", Register.class)
                .setParameter("agency", me.agency()).setParameter("year", command.year())
                .setParameter("kind", kind).setParameter("code", command.code())
                .getResultList().isEmpty();
        if (exists) {
            throw new ApplicationProblemException(Problem.CONFLICT, "register.exists", command.code(), command.year());
        }
        Register r = new Register(me.agency(), command.year(), kind, RegisterSeries.valueOf(command.series()),
                command.code(), command.name().strip());
        em.persist(r);
        em.flush();
        return RegisterView.of(r);
    }

    /** Opens each agency's default registers for a year if they are not open yet (run at start and each day). */
    @PermitAll
    public int ensureDefaultRegisters(int year) {
        int created = 0;
        for (Agency a : em.createNamedQuery("Agency.findAll", Agency.class).getResultList()) {
            created += copyYear(a, year); // last year's registers and patterns, numbering from 1
            for (RegisterKind kind : RegisterKind.values()) {
                boolean exists = !em.createNamedQuery("Register.findByAgencyYearCode", Register.class)
                        .setParameter("agency", a).setParameter("year", year).setParameter("kind", kind)
                        .setParameter("code", Register.DEFAULT_CODE).getResultList().isEmpty();
                if (!exists) {
                    String name = (kind == RegisterKind.INCOMING ? "Sổ đăng ký văn bản đến " : "Sổ đăng ký văn bản đi ")
                            + year;
                    em.persist(new Register(a, year, kind, RegisterSeries.NORMAL, Register.DEFAULT_CODE, name));
                    created++;
                }
            }
        }
        return created;
    }

    /** One register of the caller's agency (secret ones only for cleared users). */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public RegisterView get(long id) {
        return RegisterView.of(own(users.current(), id));
    }

    /** Sets a register's notation patterns (administrators); refused on a closed register. */
    @RolesAllowed(Role.Names.ADMIN)
    public RegisterView setNotationPatterns(long id, NotationPatternCommand command) {
        validator.check(command);
        Register r = own(users.current(), id);
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(r);
        if (r.kind() != RegisterKind.OUTGOING) {
            throw ApplicationProblemException.invalid(FieldError.of("notationPattern", "register.notOutgoing"));
        }
        if (r.closed()) {
            throw new ApplicationProblemException(Problem.CONFLICT, "register.frozen", r.name());
        }
        List<FieldError> errors = new java.util.ArrayList<>();
        checkPattern("notationPattern", command.notationPattern(), false, errors);
        checkPattern("letterPattern", command.letterPattern(), true, errors);
        if (!errors.isEmpty()) {
            throw ApplicationProblemException.invalid(errors);
        }
        r.setNotationPatterns(command.notationPattern(), command.letterPattern());
        em.flush();
        RegisterView v = RegisterView.of(r);
        audit.recordOn(AuditAction.PATTERN_SET, AuditService.REGISTER, r.id(), null,
                v.notationPattern() + " | " + v.letterPattern());
        return v;
    }

    /** Đóng sổ (administrators and clerks): the register takes no more numbers and is frozen; logged. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public RegisterView close(long id) {
        User me = users.current();
        Register r = own(me, id);
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(r);
        try {
            r.close(me.username(), Instant.now());
        } catch (RegisterClosedException e) {
            throw new ApplicationProblemException(Problem.CONFLICT, "register.alreadyClosed", r.name());
        }
        em.flush();
        audit.recordOn(AuditAction.CLOSED, AuditService.REGISTER, r.id(), null,
                r.code() + "/" + r.year() + ", " + (r.nextNumber() - 1) + " số");
        return RegisterView.of(r);
    }

    /**
     * Mở sổ năm mới (administrators): the caller's agency gets, for the year, a copy of each register
     * of the year before (same kind, series, code and patterns; numbering from 1) that it lacks.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public List<RegisterView> openYear(OpenYearCommand command) {
        validator.check(command);
        User me = users.current();
        copyYear(me.agency(), command.year());
        return em.createQuery("SELECT r FROM Register r WHERE r.agency = :agency AND r.year = :year"
                        + " ORDER BY r.kind, r.series, r.code", Register.class)
                .setParameter("agency", me.agency()).setParameter("year", command.year())
                .getResultStream()
                .filter(r -> RegisterAccess.mayRead(me, r))
                // the agency's general register first (the pages open it by default), then normal, secret, internal
                .sorted(java.util.Comparator.comparing((Register r) -> !Register.DEFAULT_CODE.equals(r.code()))
                        .thenComparing(r -> r.series().ordinal()).thenComparing(Register::code))
                .map(RegisterView::of).toList();
    }

    /** The registers of a year open on first use: copies of last year's, in a transaction of their own. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int openYearOf(long agencyId, int year) {
        Agency a = em.find(Agency.class, agencyId);
        return a == null ? 0 : copyYear(a, year);
    }

    private int copyYear(Agency agency, int year) {
        List<Register> existing = em.createQuery("SELECT r FROM Register r WHERE r.agency = :agency AND r.year = :year",
                Register.class).setParameter("agency", agency).setParameter("year", year).getResultList();
        int created = 0;
        for (Register last : em.createQuery("SELECT r FROM Register r WHERE r.agency = :agency AND r.year = :year"
                + " ORDER BY r.id", Register.class).setParameter("agency", agency).setParameter("year", year - 1)
                .getResultList()) {
            boolean has = existing.stream().anyMatch(r -> r.kind() == last.kind() && r.code().equals(last.code()));
            if (!has) {
                em.persist(last.copyFor(year));
                created++;
            }
        }
        em.flush();
        return created;
    }

    private static void checkPattern(String field, String pattern, boolean letter, List<FieldError> errors) {
        if (pattern == null || pattern.isBlank()) {
            return;
        }
        try {
            NotationPattern.parse(pattern, letter);
        } catch (NotationPattern.InvalidPatternException e) {
            errors.add(FieldError.of(field, "notation.pattern." + e.defect().name(),
                    e.detail() == null ? "" : e.detail()));
        }
    }

    private Register own(User me, long id) {
        Register r = em.find(Register.class, id);
        if (r == null || !r.belongsTo(me.agency()) || !RegisterAccess.mayRead(me, r)) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "register.notFound");
        }
        return r;
    }
}
