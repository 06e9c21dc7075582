package vn.congvan.application.outgoing;

import vn.congvan.application.common.JpqlCondition;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.incoming.DocumentAccess;
import vn.congvan.domain.model.outgoing.OutgoingAccess;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@link OutgoingAccess} as a query condition: the one place where the outgoing lists, counts and printed
 * register state who may see an issued document — same agency, cleared for its secrecy level, and either
 * keeping or directing the agency's correspondence, or of the drafting department, or of a department it
 * was sent to (an internal recipient). Change it together with {@link OutgoingAccess#canView}.
 */
public final class OutgoingVisibility {

    private static final Pattern ALIAS = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private OutgoingVisibility() {
    }

    /** The rule as a condition on the outgoing document {@code alias} of a query (parameters named {@code ov…}). */
    public static JpqlCondition condition(User user, String alias) {
        if (!ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("not a JPQL alias: " + alias);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("ovAgency", user.agency().id());
        p.put("ovLevels", DocumentAccess.visibleLevels(user));
        p.put("ovAll", DocumentAccess.seesWholeAgency(user));
        p.put("ovDept", user.department() == null ? -1L : user.department().id());
        String a = alias;
        String jpql = "(" + a + ".agency.id = :ovAgency AND " + a + ".secrecy IN :ovLevels"
                + " AND (:ovAll = true OR " + a + ".draftingDepartment.id = :ovDept"
                + " OR EXISTS (SELECT 1 FROM OutgoingDocument ovD JOIN ovD.recipients ovR"
                + " WHERE ovD = " + a + " AND ovR.departmentId = :ovDept)))";
        return new JpqlCondition(jpql, p);
    }
}
