package vn.congvan.domain.model.outgoing;

import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.incoming.DocumentAccess;

/**
 * Who may see an outgoing document: users of the issuing agency cleared for its secrecy level who
 * keep or direct the agency's correspondence (clerk, leader, administrator), or who belong to the
 * drafting department or to a department it was sent to. The listing applies the same rule in its query.
 */
public final class OutgoingAccess {

    private OutgoingAccess() {
    }

    public static boolean canView(User user, OutgoingDocument d) {
        if (!d.agency().id().equals(user.agency().id()) || !user.clearance().covers(d.secrecy())) {
            return false;
        }
        if (DocumentAccess.seesWholeAgency(user)) {
            return true;
        }
        if (user.department() == null) {
            return false;
        }
        Long mine = user.department().id();
        if (d.draftingDepartment() != null && d.draftingDepartment().id().equals(mine)) {
            return true;
        }
        return d.recipients().stream().anyMatch(r -> mine.equals(r.departmentId()));
    }
}
