package vn.congvan.application.register;

import vn.congvan.domain.model.register.NotationPattern;
import vn.congvan.domain.model.register.Register;

import java.time.Instant;

/**
 * A register as clients see it. {@code notationPattern} and {@code letterPattern} are the patterns in
 * force (the defaults when the administrator set none); {@code closedAt}/{@code closedBy} say who closed it.
 */
public record RegisterView(long id, String agencyCode, int year, String kind, String series, String code,
                           String name, long nextNumber, boolean closed, String notationPattern,
                           String letterPattern, Instant closedAt, String closedBy) {
    public static RegisterView of(Register r) {
        return new RegisterView(r.id(), r.agency().code(), r.year(), r.kind().name(), r.series().name(), r.code(),
                r.name(), r.nextNumber(), r.closed(),
                r.notationPattern() == null ? NotationPattern.DEFAULT_TYPED : r.notationPattern(),
                r.letterPattern() == null ? NotationPattern.DEFAULT_LETTER : r.letterPattern(),
                r.closedAt(), r.closedBy());
    }
}
