package vn.congvan.application.attachment;

import vn.congvan.application.registration.IncomingView;

import java.time.Instant;
import java.util.List;

/**
 * A document's files as its page shows them: each file's current version with all its versions
 * (newest first), and — for clerks and administrators — the soft-deleted files they may restore.
 */
public record DocumentFilesView(long documentId, boolean canManage, List<FileView> files, List<FileView> deleted) {

    /** One file: its current version and its history of versions. */
    public record FileView(IncomingView.AttachmentView current, List<VersionView> versions, boolean deleted,
                           Instant deletedAt, String deletedBy, boolean canDelete) {
    }

    /** One version of a file: who uploaded it and when; every version stays downloadable. */
    public record VersionView(long id, int version, String fileName, long size, String sha256, Integer pageCount,
                              Instant uploadedAt, String uploadedBy, String signatureStatus, boolean current) {
    }
}
