package vn.congvan.domain.model.agency;

/** What a user may do. The names are the security roles of the server and the application. */
public enum Role {
    /** Văn thư: receives, registers and issues documents, keeps the registers. */
    CLERK,
    /** Lãnh đạo: directs incoming documents, approves and signs outgoing ones. */
    LEADER,
    /** Trưởng/Phó phòng: re-assigns inside the department, reviews drafts. */
    DEPT_HEAD,
    /** Chuyên viên: handles what is assigned, drafts. */
    SPECIALIST,
    /** Quản trị: organisation, users, registers, catalogues. */
    ADMIN;

    /** The role names as constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String CLERK = "CLERK";
        public static final String LEADER = "LEADER";
        public static final String DEPT_HEAD = "DEPT_HEAD";
        public static final String SPECIALIST = "SPECIALIST";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
