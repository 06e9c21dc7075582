package vn.congvan.domain.model.register;

import vn.congvan.domain.model.agency.Clearance;
import vn.congvan.domain.model.agency.User;

/**
 * Who may know that a register exists: a secret register (sổ văn bản mật) is shown, listed, read and
 * printed only for users of its agency cleared for secret documents (at least Mật); to anyone else it
 * does not exist (404).
 */
public final class RegisterAccess {

    private RegisterAccess() {
    }

    public static boolean mayRead(User user, Register register) {
        if (!register.belongsTo(user.agency())) {
            return false;
        }
        return register.series() != RegisterSeries.SECRET || user.clearance().covers(Clearance.MAT);
    }
}
