package vn.congvan.application.outgoing;

import vn.congvan.domain.model.outgoing.OutgoingAttachment;
import vn.congvan.domain.model.outgoing.OutgoingDocument;
import vn.congvan.domain.model.outgoing.Recipient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An outgoing document as clients see it (edXML names). */
public record OutgoingView(
        long id,
        long registerId,
        String registerName,
        int registerYear,
        String registerSeries,
        long number,
        String codeNumber,
        String codeNotation,
        String numberAndNotation,
        String documentType,
        String documentTypeName,
        LocalDate issuedDate,
        String organName,
        String subject,
        String language,
        Integer pageAmount,
        String signerPosition,
        String signerFullName,
        List<RecipientView> recipients,
        int priority,
        String secrecy,
        Integer issuedAmount,
        LocalDate dueDate,
        String description,
        Long draftingDepartmentId,
        String draftingDepartmentName,
        String archiveHolder,
        String status,
        Instant withdrawnAt,
        String withdrawnBy,
        String withdrawReason,
        String registeredBy,
        Instant registeredAt,
        List<AttachmentView> attachments) {

    public static OutgoingView of(OutgoingDocument d) {
        return new OutgoingView(d.id(), d.register().id(), d.register().name(), d.registerYear(),
                d.register().series().name(), d.number(), d.codeNumber(), d.codeNotation(), d.numberAndNotation(),
                d.documentType().code(), d.documentType().nameVi(), d.issuedDate(), d.organName(), d.subject(),
                d.language(), d.pageAmount(), d.signerPosition(), d.signerFullName(),
                d.recipients().stream().map(RecipientView::of).toList(), d.priority().code(), d.secrecy().name(),
                d.issuedAmount(), d.dueDate(), d.description(),
                d.draftingDepartment() == null ? null : d.draftingDepartment().id(),
                d.draftingDepartment() == null ? null : d.draftingDepartment().name(), d.archiveHolder(),
                d.status().name(), d.withdrawnAt(), d.withdrawnBy() == null ? null : d.withdrawnBy().fullName(),
                d.withdrawReason(), d.registeredBy().fullName(), d.registeredAt(),
                d.attachments().stream().map(AttachmentView::of).toList());
    }

    /** Nơi nhận, as one line: "Phòng Kinh tế; Sở Tài chính". */
    public String recipientNames() {
        return String.join("; ", recipients.stream().map(RecipientView::name).toList());
    }

    public boolean withdrawn() {
        return "WITHDRAWN".equals(status);
    }

    /** A recipient (To). */
    public record RecipientView(String kind, Long departmentId, String organId, String name) {
        static RecipientView of(Recipient r) {
            return new RecipientView(r.kind().name(), r.departmentId(), r.organId(), r.name());
        }
    }

    /** A file of the document, with what the verification of its signatures found. */
    public record AttachmentView(long id, String fileName, String contentType, long size, String sha256,
                                 Integer pageCount, Instant uploadedAt, int signatureCount, String signatureStatus,
                                 String signatureSummary) {
        static AttachmentView of(OutgoingAttachment a) {
            return new AttachmentView(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(),
                    a.pageCount(), a.uploadedAt(), a.signatureCount(), a.signatureStatus(), a.signatureSummary());
        }

        public List<String> signatureSummaryLines() {
            return signatureSummary == null ? List.of() : List.of(signatureSummary.split("\n"));
        }
    }
}
