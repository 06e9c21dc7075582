package vn.congvan.domain.model.incoming;

import vn.congvan.domain.model.agency.Clearance;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;

import java.util.Arrays;
import java.util.List;

/**
 * Who may see an incoming document: users of the same agency who are cleared for its secrecy level
 * and either keep or direct the agency's correspondence (clerk, leader, administrator) or belong to
 * the department it was handed to. Routing widens this to the people a part was given to: the rule the
 * services apply, in every query, is {@code vn.congvan.application.routing.IncomingVisibility}.
 */
public final class DocumentAccess {

    private DocumentAccess() {
    }

    public static boolean seesWholeAgency(User user) {
        return user.hasAnyRole(Role.CLERK, Role.LEADER, Role.ADMIN);
    }

    /** The secrecy levels the user is cleared for: what a query may return to them. */
    public static List<Clearance> visibleLevels(User user) {
        return Arrays.stream(Clearance.values()).filter(user.clearance()::covers).toList();
    }

    public static boolean canView(User user, IncomingDocument d) {
        if (!d.agency().id().equals(user.agency().id())) {
            return false;
        }
        if (!user.clearance().covers(d.secrecy())) {
            return false;
        }
        if (seesWholeAgency(user)) {
            return true;
        }
        return d.recipientDepartment() != null && user.department() != null
                && d.recipientDepartment().id().equals(user.department().id());
    }
}
