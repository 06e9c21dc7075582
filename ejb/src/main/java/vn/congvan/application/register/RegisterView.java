package vn.congvan.application.register;

import vn.congvan.domain.model.register.Register;

/** A register as clients see it. */
public record RegisterView(long id, String agencyCode, int year, String kind, String series, String code,
                           String name, long nextNumber, boolean closed) {
    public static RegisterView of(Register r) {
        return new RegisterView(r.id(), r.agency().code(), r.year(), r.kind().name(), r.series().name(), r.code(),
                r.name(), r.nextNumber(), r.closed());
    }
}
