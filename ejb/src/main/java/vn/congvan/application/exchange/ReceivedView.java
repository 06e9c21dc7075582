package vn.congvan.application.exchange;

import vn.congvan.domain.model.exchange.ReceivedFile;
import vn.congvan.domain.model.exchange.ReceivedPackage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A package in the "received electronically" queue; {@code changedKind} UPDATE or REPLACE when the sender
 * changed it since (the last change, when and why).
 */
public record ReceivedView(long id, String documentId, String fromOrganId, String fromName, String codeNumber,
                           String codeNotation, LocalDate promulgationDate, String typeName, String subject,
                           String signerFullName, String signerPosition, int priority, LocalDate dueDate,
                           String toPlaces, String state, String reason, Long incomingDocumentId, Instant receivedAt,
                           String decidedBy, Instant decidedAt, Instant recalledAt, List<FileView> files,
                           String changedKind, Instant changedAt, String changeReason) {

    /** An attachment; {@code pdf}: it can be registered (other formats stay with the package). */
    public record FileView(int index, String fileName, String contentType, long size, boolean pdf) {
    }

    public String notation() {
        if (codeNumber == null) {
            return codeNotation;
        }
        return codeNotation == null ? codeNumber : codeNumber + "/" + codeNotation;
    }

    static ReceivedView of(ReceivedPackage r) {
        List<FileView> files = new ArrayList<>();
        List<ReceivedFile> fs = r.files();
        for (int i = 0; i < fs.size(); i++) {
            ReceivedFile f = fs.get(i);
            files.add(new FileView(i, f.fileName(), f.contentType(), f.sizeBytes(), ReceivedService.isPdf(f)));
        }
        return new ReceivedView(r.id(), r.edxmlDocumentId(), r.fromOrganId(), r.fromName(), r.codeNumber(),
                r.codeNotation(), r.promulgationDate(), r.typeName(), r.subject(), r.signerFullName(),
                r.signerPosition(), r.priority(), r.dueDate(), r.toPlaces(), r.state().name(), r.reason(),
                r.incomingDocumentId(), r.receivedAt(), r.decidedBy() == null ? null : r.decidedBy().fullName(),
                r.decidedAt(), r.recalledAt(), files, r.changedKind(), r.changedAt(), r.changeReason());
    }
}
