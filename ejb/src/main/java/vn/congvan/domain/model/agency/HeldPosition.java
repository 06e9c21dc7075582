package vn.congvan.domain.model.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.util.Objects;

/** A position a user holds, and whether it is their primary one. */
@Embeddable
public class HeldPosition {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "position_id")
    private Position position;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    protected HeldPosition() {
    }

    public HeldPosition(Position position, boolean primary) {
        this.position = Objects.requireNonNull(position, "position");
        this.primary = primary;
    }

    public Position position() { return position; }
    public boolean primary() { return primary; }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeldPosition h && h.position.id() != null && h.position.id().equals(position.id());
    }

    @Override
    public int hashCode() {
        return position.id() == null ? System.identityHashCode(this) : position.id().hashCode();
    }
}
