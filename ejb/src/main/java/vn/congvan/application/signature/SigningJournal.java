package vn.congvan.application.signature;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import vn.congvan.application.audit.AuditService;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.audit.AuditAction;

/**
 * Records a signature in the action log in a transaction of its own, after the (possibly long) signing
 * is over: no database lock or connection is held while a remote service waits for the user.
 */
@Stateless
@RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
public class SigningJournal {

    @EJB
    private AuditService audit;

    @EJB
    private vn.congvan.application.security.UserDirectory users;

    /** The name of the caller's agency (read in a transaction: the signing itself runs without one). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public String agencyName() {
        return users.current().agency().name();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void signed(String detail) {
        audit.recordSetting(AuditAction.SIGNED, detail);
    }
}
