package vn.congvan.application.drafting;

import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.drafting.Draft;
import vn.congvan.domain.model.drafting.DraftEntry;
import vn.congvan.domain.model.drafting.DraftOpinion;
import vn.congvan.domain.model.drafting.DraftVersion;
import vn.congvan.domain.model.outgoing.Recipient;

import java.time.Instant;
import java.util.List;

/**
 * A draft as clients see it: what it is, where it is, every version and every comment, and what the
 * caller may do now ({@code actions}; {@code myOpenOpinionId}: the opinion asked of the caller, not yet given).
 */
public record DraftView(
        long id,
        String status,
        String documentType,
        String documentTypeName,
        String subject,
        long draftingDepartmentId,
        String draftingDepartmentName,
        int priority,
        String secrecy,
        List<RecipientView> recipients,
        long authorId,
        String authorName,
        Integer stepIndex,
        Integer stepCount,
        String stepRole,
        Long reviewerId,
        String reviewerName,
        String signerName,
        Long outgoingId,
        String lastReason,
        Instant createdAt,
        Instant updatedAt,
        List<VersionView> versions,
        List<OpinionView> opinions,
        List<EntryView> thread,
        List<String> actions,
        Long myOpenOpinionId) {

    static DraftView of(Draft d, List<String> actions, Long myOpenOpinionId) {
        return new DraftView(d.id(), d.status().name(), d.documentType().code(), d.documentType().nameVi(),
                d.subject(), d.draftingDepartment().id(), d.draftingDepartment().name(), d.priority().code(),
                d.secrecy().name(), d.recipients().stream().map(RecipientView::of).toList(), d.author().id(),
                d.author().fullName(), d.stepIndex(), d.stepCount(), d.stepRole() == null ? null : d.stepRole().name(),
                d.reviewer() == null ? null : d.reviewer().id(), name(d.reviewer()), name(d.signer()), d.outgoingId(),
                d.lastReason(), d.createdAt(), d.updatedAt(), d.versions().stream().map(VersionView::of).toList(),
                d.opinions().stream().map(OpinionView::of).toList(), d.entries().stream().map(EntryView::of).toList(),
                List.copyOf(actions), myOpenOpinionId);
    }

    private static String name(User u) {
        return u == null ? null : u.fullName();
    }

    public boolean can(String action) {
        return actions.contains(action);
    }

    public record RecipientView(String kind, Long departmentId, String organId, String name) {
        static RecipientView of(Recipient r) {
            return new RecipientView(r.kind().name(), r.departmentId(), r.organId(), r.name());
        }
    }

    public record VersionView(long id, int versionNo, String stage, String fileName, String contentType, long size,
                              String sha256, Integer pageCount, String note, String uploadedBy, Instant uploadedAt) {
        static VersionView of(DraftVersion v) {
            return new VersionView(v.id(), v.versionNo(), v.stage().name(), v.fileName(), v.contentType(),
                    v.sizeBytes(), v.sha256(), v.pageCount(), v.note(), v.uploadedBy().fullName(), v.uploadedAt());
        }
    }

    public record OpinionView(long id, long askedUserId, String askedName, String askedBy, String question,
                              Instant askedAt, String answer, String comment, Instant answeredAt) {
        static OpinionView of(DraftOpinion o) {
            return new OpinionView(o.id(), o.asked().id(), o.asked().fullName(), o.askedBy().fullName(), o.question(),
                    o.askedAt(), o.answer() == null ? null : o.answer().name(), o.comment(), o.answeredAt());
        }
    }

    public record EntryView(long id, String userName, String action, String comment, Integer versionNo, Instant at) {
        static EntryView of(DraftEntry e) {
            return new EntryView(e.id(), e.user().fullName(), e.action().name(), e.comment(), e.versionNo(),
                    e.createdAt());
        }
    }

    /** A line of a list of drafts. */
    public record Summary(long id, String status, String documentType, String subject, String authorName,
                          String reviewerName, int priority, Long outgoingId, Instant updatedAt) {
        static Summary of(Draft d) {
            return new Summary(d.id(), d.status().name(), d.documentType().code(), d.subject(), d.author().fullName(),
                    name(d.reviewer()), d.priority().code(), d.outgoingId(), d.updatedAt());
        }
    }

    /** A user who may review at a step (for the reviewer choice). */
    public record Candidate(long id, String fullName, String positionTitle) {
    }
}
