package vn.congvan.domain.model.routing;

import org.junit.jupiter.api.Test;
import vn.congvan.domain.model.Ids;
import vn.congvan.domain.model.agency.Agency;
import vn.congvan.domain.model.agency.Clearance;
import vn.congvan.domain.model.agency.Department;
import vn.congvan.domain.model.agency.HashedPassword;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.catalogue.DocumentType;
import vn.congvan.domain.model.incoming.IncomingDetails;
import vn.congvan.domain.model.incoming.IncomingDocument;
import vn.congvan.domain.model.incoming.ReceiveMethod;
import vn.congvan.domain.model.register.Register;
import vn.congvan.domain.model.register.RegisterKind;
import vn.congvan.domain.model.register.RegisterSeries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The routing state machine: the document's state follows its lead part; illegal steps change nothing. */
class RoutingStateMachineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private final Agency ubnd = Ids.set(new Agency("000.00.00.H99", "UBND tỉnh Mẫu", "UBND", null), 1);
    private final Department kt = Ids.set(new Department(ubnd, "KT", "Phòng Kinh tế"), 10);
    private final Register register = new Register(ubnd, 2026, RegisterKind.INCOMING, RegisterSeries.NORMAL, "CHUNG", "Sổ");
    private final User clerk = user(1, Role.CLERK);
    private final User leader = user(2, Role.LEADER);
    private final User head = user(3, Role.DEPT_HEAD);
    private final User specialist = user(4, Role.SPECIALIST);

    private User user(long id, Role role) {
        return Ids.set(new User(ubnd, kt, "u" + id, "U" + id, "x", EnumSet.of(role), new HashedPassword("h", "s", 10)), id);
    }

    private Routing presented() {
        IncomingDocument d = IncomingDocument.register(register, TODAY, Instant.now(),
                new IncomingDetails(ReceiveMethod.UPLOAD, "Bộ Tài chính", null, "1", "BTC", TODAY.minusDays(1),
                        "Báo cáo", null, null, 1, null, Clearance.NONE, null, null),
                Ids.blank(DocumentType.class), null, clerk);
        return Routing.present(d, clerk, leader, null, Instant.now());
    }

    private static Routing.Part lead(User u, LocalDate deadline) {
        return new Routing.Part(AssignmentPart.LEAD, u, u == null ? null : u.department(), deadline, null);
    }

    @Test
    void theLeadPartDrivesTheDocument() {
        Routing r = presented();
        assertEquals(RoutingState.PRESENTED, r.state());
        List<Assignment> parts = r.direct(leader, "Giao Phòng Kinh tế", List.of(
                new Routing.Part(AssignmentPart.LEAD, null, kt, TODAY.plusDays(5), null),
                new Routing.Part(AssignmentPart.INFORM, specialist, kt, null, null)), Instant.now(), TODAY);
        assertEquals(RoutingState.DIRECTED, r.state());
        Assignment a = parts.get(0);
        a.reassign(head, specialist, TODAY.plusDays(3), "Đồng chí chủ trì");
        assertEquals(specialist, a.assignee());
        assertEquals(head, a.deadlineSetBy());
        assertTrue(a.recordProgress("Đã làm", Instant.now()), "the first progress");
        assertEquals(RoutingState.IN_PROGRESS, r.state());
        assertFalse(a.recordProgress("Làm tiếp", Instant.now()));
        assertThrows(IllegalRoutingStep.class, () -> a.reassign(head, specialist, null, null), "started");
        assertThrows(IllegalRoutingStep.class, () -> parts.get(1).recordProgress("x", Instant.now()), "for information");
        a.finish("Xong", Instant.now(), TODAY.plusDays(1));
        assertEquals(RoutingState.DONE, r.state());
        assertThrows(IllegalRoutingStep.class, () -> a.finish("Lần nữa", Instant.now(), TODAY));
        assertThrows(IllegalRoutingStep.class, () -> a.giveBack("Muộn", Instant.now()));
        assertThrows(IllegalRoutingStep.class, () -> r.direct(leader, null, List.of(lead(specialist, null)), Instant.now(), TODAY));
    }

    @Test
    void exactlyOneOpenLeadAndAReturnedLeadGoesBackToTheLeader() {
        Routing r = presented();
        assertThrows(IllegalRoutingStep.class, () -> r.direct(leader, null, List.of(), Instant.now(), TODAY));
        assertThrows(IllegalRoutingStep.class, () -> r.direct(leader, null, List.of(lead(specialist, null), lead(head, null)),
                Instant.now(), TODAY));
        assertEquals(RoutingState.PRESENTED, r.state());
        assertTrue(r.assignments().isEmpty(), "a refused direction leaves no part");
        Assignment a = r.direct(leader, null, List.of(lead(specialist, TODAY.plusDays(2))), Instant.now(), TODAY).get(0);
        a.giveBack("Không thuộc lĩnh vực", Instant.now());
        assertEquals(AssignmentState.RETURNED, a.state());
        assertEquals(RoutingState.PRESENTED, r.state());
        assertEquals(leader, r.presentedTo());
        r.direct(leader, null, List.of(lead(head, TODAY.plusDays(2))), Instant.now(), TODAY);
        assertEquals(RoutingState.DIRECTED, r.state());
        assertEquals(2, r.assignments().size());
    }

    @Test
    void extensionsOneAtATimeAndAGrantStartsTheDeadlineOver() {
        Routing r = presented();
        Assignment a = r.direct(leader, null, List.of(lead(specialist, TODAY.plusDays(2))), Instant.now(), TODAY).get(0);
        a.markDueSoonNotified(Instant.now());
        a.markOverdueNotified(Instant.now());
        assertThrows(IllegalArgumentException.class, () -> a.requestExtension(TODAY.plusDays(2), "x"));
        assertThrows(IllegalRoutingStep.class, () -> a.decideExtension(true), "nothing pending");
        a.requestExtension(TODAY.plusDays(9), "Chờ số liệu");
        assertThrows(IllegalRoutingStep.class, () -> a.requestExtension(TODAY.plusDays(12), "lần nữa"));
        a.decideExtension(true);
        assertEquals(TODAY.plusDays(9), a.deadline());
        assertNull(a.extensionUntil());
        assertNull(a.overdueNotifiedAt(), "told again when the new deadline passes");
        assertNull(a.dueSoonNotifiedAt());
        a.requestExtension(TODAY.plusDays(20), "Lần hai");
        a.decideExtension(false);
        assertEquals(TODAY.plusDays(9), a.deadline());
        assertTrue(a.overdueOn(TODAY.plusDays(10)));
        assertFalse(a.overdueOn(TODAY.plusDays(9)));
    }
}
