package vn.congvan.domain.model.drafting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.congvan.domain.model.agency.Agency;

import java.util.List;
import java.util.Objects;

/**
 * One step of an agency's review chain (quy trình trình duyệt), in order. The last step is always a
 * leader's: approving there is approving and signing. An agency without steps uses {@link #DEFAULT}.
 */
@Entity
@Table(name = "review_chain_step")
@NamedQuery(name = "ReviewChainStep.findByAgency",
        query = "SELECT s FROM ReviewChainStep s WHERE s.agency = :agency ORDER BY s.stepOrder")
public class ReviewChainStep {

    /** The chain of an agency that configured none: the drafting department's head, then a leader. */
    public static final List<Step> DEFAULT = List.of(new Step(ReviewRole.DEPT_HEAD, "Trưởng phòng"),
            new Step(ReviewRole.LEADER, "Lãnh đạo"));

    /** A step as a value. */
    public record Step(ReviewRole role, String label) {
        public Step {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(label, "label");
        }
    }

    /** @return null when the chain is acceptable, else a message key */
    public static String check(List<Step> steps) {
        if (steps == null || steps.isEmpty()) {
            return "reviewChain.empty";
        }
        if (steps.size() > 6) {
            return "reviewChain.tooLong";
        }
        if (steps.get(steps.size() - 1).role() != ReviewRole.LEADER) {
            return "reviewChain.lastNotLeader";
        }
        return null;
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "step_order", nullable = false)
    private int stepOrder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewRole role;

    @Column(nullable = false, length = 100)
    private String label;

    protected ReviewChainStep() {
    }

    public ReviewChainStep(Agency agency, int stepOrder, Step step) {
        this.agency = Objects.requireNonNull(agency, "agency");
        this.stepOrder = stepOrder;
        this.role = step.role();
        this.label = step.label();
    }

    public Step step() { return new Step(role, label); }
    public int stepOrder() { return stepOrder; }
}
