package vn.congvan.domain.model.dossier;

/** A closed dossier (hồ sơ đã đóng) is read-only: no document is added or removed, nothing is changed. */
public class DossierClosedException extends RuntimeException {
    public DossierClosedException(String code) {
        super("Dossier " + code + " is closed");
    }
}
