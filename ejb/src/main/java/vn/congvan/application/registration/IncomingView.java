package vn.congvan.application.registration;

import vn.congvan.domain.model.attachment.Attachment;
import vn.congvan.domain.model.attachment.AttachmentVersions;
import vn.congvan.domain.model.incoming.IncomingDocument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An incoming document as clients see it. */
public record IncomingView(
        long id,
        long registerId,
        String registerName,
        int registerYear,
        long arrivalNumber,
        LocalDate arrivalDate,
        Instant receivedAt,
        String receiveMethod,
        String organName,
        String organId,
        String codeNumber,
        String codeNotation,
        String numberAndNotation,
        String documentType,
        String documentTypeName,
        LocalDate issuedDate,
        String subject,
        String signerFullName,
        String signerPosition,
        Integer pageAmount,
        int priority,
        String secrecy,
        LocalDate dueDate,
        Long recipientDepartmentId,
        String recipientDepartmentName,
        String description,
        String registeredBy,
        List<AttachmentView> attachments,
        List<DuplicateOf> duplicates,
        String language,
        String toPlaces,
        Long sourceOutgoingId,
        Instant recalledAt,
        String recallReason) {

    public static IncomingView of(IncomingDocument d, List<DuplicateOf> duplicates) {
        return new IncomingView(d.id(), d.register().id(), d.register().name(), d.register().year(),
                d.arrivalNumber(), d.arrivalDate(), d.receivedAt(), d.receiveMethod().name(), d.organName(),
                d.organId(), d.codeNumber(), d.codeNotation(), d.numberAndNotation(), d.documentType().code(),
                d.documentType().nameVi(), d.issuedDate(), d.subject(), d.signerFullName(), d.signerPosition(),
                d.pageAmount(), d.priority().code(), d.secrecy().name(), d.dueDate(),
                d.recipientDepartment() == null ? null : d.recipientDepartment().id(),
                d.recipientDepartment() == null ? null : d.recipientDepartment().name(),
                d.description(), d.registeredBy().fullName(),
                AttachmentVersions.current(d.attachments()).stream().map(AttachmentView::of).toList(),
                List.copyOf(duplicates), d.language(), d.toPlaces(), d.sourceOutgoingId(), d.recalledAt(),
                d.recallReason());
    }

    /** An earlier registration with the same số, ký hiệu and issuing agency: a warning, not a refusal. */
    public record DuplicateOf(long id, int registerYear, long arrivalNumber) {
    }

    /** A file of the document: its current (latest, not deleted) version; {@code lineageId} names the file. */
    public record AttachmentView(long id, String fileName, String contentType, long size, String sha256,
                                 Integer pageCount, Instant uploadedAt, int signatureCount, String signatureStatus,
                                 String signatureSummary, long lineageId, int version) {
        public static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(),
                    a.pageCount(), a.uploadedAt(), a.signatureCount(), a.signatureStatus(), a.signatureSummary(),
                    a.lineageId(), a.versionNo());
        }

        /** The summary's lines, for display. */
        public java.util.List<String> signatureSummaryLines() {
            return signatureSummary == null ? java.util.List.of() : java.util.List.of(signatureSummary.split("\n"));
        }
    }
}
