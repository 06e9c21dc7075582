package vn.congvan.application.dossier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.CommandValidator;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.JpqlCondition;
import vn.congvan.application.common.Problem;
import vn.congvan.application.common.VietnamTime;
import vn.congvan.application.outgoing.OutgoingVisibility;
import vn.congvan.application.routing.IncomingVisibility;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.domain.model.agency.Department;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.attachment.Attachment;
import vn.congvan.domain.model.attachment.AttachmentVersions;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.attachment.CorruptContentException;
import vn.congvan.domain.model.audit.AuditAction;
import vn.congvan.domain.model.document.DocumentKind;
import vn.congvan.domain.model.dossier.Dossier;
import vn.congvan.domain.model.dossier.DossierAccess;
import vn.congvan.domain.model.dossier.DossierEntry;
import vn.congvan.domain.model.dossier.RetentionPeriod;
import vn.congvan.domain.model.incoming.DocumentAccess;
import vn.congvan.domain.model.incoming.IncomingDocument;
import vn.congvan.domain.model.outgoing.OutgoingAccess;
import vn.congvan.domain.model.outgoing.OutgoingAttachment;
import vn.congvan.domain.model.outgoing.OutgoingDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Dossiers (hồ sơ công việc): create, put documents in and take them out (links, never copies), close
 * (read-only: 409 on any change), reopen (administrators), export as a ZIP. A dossier is visible to its
 * department and to the agency's clerks, leaders and administrators ({@link DossierAccess}); the
 * documents inside stay under the rule of opening them ({@link IncomingVisibility}: department or routing;
 * {@link vn.congvan.domain.model.outgoing.OutgoingAccess}), in the queries too (counts included), so a
 * secret document is never listed, counted or exported for a user not cleared for it. Every change
 * and every export is in the action log.
 */
@Stateless
public class DossierService {

    private static final Logger LOG = Logger.getLogger(DossierService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditService audit;

    @Inject
    private CommandValidator validator;

    @Inject
    private ContentStore contentStore;

    /** Who may see an incoming document: the rule of the register list and of opening it, routing included. */
    @Inject
    private IncomingVisibility visibility;

    /**
     * The dossiers the caller may see, newest year first; with a document ({@code kind} + {@code documentId}),
     * only the dossiers holding it (the document must be visible to the caller, or 404).
     */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public List<DossierView> list(Integer year, String kind, Long documentId) {
        User me = users.current();
        boolean all = DocumentAccess.seesWholeAgency(me);
        StringBuilder q = new StringBuilder("SELECT d FROM Dossier d WHERE d.agency = :agency"
                + " AND (:all = true OR d.department.id = :dept)");
        if (year != null) {
            q.append(" AND d.year = :year");
        }
        DocumentKind k = null;
        if (documentId != null) {
            k = kind(kind == null ? DocumentKind.INCOMING.name() : kind);
            requireVisibleDocument(me, k, documentId);
            q.append(" AND EXISTS (SELECT 1 FROM DossierEntry e WHERE e.dossier = d AND e.documentKind = :kind"
                    + " AND e.documentId = :doc)");
        }
        q.append(" ORDER BY d.year DESC, d.code");
        var query = em.createQuery(q.toString(), Dossier.class).setParameter("agency", me.agency())
                .setParameter("all", all).setParameter("dept", deptOf(me));
        if (year != null) {
            query.setParameter("year", year);
        }
        if (documentId != null) {
            query.setParameter("kind", k).setParameter("doc", documentId);
        }
        List<Dossier> dossiers = query.setMaxResults(500).getResultList();
        Map<Long, Long> counts = visibleCounts(me, dossiers.stream().map(Dossier::id).toList());
        return dossiers.stream().map(d -> view(me, d, counts.getOrDefault(d.id(), 0L), List.of())).toList();
    }

    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public DossierView create(CreateDossierCommand command) {
        validator.check(command);
        User me = users.current();
        List<FieldError> errors = new ArrayList<>();
        Department department = me.department();
        if (command.departmentId() != null) {
            department = em.find(Department.class, command.departmentId());
            if (department == null || !department.agency().id().equals(me.agency().id())) {
                errors.add(FieldError.of("departmentId", "dossier.department.unknown"));
                department = null;
            } else if (!DocumentAccess.seesWholeAgency(me) && (me.department() == null
                    || !me.department().id().equals(department.id()))) {
                errors.add(FieldError.of("departmentId", "dossier.department.notOwn"));
            }
        } else if (department == null) {
            errors.add(FieldError.of("departmentId", "validation.required"));
        }
        RetentionPeriod retention = null;
        try {
            retention = RetentionPeriod.parse(command.retention());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("retention", "dossier.retention.invalid", RetentionPeriod.MAX_YEARS));
        }
        if (!errors.isEmpty()) {
            throw ApplicationProblemException.invalid(errors);
        }
        int year = command.year() == null ? VietnamTime.today().getYear() : command.year();
        String code = command.code().strip();
        boolean exists = !em.createQuery("SELECT d.id FROM Dossier d WHERE d.agency = :agency AND d.year = :year"
                        + " AND d.code = :code", Long.class)
                .setParameter("agency", me.agency()).setParameter("year", year).setParameter("code", code)
                .getResultList().isEmpty();
        if (exists) {
            throw new ApplicationProblemException(Problem.CONFLICT, "dossier.exists", code, year);
        }
        Dossier d = new Dossier(department, me, code, command.title(), year, retention, blankToNull(command.notes()));
        em.persist(d);
        em.flush();
        audit.record(AuditAction.DOSSIER_CREATED, AuditService.DOSSIER, d.id(), null, d.code() + "/" + d.year());
        return view(me, d, 0, List.of());
    }

    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public DossierView get(long id) {
        User me = users.current();
        Dossier d = visible(me, id, false);
        return full(me, d);
    }

    /** Puts a document the caller may see in an open dossier they may change. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public DossierView addDocument(long id, DossierDocumentCommand command) {
        validator.check(command);
        User me = users.current();
        Dossier d = changeable(me, id);
        DocumentKind kind = kind(command.kind());
        requireVisibleDocument(me, kind, command.documentId());
        DossierEntry entry = d.add(kind, command.documentId(), me).orElseThrow(() ->
                new ApplicationProblemException(Problem.CONFLICT, "dossier.alreadyContains", d.code()));
        em.persist(entry);
        em.flush();
        audit.record(AuditAction.DOSSIER_DOC_ADDED, AuditService.DOSSIER, d.id(), null,
                kind.name() + " " + command.documentId());
        audit.record(AuditAction.DOSSIER_DOC_ADDED, kind.name(), command.documentId(), null,
                d.code() + "/" + d.year());
        return full(me, d);
    }

    /** Takes a document out of an open dossier (the document itself is untouched). */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public DossierView removeDocument(long id, String kindName, long documentId) {
        User me = users.current();
        Dossier d = changeable(me, id);
        DocumentKind kind = kind(kindName);
        // a document the caller may not see is not in the dossier as far as they know
        if (!isVisible(me, kind, documentId) || !d.remove(kind, documentId)) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "dossier.documentNotIn", d.code());
        }
        em.flush();
        audit.record(AuditAction.DOSSIER_DOC_REMOVED, AuditService.DOSSIER, d.id(), null, kind.name() + " " + documentId);
        audit.record(AuditAction.DOSSIER_DOC_REMOVED, kind.name(), documentId, null, d.code() + "/" + d.year());
        return full(me, d);
    }

    /** Đóng hồ sơ: from now on read-only. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public DossierView close(long id) {
        User me = users.current();
        Dossier d = changeable(me, id);
        d.close(me, Instant.now());
        em.flush();
        audit.record(AuditAction.DOSSIER_CLOSED, AuditService.DOSSIER, d.id(), null, d.code() + "/" + d.year());
        return full(me, d);
    }

    /** Reopens a closed dossier: administrators only. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public DossierView reopen(long id) {
        User me = users.current();
        Dossier d = visible(me, id, true);
        if (!DossierAccess.canReopen(me, d)) {
            throw new ApplicationProblemException(Problem.FORBIDDEN, "dossier.reopen.forbidden");
        }
        if (!d.closed()) {
            throw new ApplicationProblemException(Problem.CONFLICT, "dossier.notClosed", d.code());
        }
        d.reopen();
        em.flush();
        audit.record(AuditAction.DOSSIER_REOPENED, AuditService.DOSSIER, d.id(), null, d.code() + "/" + d.year());
        return full(me, d);
    }

    /**
     * The content of the dossier's ZIP: each visible document's current, not deleted files, checked
     * against their SHA-256 first (a damaged file fails the export: 500, named). Logged on the dossier
     * and, as a download, on each document.
     */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public DossierExport export(long id) {
        User me = users.current();
        Dossier d = visible(me, id, false);
        Map<String, DossierEntry> entryOf = entriesByDocument(d);
        List<DossierExport.Document> out = new ArrayList<>();
        int n = 0;
        int fileCount = 0;
        for (Object doc : visibleDocuments(me, d.entries())) {
            n++;
            List<DossierExport.File> files = new ArrayList<>();
            Set<String> names = new HashSet<>();
            String folder;
            DossierView.DocumentInDossier view;
            if (doc instanceof IncomingDocument in) {
                folder = String.format("%03d_den-%d-%d", n, in.register().year(), in.arrivalNumber());
                for (Attachment a : AttachmentVersions.current(in.attachments())) {
                    files.add(new DossierExport.File(a.id(), a.versionNo(), unique(names, a.id(), a.fileName()),
                            a.contentType(), a.sizeBytes(), a.sha256(), verified(a.sha256(), a.fileName())));
                    audit.record(AuditAction.DOWNLOADED, in, a, "ZIP " + d.code() + "/" + d.year());
                }
                view = documentView(in, entryOf.get(key(DocumentKind.INCOMING, in.id())));
            } else {
                OutgoingDocument o = (OutgoingDocument) doc;
                folder = String.format("%03d_di-%d-%d", n, o.register().year(), o.number());
                for (OutgoingAttachment a : o.attachments()) {
                    files.add(new DossierExport.File(a.id(), 1, unique(names, a.id(), a.fileName()),
                            a.contentType(), a.sizeBytes(), a.sha256(), verified(a.sha256(), a.fileName())));
                    audit.recordOn(AuditAction.DOWNLOADED, AuditService.OUTGOING, o.id(), a.id(),
                            "ZIP " + d.code() + "/" + d.year());
                }
                view = documentView(o, entryOf.get(key(DocumentKind.OUTGOING, o.id())));
            }
            fileCount += files.size();
            out.add(new DossierExport.Document(view, folder, files));
        }
        audit.record(AuditAction.DOSSIER_EXPORTED, AuditService.DOSSIER, d.id(), null,
                out.size() + " văn bản, " + fileCount + " tệp");
        return new DossierExport(view(me, d, out.size(), out.stream().map(DossierExport.Document::document).toList()),
                Instant.now(), me.username(), out);
    }

    private static String unique(Set<String> names, long attachmentId, String fileName) {
        String name = names.add(fileName) ? fileName : attachmentId + "_" + fileName;
        names.add(name);
        return name;
    }

    private Path verified(String sha256, String fileName) {
        try {
            return contentStore.verifiedPath(sha256);
        } catch (CorruptContentException e) {
            LOG.log(Level.SEVERE, "Refusing to export a damaged file: " + e.getMessage());
            throw new ApplicationProblemException(Problem.SERVER_ERROR, "attachment.corrupt", fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DossierView full(User me, Dossier d) {
        Map<String, DossierEntry> entryOf = entriesByDocument(d);
        List<DossierView.DocumentInDossier> docs = visibleDocuments(me, d.entries()).stream()
                .map(doc -> doc instanceof IncomingDocument in
                        ? documentView(in, entryOf.get(key(DocumentKind.INCOMING, in.id())))
                        : documentView((OutgoingDocument) doc, entryOf.get(key(DocumentKind.OUTGOING, ((OutgoingDocument) doc).id()))))
                .toList();
        return view(me, d, docs.size(), docs);
    }

    private static Map<String, DossierEntry> entriesByDocument(Dossier d) {
        Map<String, DossierEntry> entryOf = new HashMap<>();
        d.entries().forEach(e -> entryOf.put(key(e.documentKind(), e.documentId()), e));
        return entryOf;
    }

    private static String key(DocumentKind kind, long id) {
        return kind.name() + ":" + id;
    }

    private static DossierView view(User me, Dossier d, long count, List<DossierView.DocumentInDossier> docs) {
        return new DossierView(d.id(), d.code(), d.title(), d.year(), d.department().id(), d.department().name(),
                d.owner().username(), d.owner().fullName(), d.retention().code(), d.retention().labelVi(), d.notes(),
                d.closed(), d.closedAt(), d.closedBy() == null ? null : d.closedBy().fullName(), d.createdAt(), count,
                DossierAccess.canChange(me, d) && !d.closed(), DossierAccess.canReopen(me, d) && d.closed(), docs);
    }

    private static DossierView.DocumentInDossier documentView(IncomingDocument doc, DossierEntry e) {
        return new DossierView.DocumentInDossier(DocumentKind.INCOMING.name(), doc.id(), doc.register().year(),
                doc.arrivalNumber(), doc.numberAndNotation(), doc.organName(), doc.subject(), doc.issuedDate(),
                doc.arrivalDate(), doc.secrecy().name(), e == null ? null : e.addedAt(),
                e == null ? null : e.addedBy().fullName());
    }

    private static DossierView.DocumentInDossier documentView(OutgoingDocument doc, DossierEntry e) {
        return new DossierView.DocumentInDossier(DocumentKind.OUTGOING.name(), doc.id(), doc.register().year(),
                doc.number(), doc.numberAndNotation(), doc.organName(), doc.subject(), doc.issuedDate(),
                null, doc.secrecy().name(), e == null ? null : e.addedAt(),
                e == null ? null : e.addedBy().fullName());
    }

    /**
     * The documents of the entries the caller may see, incoming and outgoing, by date (arrival or
     * issue): each kind selected with its listing's rule and checked again one by one.
     */
    private List<Object> visibleDocuments(User me, Collection<DossierEntry> entries) {
        record Dated(LocalDate date, long id, Object doc) { }
        List<Dated> all = new ArrayList<>();
        visibleIncoming(me, entries).forEach(i -> all.add(new Dated(i.arrivalDate(), i.id(), i)));
        visibleOutgoing(me, entries).forEach(o -> all.add(new Dated(o.issuedDate(), o.id(), o)));
        all.sort(Comparator.comparing(Dated::date).thenComparing(Dated::id));
        return all.stream().map(Dated::doc).toList();
    }

    private List<OutgoingDocument> visibleOutgoing(User me, Collection<DossierEntry> entries) {
        List<Long> ids = entries.stream().filter(e -> e.documentKind() == DocumentKind.OUTGOING)
                .map(DossierEntry::documentId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        JpqlCondition visible = OutgoingVisibility.condition(me, "o");
        return visible.bind(em.createQuery("SELECT o FROM OutgoingDocument o WHERE o.id IN :ids AND " + visible.jpql()
                        + " ORDER BY o.issuedDate, o.id", OutgoingDocument.class))
                .setParameter("ids", ids).getResultList();
    }

    /**
     * The incoming documents of the entries that the caller may see, by arrival: selected with the rule of
     * the register list and of opening a document ({@link IncomingVisibility}), inside the query.
     */
    private List<IncomingDocument> visibleIncoming(User me, Collection<DossierEntry> entries) {
        List<Long> ids = entries.stream().filter(e -> e.documentKind() == DocumentKind.INCOMING)
                .map(DossierEntry::documentId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        JpqlCondition visible = visibility.condition(me, "i");
        return visible.bind(em.createQuery("SELECT i FROM IncomingDocument i WHERE i.id IN :ids AND " + visible.jpql()
                        + " ORDER BY i.arrivalDate, i.id", IncomingDocument.class))
                .setParameter("ids", ids).getResultList();
    }

    /** How many documents of each dossier the caller may see: the visibility rule inside the count query. */
    private Map<Long, Long> visibleCounts(User me, List<Long> dossierIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (dossierIds.isEmpty()) {
            return counts;
        }
        JpqlCondition visible = visibility.condition(me, "i");
        List<Object[]> rows = visible.bind(em.createQuery("SELECT e.dossier.id, COUNT(e) FROM DossierEntry e"
                        + " JOIN IncomingDocument i ON i.id = e.documentId"
                        + " WHERE e.dossier.id IN :ids AND e.documentKind = :kind AND " + visible.jpql()
                        + " GROUP BY e.dossier.id", Object[].class))
                .setParameter("ids", dossierIds).setParameter("kind", DocumentKind.INCOMING)
                .getResultList();
        JpqlCondition visibleOutgoing = OutgoingVisibility.condition(me, "o");
        List<Object[]> outgoing = visibleOutgoing.bind(em.createQuery("SELECT e.dossier.id, COUNT(e) FROM DossierEntry e"
                        + " JOIN OutgoingDocument o ON o.id = e.documentId"
                        + " WHERE e.dossier.id IN :ids AND e.documentKind = :kind AND " + visibleOutgoing.jpql()
                        + " GROUP BY e.dossier.id", Object[].class))
                .setParameter("ids", dossierIds).setParameter("kind", DocumentKind.OUTGOING)
                .getResultList();
        for (List<Object[]> list : List.of(rows, outgoing)) {
            for (Object[] r : list) {
                counts.merge((Long) r[0], (Long) r[1], Long::sum);
            }
        }
        return counts;
    }

    private Dossier visible(User me, long id, boolean lock) {
        Dossier d = lock ? em.find(Dossier.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(Dossier.class, id);
        // another agency's dossier, or another department's, is reported as absent
        if (d == null || !DossierAccess.canView(me, d)) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "dossier.notFound");
        }
        return d;
    }

    private Dossier changeable(User me, long id) {
        Dossier d = visible(me, id, true);
        if (!DossierAccess.canChange(me, d)) {
            throw new ApplicationProblemException(Problem.FORBIDDEN, "dossier.forbidden");
        }
        if (d.closed()) {
            throw new ApplicationProblemException(Problem.CONFLICT, "dossier.closed", d.code());
        }
        return d;
    }

    private boolean isVisible(User me, DocumentKind kind, long documentId) {
        if (kind == DocumentKind.OUTGOING) {
            OutgoingDocument doc = em.find(OutgoingDocument.class, documentId);
            return doc != null && OutgoingAccess.canView(me, doc);
        }
        if (kind != DocumentKind.INCOMING) {
            return false;
        }
        IncomingDocument doc = em.find(IncomingDocument.class, documentId);
        return doc != null && visibility.canView(me, doc);
    }

    private void requireVisibleDocument(User me, DocumentKind kind, long documentId) {
        if (!isVisible(me, kind, documentId)) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "document.notFound");
        }
    }

    private static DocumentKind kind(String name) {
        if (!DocumentKind.INCOMING.name().equals(name) && !DocumentKind.OUTGOING.name().equals(name)) {
            throw ApplicationProblemException.invalid(FieldError.of("kind", "dossier.documentKind.unknown", name));
        }
        return DocumentKind.valueOf(name);
    }

    private static long deptOf(User me) {
        return me.department() == null ? -1L : me.department().id();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
