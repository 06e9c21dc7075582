package vn.congvan.application.register;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.CommandValidator;
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

    /** The registers of a kind and year the caller may number into or read; secret ones only for cleared users. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public List<RegisterView> list(RegisterKind kind, Integer year) {
        User me = users.current();
        int y = year == null ? VietnamTime.today().getYear() : year;
        return em.createNamedQuery("Register.findByAgencyAndYear", Register.class)
                .setParameter("agency", me.agency()).setParameter("year", y).setParameter("kind", kind)
                .getResultStream()
                .filter(r -> RegisterAccess.mayRead(me, r))
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
}
