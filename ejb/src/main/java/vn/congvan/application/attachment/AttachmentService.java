package vn.congvan.application.attachment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.registration.IncomingView;
import vn.congvan.application.registration.PdfUploadCheck;
import vn.congvan.application.registration.UploadedFile;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.application.signature.SignatureCheck;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.attachment.Attachment;
import vn.congvan.domain.model.attachment.AttachmentVersions;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.attachment.StoredFile;
import vn.congvan.domain.model.audit.AuditAction;
import vn.congvan.domain.model.incoming.DocumentAccess;
import vn.congvan.domain.model.incoming.IncomingDocument;
import vn.congvan.signing.PdfInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The files of a registered document: adding one, uploading a new version (the old one is kept and
 * stays downloadable; a signed PDF is never modified), soft delete and restore. Every change is in
 * the action log. The document must be visible to the caller ({@link DocumentAccess}), or it does not
 * exist (404) — secret documents included.
 */
@Stateless
public class AttachmentService {



    /** The search row follows the files the document shows; new files are queued for text extraction. */
    @EJB
    private vn.congvan.application.search.SearchFeed searchFeed;

    @PersistenceContext
    private EntityManager em;

    /** Who may see an incoming document: DocumentAccess, and the people it was handed to (routing). */
    @jakarta.inject.Inject
    private vn.congvan.application.routing.IncomingVisibility visibility;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditService audit;

    @Inject
    private ContentStore contentStore;

    @Inject
    private SignatureCheck signatureCheck;

    /** The document's files with their versions; deleted ones only for clerks and administrators. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public DocumentFilesView files(long documentId) {
        User me = users.current();
        IncomingDocument d = visible(me, documentId, false);
        List<Attachment> all = d.attachments();
        boolean manager = mayManage(me);
        List<DocumentFilesView.FileView> current = AttachmentVersions.current(all).stream()
                .map(a -> fileView(me, d, all, a)).toList();
        List<DocumentFilesView.FileView> deleted = manager
                ? AttachmentVersions.deleted(all).stream().map(a -> fileView(me, d, all, a)).toList() : List.of();
        return new DocumentFilesView(d.id(), manager, current, deleted);
    }

    /** Every version of one file, newest first (any version's id names the file). */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public List<DocumentFilesView.VersionView> versions(long documentId, long attachmentId) {
        User me = users.current();
        IncomingDocument d = visible(me, documentId, false);
        Attachment a = find(d, attachmentId);
        if (a.deleted() && !mayManage(me)) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "attachment.notFound");
        }
        return versionViews(d.attachments(), a.lineageId());
    }

    /** Attaches one more file to a registered document (a clerk or an administrator). */
    @RolesAllowed({Role.Names.CLERK, Role.Names.ADMIN})
    public IncomingView.AttachmentView add(long documentId, UploadedFile file) {
        User me = users.current();
        requireFile(file);
        PdfInfo info = PdfUploadCheck.inspect(file);
        SignatureCheck.Finding finding = signatureCheck.check(file.staged().path(), file.fileName(), info.signatureCount());
        IncomingDocument d = visible(me, documentId, true);
        Attachment a = new Attachment(d, commit(file), PdfUploadCheck.safeFileName(file.fileName()), PdfUploadCheck.PDF,
                info.pageCount(), me);
        a.recordSignatureCheck(finding.signatureCount(), finding.status(), finding.summary(), finding.reportJson());
        d.addAttachment(a);
        em.persist(a);
        em.flush();
        audit.record(AuditAction.ATTACHMENT_ADDED, d, a, a.fileName());
        searchFeed.incomingFilesChanged(d.id(), a);
        return IncomingView.AttachmentView.of(a);
    }

    /**
     * Uploads a new version of a file: a new row of the same lineage numbered after the latest; the
     * versions before it, their bytes and their signature reports stay exactly as they were.
     */
    @RolesAllowed({Role.Names.CLERK, Role.Names.ADMIN})
    public IncomingView.AttachmentView addVersion(long documentId, long attachmentId, UploadedFile file) {
        User me = users.current();
        requireFile(file);
        PdfInfo info = PdfUploadCheck.inspect(file);
        SignatureCheck.Finding finding = signatureCheck.check(file.staged().path(), file.fileName(), info.signatureCount());
        IncomingDocument d = visible(me, documentId, true); // locked: versions are numbered one at a time
        Attachment any = find(d, attachmentId);
        if (any.deleted()) {
            throw new ApplicationProblemException(Problem.CONFLICT, "attachment.deleted", any.fileName());
        }
        Attachment latest = AttachmentVersions.latestOf(d.attachments(), any.lineageId()).orElseThrow();
        Attachment next = latest.nextVersion(latest.versionNo(), commit(file), PdfUploadCheck.safeFileName(file.fileName()),
                PdfUploadCheck.PDF, info.pageCount(), me);
        next.recordSignatureCheck(finding.signatureCount(), finding.status(), finding.summary(), finding.reportJson());
        d.addAttachment(next);
        em.persist(next);
        em.flush();
        audit.record(AuditAction.VERSION_ADDED, d, next, next.fileName() + " (v" + next.versionNo() + ")");
        searchFeed.incomingFilesChanged(d.id(), next);
        return IncomingView.AttachmentView.of(next);
    }

    /**
     * Soft delete of a file (all its versions): hidden from the normal view, kept in the store, restorable.
     * Only the clerk who registered the document, or an administrator.
     */
    @RolesAllowed({Role.Names.CLERK, Role.Names.ADMIN})
    public void delete(long documentId, long attachmentId) {
        User me = users.current();
        IncomingDocument d = visible(me, documentId, true);
        Attachment any = find(d, attachmentId);
        if (!mayDelete(me, d)) {
            throw new ApplicationProblemException(Problem.FORBIDDEN, "attachment.delete.forbidden");
        }
        if (any.deleted()) {
            throw new ApplicationProblemException(Problem.CONFLICT, "attachment.alreadyDeleted", any.fileName());
        }
        Instant now = Instant.now();
        List<Attachment> versions = AttachmentVersions.versionsOf(d.attachments(), any.lineageId());
        versions.forEach(v -> v.markDeleted(me, now));
        em.flush();
        audit.record(AuditAction.ATTACHMENT_DELETED, d, versions.get(0), versions.get(0).fileName());
        searchFeed.incomingFilesChanged(d.id(), null);
    }

    /** Brings a soft-deleted file back, with all its versions (a clerk or an administrator). */
    @RolesAllowed({Role.Names.CLERK, Role.Names.ADMIN})
    public IncomingView.AttachmentView restore(long documentId, long attachmentId) {
        User me = users.current();
        IncomingDocument d = visible(me, documentId, true);
        Attachment any = find(d, attachmentId);
        if (!any.deleted()) {
            throw new ApplicationProblemException(Problem.CONFLICT, "attachment.notDeleted", any.fileName());
        }
        List<Attachment> versions = AttachmentVersions.versionsOf(d.attachments(), any.lineageId());
        versions.forEach(Attachment::restore);
        em.flush();
        audit.record(AuditAction.ATTACHMENT_RESTORED, d, versions.get(0), versions.get(0).fileName());
        searchFeed.incomingFilesChanged(d.id(), null);
        return IncomingView.AttachmentView.of(versions.get(0));
    }

    private DocumentFilesView.FileView fileView(User me, IncomingDocument d, List<Attachment> all, Attachment latest) {
        return new DocumentFilesView.FileView(IncomingView.AttachmentView.of(latest),
                versionViews(all, latest.lineageId()), latest.deleted(), latest.deletedAt(),
                latest.deletedBy() == null ? null : latest.deletedBy().fullName(), mayDelete(me, d));
    }

    private static List<DocumentFilesView.VersionView> versionViews(List<Attachment> all, long lineageId) {
        List<Attachment> versions = AttachmentVersions.versionsOf(all, lineageId);
        int latest = versions.isEmpty() ? 0 : versions.get(0).versionNo();
        return versions.stream().map(v -> new DocumentFilesView.VersionView(v.id(), v.versionNo(), v.fileName(),
                v.sizeBytes(), v.sha256(), v.pageCount(), v.uploadedAt(), v.uploadedBy().fullName(),
                v.signatureStatus(), v.versionNo() == latest)).toList();
    }

    private static boolean mayManage(User me) {
        return me.hasAnyRole(Role.CLERK, Role.ADMIN);
    }

    /** The clerk who registered the document, or an administrator. */
    static boolean mayDelete(User me, IncomingDocument d) {
        return me.hasRole(Role.ADMIN) || (me.hasRole(Role.CLERK) && Objects.equals(d.registeredBy().id(), me.id()));
    }

    private IncomingDocument visible(User me, long id, boolean lock) {
        IncomingDocument d = lock ? em.find(IncomingDocument.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(IncomingDocument.class, id);
        // not visible = not there: another agency's document, or a secret one above the caller's clearance
        if (d == null || !visibility.canView(me, d)) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "document.notFound");
        }
        return d;
    }

    private static Attachment find(IncomingDocument d, long attachmentId) {
        return d.attachments().stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new ApplicationProblemException(Problem.NOT_FOUND, "attachment.notFound"));
    }

    /**
     * A replacement received by edXML from the agency that issued a registered document: each PDF becomes
     * the next version of the document's file in the same position (a new file when there are more), never
     * overwriting; "uploaded" by the clerk who accepted the package, logged under {@code actor} (the sender).
     * Called by the public inbox, which has authenticated the package; not reachable from the API.
     */
    @jakarta.annotation.security.PermitAll
    public List<Attachment> replacedBySender(long documentId, List<UploadedFile> pdfs, User clerk, String actor,
                                             String reason) {
        IncomingDocument d = em.find(IncomingDocument.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        List<Attachment> current = AttachmentVersions.current(d.attachments());
        List<Attachment> added = new java.util.ArrayList<>();
        for (int i = 0; i < pdfs.size(); i++) {
            UploadedFile file = pdfs.get(i);
            PdfInfo info = PdfUploadCheck.inspect(file);
            SignatureCheck.Finding finding = signatureCheck.check(file.staged().path(), file.fileName(), info.signatureCount());
            String name = PdfUploadCheck.safeFileName(file.fileName());
            Attachment a;
            if (i < current.size()) {
                Attachment latest = AttachmentVersions.latestOf(d.attachments(), current.get(i).lineageId()).orElseThrow();
                a = latest.nextVersion(latest.versionNo(), commit(file), name, PdfUploadCheck.PDF, info.pageCount(), clerk);
            } else {
                a = new Attachment(d, commit(file), name, PdfUploadCheck.PDF, info.pageCount(), clerk);
            }
            a.recordSignatureCheck(finding.signatureCount(), finding.status(), finding.summary(), finding.reportJson());
            d.addAttachment(a);
            em.persist(a);
            em.flush();
            audit.recordExternal(d.agency().id(), actor, i < current.size() ? AuditAction.VERSION_ADDED : AuditAction.ATTACHMENT_ADDED,
                    AuditService.INCOMING, d.id(), a.id(), a.fileName() + " (v" + a.versionNo() + ", thay thế liên thông: " + reason + ")");
            searchFeed.incomingFilesChanged(d.id(), a);
            added.add(a);
        }
        return added;
    }

    private static void requireFile(UploadedFile file) {
        if (file == null) {
            throw ApplicationProblemException.invalid(FieldError.of("file", "attachment.file.required"));
        }
    }

    private StoredFile commit(UploadedFile f) {
        try {
            return contentStore.commit(f.staged());
        } catch (IOException e) {
            throw new UncheckedIOException("Content store failed", e);
        }
    }

}
