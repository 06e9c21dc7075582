package vn.congvan.domain.model.dossier;

import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.incoming.DocumentAccess;

/**
 * Who may see and change a dossier. Seeing: users of the same agency who keep or direct its
 * correspondence (clerk, leader, administrator) and members of the dossier's department. Changing
 * (adding, removing, closing): its owner, a clerk or an administrator of the agency. Reopening: an
 * administrator. The documents inside stay under {@link DocumentAccess}: a user never sees a document
 * of a dossier that they may not see on its own (a secret one above their clearance, for instance).
 */
public final class DossierAccess {

    private DossierAccess() {
    }

    public static boolean canView(User user, Dossier d) {
        if (!d.agency().id().equals(user.agency().id())) {
            return false;
        }
        if (DocumentAccess.seesWholeAgency(user)) {
            return true;
        }
        return user.department() != null && d.department().id().equals(user.department().id());
    }

    public static boolean canChange(User user, Dossier d) {
        return canView(user, d) && (d.owner().id().equals(user.id()) || user.hasAnyRole(Role.CLERK, Role.ADMIN));
    }

    public static boolean canReopen(User user, Dossier d) {
        return canView(user, d) && user.hasRole(Role.ADMIN);
    }
}
