package vn.congvan.application.drafting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.Messages;
import vn.congvan.application.signature.SignedDocument;
import vn.congvan.application.signature.SigningSecrets;
import vn.congvan.application.signature.SigningService;
import vn.congvan.domain.model.agency.Role;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signing with a remote signing service (CSC: VNPT SmartCA, Viettel MySign, mPKI): the user confirms on a
 * phone, seconds to minutes later. Runs after the draft was committed as AWAITING_SIGNATURE, in the
 * background, as the leader (the caller's identity travels with the asynchronous call); the answer is
 * recorded in a new transaction: the signed version, or the draft returned to its author with the reason.
 * The service's own time-out (administration) bounds the wait.
 */
@Stateless
public class RemoteSigning {

    private static final Logger LOG = Logger.getLogger(RemoteSigning.class.getName());

    @EJB
    private SigningService signing;

    @EJB
    private DraftingService drafting;

    @Asynchronous
    @RolesAllowed(Role.Names.LEADER)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sign(long draftId, int versionNo, byte[] pdf, String fileName, SigningSecrets secrets, String comment) {
        SignedDocument signed;
        try {
            signed = signing.signApproval(pdf, secrets, fileName);
        } catch (ApplicationProblemException e) {
            String reason = Messages.get(Messages.VIETNAMESE, e.messageKey(), e.args());
            if (!e.fieldErrors().isEmpty()) {
                var f = e.fieldErrors().get(0);
                reason = reason + ": " + Messages.get(Messages.VIETNAMESE, f.messageKey(), f.args());
            }
            LOG.info("Remote signing of draft " + draftId + " failed: " + reason);
            drafting.recordSigningFailure(draftId, reason);
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Remote signing of draft " + draftId + " failed", e);
            drafting.recordSigningFailure(draftId, Messages.get(Messages.VIETNAMESE, "drafting.signing.error"));
            return;
        }
        try {
            drafting.recordSigned(draftId, versionNo, signed.pdf(), comment);
        } catch (ApplicationProblemException e) {
            LOG.warning("The remote signature of draft " + draftId + " could not be recorded: " + e.messageKey());
        }
    }
}
