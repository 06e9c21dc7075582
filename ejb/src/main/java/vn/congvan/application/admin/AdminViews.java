package vn.congvan.application.admin;

import vn.congvan.domain.model.agency.Department;
import vn.congvan.domain.model.agency.HeldPosition;
import vn.congvan.domain.model.agency.Position;
import vn.congvan.domain.model.agency.User;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** What the administration screens and API show. */
public final class AdminViews {

    private AdminViews() {
    }

    public record DepartmentView(long id, String code, String name, boolean active, long userCount,
                                 String abbreviation, String notationAbbreviation) {
        static DepartmentView of(Department d, long users) {
            return new DepartmentView(d.id(), d.code(), d.name(), d.active(), users, d.abbreviation(),
                    d.notationAbbreviation());
        }
    }

    public record PositionView(long id, String name, boolean active, long holderCount) {
        static PositionView of(Position p, long holders) {
            return new PositionView(p.id(), p.name(), p.active(), holders);
        }
    }

    public record HeldPositionView(long id, String name, boolean primary) {
    }

    public record UserView(long id, String username, String fullName, String email, Long departmentId,
                           String departmentName, List<String> roles, String clearance, boolean active,
                           String positionTitle, List<HeldPositionView> positions, Instant createdAt) {
        static UserView of(User u) {
            List<HeldPositionView> held = u.positions().stream()
                    .sorted(Comparator.comparing(HeldPosition::primary).reversed()
                            .thenComparing(h -> h.position().name()))
                    .map(h -> new HeldPositionView(h.position().id(), h.position().name(), h.primary())).toList();
            return new UserView(u.id(), u.username(), u.fullName(), u.email(),
                    u.department() == null ? null : u.department().id(),
                    u.department() == null ? null : u.department().name(),
                    u.roles().stream().map(Enum::name).sorted().toList(), u.clearance().name(), u.active(),
                    u.positionTitle(), held, u.createdAt());
        }

        /** The role names joined, for tables. */
        public String rolesText() {
            return String.join(", ", roles);
        }

        public List<Long> positionIds() {
            return positions.stream().map(HeldPositionView::id).toList();
        }

        public Long primaryPositionId() {
            return positions.stream().filter(HeldPositionView::primary).map(HeldPositionView::id).findFirst().orElse(null);
        }
    }

    public record DocumentTypeAdminView(long id, String code, String abbreviation, String nameVi, String nameEn,
                                        String category, boolean active, boolean prescribed) {
    }
}
