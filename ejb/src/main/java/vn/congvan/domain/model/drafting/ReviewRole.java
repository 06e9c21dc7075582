package vn.congvan.domain.model.drafting;

import vn.congvan.domain.model.agency.Role;

/** Who reviews at a step of the chain: a head of the drafting department, or a leader of the agency. */
public enum ReviewRole {
    DEPT_HEAD(Role.DEPT_HEAD), LEADER(Role.LEADER);

    private final Role role;

    ReviewRole(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }
}
