package vn.congvan.domain.model.agency;

/**
 * Secrecy level (độ mật) of a document, and the clearance of a user. Ordered: a user cleared for a
 * level may see documents of that level and below.
 */
public enum Clearance {
    NONE, MAT, TOI_MAT, TUYET_MAT;

    public boolean covers(Clearance documentLevel) {
        return this.ordinal() >= documentLevel.ordinal();
    }
}
