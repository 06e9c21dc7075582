package vn.congvan.application.drafting;

import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.drafting.Draft;
import vn.congvan.domain.model.drafting.DraftStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * Who may see a draft, and what the caller may do with it now. A draft is seen, within its agency and by
 * users cleared for its secrecy level, by its author, whoever it is or was with (reviewers, signer, the
 * colleagues asked for an opinion), the heads of its drafting department, the leaders, and — once signed —
 * the clerks who issue it.
 */
final class DraftAccess {

    private DraftAccess() {
    }

    static boolean canView(User me, Draft d) {
        if (!d.agency().id().equals(me.agency().id()) || !me.clearance().covers(d.secrecy())) {
            return false;
        }
        if (d.author().id().equals(me.id()) || is(me, d.reviewer()) || is(me, d.signer())
                || me.hasRole(Role.LEADER)) {
            return true;
        }
        if (me.hasRole(Role.DEPT_HEAD) && me.department() != null
                && me.department().id().equals(d.draftingDepartment().id())) {
            return true;
        }
        if (me.hasRole(Role.CLERK) && (d.status() == DraftStatus.SIGNED || d.status() == DraftStatus.ISSUED
                || d.status() == DraftStatus.RECALLED)) {
            return true;
        }
        return d.opinions().stream().anyMatch(o -> is(me, o.asked()))
                || d.entries().stream().anyMatch(e -> is(me, e.user()));
    }

    /** The actions the caller may take now (names of the REST sub-resources). */
    static List<String> actions(User me, Draft d) {
        List<String> a = new ArrayList<>();
        boolean author = d.author().id().equals(me.id());
        if (author && d.status().editable()) {
            a.add("edit");
            a.add("versions");
            a.add("opinions");
            if (d.latestPdf() != null) {
                a.add("submit");
            }
        }
        if (d.status() == DraftStatus.IN_REVIEW && is(me, d.reviewer())) {
            a.add(d.atLastStep() ? "sign" : "approve");
            a.add("return");
            a.add("forward");
        }
        if (d.opinions().stream().anyMatch(o -> o.open() && is(me, o.asked()))
                && d.status() != DraftStatus.ISSUED && d.status() != DraftStatus.RECALLED) {
            a.add("answer");
        }
        if (d.status() == DraftStatus.SIGNED && me.hasRole(Role.CLERK)) {
            a.add("issue");
        }
        if (d.status() == DraftStatus.ISSUED && me.hasAnyRole(Role.CLERK, Role.LEADER)) {
            a.add("recall");
        }
        return a;
    }

    private static boolean is(User me, User other) {
        return other != null && other.id().equals(me.id());
    }
}
