package vn.congvan.infrastructure.startup;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.common.Settings;
import vn.congvan.application.common.VietnamTime;
import vn.congvan.application.register.RegisterService;
import vn.congvan.application.security.PasswordHasher;
import vn.congvan.domain.model.agency.Agency;
import vn.congvan.domain.model.agency.Clearance;
import vn.congvan.domain.model.agency.Department;
import vn.congvan.domain.model.agency.HashedPassword;
import vn.congvan.domain.model.agency.Position;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.register.Register;
import vn.congvan.domain.model.register.RegisterKind;
import vn.congvan.domain.model.register.RegisterSeries;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * On first start (no user yet), creates the demo agency, its departments and one user per role, and
 * a second agency of the same province (to show that agencies are kept apart). On every start, and
 * each night, opens the default registers of the current year. Then prints where to log in.
 */
@PermitAll
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoData {

    /** The password of every demo user; printed at start, to be changed in a real installation. */
    public static final String DEMO_PASSWORD = "CongVan@2026";

    /** The demo agency (UBND tỉnh Mẫu) and the code of its secret incoming register. */
    static final String DEMO_AGENCY_CODE = "000.00.00.H99";
    public static final String SECRET_REGISTER_CODE = "MAT";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private RegisterService registers;

    @Inject
    private Settings settings;

    @PostConstruct
    void start() {
        boolean seeded = false;
        if (settings.seedDemo() && em.createNamedQuery("User.countAll", Long.class).getSingleResult() == 0) {
            seed();
            seeded = true;
        }
        int year = VietnamTime.today().getYear();
        if (settings.seedDemo()) {
            ensureSecrecyDemo(year);
            ensureRoutingDemo();
        }
        int opened = registers.ensureDefaultRegisters(year);
        banner(seeded, opened, year);
    }

    @Schedule(hour = "0", minute = "1", persistent = false)
    void openRegistersOfTheYear() {
        registers.ensureDefaultRegisters(VietnamTime.today().getYear());
        if (settings.seedDemo()) {
            ensureSecrecyDemo(VietnamTime.today().getYear());
        }
    }

    /**
     * The demo of secret documents (văn bản mật), also added to an existing demo installation: a clerk
     * cleared for Tối mật and a leader cleared for Mật, and the demo agency's secret incoming register
     * (series SECRET) of the year.
     */
    private void ensureSecrecyDemo(int year) {
        Agency ubnd = em.createQuery("SELECT a FROM Agency a WHERE a.code = :c", Agency.class)
                .setParameter("c", DEMO_AGENCY_CODE).getResultStream().findFirst().orElse(null);
        if (ubnd == null) {
            return;
        }
        Department vp = em.createNamedQuery("Department.findByAgency", Department.class).setParameter("agency", ubnd)
                .getResultStream().filter(d -> "VP".equals(d.code())).findFirst().orElse(null);
        HashedPassword pw = null;
        for (Object[] u : new Object[][]{
                {"vanthu.mat", "Vũ Thị Hạnh", "Văn thư (văn bản mật)", Role.CLERK, Clearance.TOI_MAT},
                {"lanhdao.mat", "Ngô Văn Thành", "Phó Chủ tịch", Role.LEADER, Clearance.MAT}}) {
            boolean exists = em.createNamedQuery("User.findByUsername", User.class).setParameter("username", u[0])
                    .getResultStream().findAny().isPresent();
            if (!exists) {
                if (pw == null) {
                    pw = PasswordHasher.hash(DEMO_PASSWORD.toCharArray(), PasswordHasher.DEFAULT_COST);
                }
                User user = new User(ubnd, vp, (String) u[0], (String) u[1], (String) u[2], EnumSet.of((Role) u[3]), pw);
                user.setClearance((Clearance) u[4]);
                em.persist(user);
            }
        }
        boolean secretRegister = !em.createNamedQuery("Register.findByAgencyYearCode", Register.class)
                .setParameter("agency", ubnd).setParameter("year", year).setParameter("kind", RegisterKind.INCOMING)
                .setParameter("code", SECRET_REGISTER_CODE).getResultList().isEmpty();
        if (!secretRegister) {
            em.persist(new Register(ubnd, year, RegisterKind.INCOMING, RegisterSeries.SECRET, SECRET_REGISTER_CODE,
                    "Sổ đăng ký văn bản mật đến " + year));
        }
        em.flush();
    }

    /**
     * The demo of routing (issue 6), also added to an existing demo installation: a second specialist of the
     * Phòng Kinh tế, and a head and a specialist of the Phòng Văn hóa - Xã hội.
     */
    private void ensureRoutingDemo() {
        Agency ubnd = em.createQuery("SELECT a FROM Agency a WHERE a.code = :c", Agency.class)
                .setParameter("c", DEMO_AGENCY_CODE).getResultStream().findFirst().orElse(null);
        if (ubnd == null) {
            return;
        }
        HashedPassword pw = null;
        for (String[] u : new String[][]{
                {"chuyenvien2", "Bùi Văn Tâm", "Chuyên viên", "KT", "SPECIALIST"},
                {"truongphong.vx", "Đặng Thị Ngọc", "Trưởng phòng Văn hóa - Xã hội", "VX", "DEPT_HEAD"},
                {"chuyenvien.vx", "Lý Văn Phúc", "Chuyên viên", "VX", "SPECIALIST"}}) {
            boolean exists = em.createNamedQuery("User.findByUsername", User.class).setParameter("username", u[0])
                    .getResultStream().findAny().isPresent();
            Department dep = em.createNamedQuery("Department.findByAgencyAndCode", Department.class)
                    .setParameter("agency", ubnd).setParameter("code", u[3]).getResultStream().findFirst().orElse(null);
            if (exists || dep == null) {
                continue;
            }
            if (pw == null) {
                pw = PasswordHasher.hash(DEMO_PASSWORD.toCharArray(), PasswordHasher.DEFAULT_COST);
            }
            user(ubnd, dep, u[0], u[1], u[2], pw, Role.valueOf(u[4]));
        }
        em.flush();
    }

    private void seed() {
        Agency ubnd = new Agency(DEMO_AGENCY_CODE, "Ủy ban nhân dân tỉnh Mẫu", "UBND",
                "Số 1 đường Trần Hưng Đạo, thành phố Mẫu");
        em.persist(ubnd);
        Department vp = dept(ubnd, "VP", "Văn phòng");
        Department kt = dept(ubnd, "KT", "Phòng Kinh tế");
        dept(ubnd, "NC", "Phòng Nội chính");
        dept(ubnd, "VX", "Phòng Văn hóa - Xã hội");

        Map<String, Position> pos = new java.util.HashMap<>();
        for (String name : List.of("Chủ tịch", "Phó Chủ tịch", "Chánh Văn phòng", "Phó Chánh Văn phòng",
                "Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên", "Văn thư", "Quản trị hệ thống")) {
            Position p = new Position(ubnd, name);
            em.persist(p);
            pos.put(name, p);
        }

        HashedPassword pw = PasswordHasher.hash(DEMO_PASSWORD.toCharArray(), PasswordHasher.DEFAULT_COST);
        user(ubnd, vp, "vanthu", "Nguyễn Thị Lan", "Văn thư", pw, Role.CLERK).holdPositions(
                List.of(pos.get("Văn thư")), null);
        user(ubnd, vp, "lanhdao", "Trần Văn Minh", "Chủ tịch", pw, Role.LEADER).holdPositions(
                List.of(pos.get("Chủ tịch")), null);
        user(ubnd, kt, "truongphong", "Lê Văn Hùng", "Trưởng phòng Kinh tế", pw, Role.DEPT_HEAD).holdPositions(
                List.of(pos.get("Trưởng phòng")), null);
        user(ubnd, kt, "chuyenvien", "Phạm Thị Hoa", "Chuyên viên", pw, Role.SPECIALIST).holdPositions(
                List.of(pos.get("Chuyên viên")), null);
        user(ubnd, vp, "quantri", "Đỗ Quang Huy", "Quản trị hệ thống", pw, Role.ADMIN).holdPositions(
                List.of(pos.get("Quản trị hệ thống"), pos.get("Chuyên viên")), pos.get("Quản trị hệ thống"));

        Agency snv = new Agency("000.01.00.H99", "Sở Nội vụ tỉnh Mẫu", "SNV", "Số 5 đường Lê Lợi, thành phố Mẫu");
        em.persist(snv);
        Department snvVp = dept(snv, "VP", "Văn phòng Sở");
        user(snv, snvVp, "vanthu.snv", "Hoàng Thị Mai", "Văn thư", pw, Role.CLERK);
        user(snv, snvVp, "quantri.snv", "Vũ Văn Nam", "Quản trị hệ thống", pw, Role.ADMIN);
        // the receiving agency of the exchange walkthrough directs and handles what it receives
        user(snv, snvVp, "lanhdao.snv", "Đặng Văn Phúc", "Giám đốc Sở", pw, Role.LEADER);
        user(snv, snvVp, "chuyenvien.snv", "Ngô Thị Thu", "Chuyên viên", pw, Role.SPECIALIST);
        em.persist(new Position(snv, "Giám đốc Sở"));
        em.flush();
    }

    private Department dept(Agency a, String code, String name) {
        Department d = new Department(a, code, name);
        em.persist(d);
        return d;
    }

    private User user(Agency a, Department d, String username, String name, String position, HashedPassword pw,
                      Role role) {
        User u = new User(a, d, username, name, position, EnumSet.of(role), pw);
        em.persist(u);
        return u;
    }

    private void banner(boolean seeded, int opened, int year) {
        StringBuilder b = new StringBuilder("\n")
                .append("==================================================================\n")
                .append(" CôngVăn is running:  ").append(settings.publicUrl()).append('\n')
                .append(" Data directory:      ").append(settings.dataDir().toAbsolutePath()).append('\n');
        if (seeded) {
            b.append(" Demo agency created (first start).\n");
        }
        if (opened > 0) {
            b.append(" Opened ").append(opened).append(" register(s) for ").append(year).append(".\n");
        }
        if (settings.seedDemo()) {
            b.append(" Demo logins (password ").append(DEMO_PASSWORD).append("):\n");
            String[] logins = {
                    "vanthu", "Văn thư / clerk", "lanhdao", "Lãnh đạo / leader",
                    "truongphong", "Trưởng phòng / department head", "chuyenvien", "Chuyên viên / specialist",
                    "quantri", "Quản trị / administrator", "vanthu.snv", "Văn thư, Sở Nội vụ / clerk of a 2nd agency",
                    "quantri.snv", "Quản trị, Sở Nội vụ / administrator of a 2nd agency",
                    "lanhdao.snv", "Lãnh đạo, Sở Nội vụ / leader of the 2nd agency",
                    "chuyenvien.snv", "Chuyên viên, Sở Nội vụ / specialist of the 2nd agency",
                    "vanthu.mat", "Văn thư, mật: Tối mật / clerk cleared for secret (Tối mật)",
                    "lanhdao.mat", "Lãnh đạo, mật: Mật / leader cleared for Mật",
                    "chuyenvien2", "Chuyên viên Phòng Kinh tế / 2nd specialist",
                    "truongphong.vx", "Trưởng phòng Văn hóa - Xã hội / 2nd department head",
                    "chuyenvien.vx", "Chuyên viên Phòng Văn hóa - Xã hội / specialist of the 2nd department"};
            Map<String, String> sorted = new java.util.TreeMap<>();
            for (int i = 0; i < logins.length; i += 2) {
                sorted.put(logins[i], logins[i + 1]);
            }
            sorted.forEach((login, role) -> b.append(String.format("   %-15s %s%n", login, role)));
        }
        b.append("==================================================================");
        LOG.info(b::toString);
    }
}
