package vn.congvan.application.exchange;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.attachment.AttachmentService;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.events.NotificationKind;
import vn.congvan.application.events.NotificationRequested;
import vn.congvan.domain.model.agency.Agency;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.attachment.ContentTooLargeException;
import vn.congvan.domain.model.attachment.StoredFile;
import vn.congvan.application.registration.UploadedFile;
import vn.congvan.domain.model.audit.AuditAction;
import vn.congvan.domain.model.document.DocumentKind;
import vn.congvan.domain.model.incoming.IncomingDocument;
import vn.congvan.domain.model.exchange.ExchangePartner;
import vn.congvan.domain.model.exchange.OutboxEntry;
import vn.congvan.domain.model.exchange.ReceivedFile;
import vn.congvan.domain.model.exchange.ReceivedPackage;
import vn.congvan.domain.model.exchange.StatusLogEntry;
import vn.congvan.infrastructure.edxml.Edxml;
import vn.congvan.infrastructure.edxml.EdxmlException;
import vn.congvan.infrastructure.edxml.EdxmlReader;
import vn.congvan.infrastructure.edxml.EdxmlValidator;
import vn.congvan.infrastructure.edxml.XmlSignatures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Receives packages from other agencies ({@code POST /api/edxml/inbox}, no user: the package authenticates
 * itself). In order: size limit, secure parse, validation, the receiving agency (a To that is an agency of
 * this installation), the sender (an active agency of that agency's directory), its XML-DSig against the
 * sender's certificate from the directory; then by kind: a new document waits in the clerk's queue (a
 * second package with the same sender and DocumentId is refused as a duplicate, 409) and "01 arrived" goes
 * back; a recall freezes the received copy and "15" goes back; an update (2) or a replacement (3) of a package
 * we have changes it and its registered copy (a new file version, never an overwrite) and "15" goes back (404
 * for a package we never had, 409 once refused or recalled); a status message updates our outgoing
 * document's recipient. Any refusal changes nothing.
 */
@Stateless
@PermitAll
public class ExchangeInbox {

    private static final Logger LOG = Logger.getLogger(ExchangeInbox.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ContentStore contentStore;

    @EJB
    private ExchangeOutbox outbox;

    @EJB
    private ExchangeWorker worker;

    @Inject
    private Event<NotificationRequested> notifications;

    @EJB
    private AuditService audit;

    @EJB
    private AttachmentService attachments;

    @EJB
    private vn.congvan.application.search.SearchFeed searchFeed;

    /** What the inbox did with a package. */
    public record Receipt(String kind, Long id, String documentId, String state) {
    }

    public Receipt receive(InputStream body) {
        ContentStore.StagedFile staged;
        try {
            staged = contentStore.stage(body, ExchangeConfig.maxPackageBytes());
        } catch (ContentTooLargeException e) {
            throw new ApplicationProblemException(Problem.PAYLOAD_TOO_LARGE, "exchange.package.tooLarge",
                    "edXML", "larger than " + ExchangeConfig.maxPackageBytes() + " bytes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path dir = null;
        try (staged) {
            EdxmlReader.Parsed parsed;
            try (InputStream in = Files.newInputStream(staged.path())) {
                parsed = EdxmlReader.parse(in);
            }
            Edxml p = parsed.model();
            List<EdxmlValidator.Violation> violations = EdxmlValidator.validate(p);
            if (!violations.isEmpty()) {
                throw ApplicationProblemException.invalid(violations.stream()
                        .map(v -> FieldError.of(v.field(), "exchange.package.field", v.problem())).toList());
            }
            boolean status = p.status() != null;
            String from = status ? p.status().from.organId.strip() : p.messageHeader().from.organId.strip();
            Agency agency = status ? agency(p.status().responseFor.organId)
                    : p.messageHeader().to.stream().map(t -> agency(t.organId)).filter(a -> a != null).findFirst().orElse(null);
            if (agency == null) {
                throw new ApplicationProblemException(Problem.NOT_FOUND, "exchange.package.noRecipient");
            }
            ExchangePartner sender = partner(agency, from);
            if (sender == null || !sender.active() || sender.certificatePem() == null) {
                throw new ApplicationProblemException(Problem.FORBIDDEN, "exchange.package.unknownSender", from);
            }
            List<PublicKey> trusted = Certificates.certificates(sender.certificatePem()).stream()
                    .map(c -> c.getPublicKey()).toList();
            XmlSignatures.verify(parsed.dom(), trusted);

            if (status) {
                return status(agency, sender, p.status());
            }
            String type = p.envelope.header.traceHeaderList == null || p.envelope.header.traceHeaderList.bussiness == null
                    || p.envelope.header.traceHeaderList.bussiness.bussinessDocType == null ? "0"
                    : p.envelope.header.traceHeaderList.bussiness.bussinessDocType.strip();
            return switch (type) {
                case "0" -> {
                    dir = Files.createTempDirectory("congvan-edxml-in-");
                    yield document(agency, sender, parsed, staged, dir);
                }
                case "1" -> recall(agency, sender, p);
                case "2" -> update(agency, sender, p);
                case "3" -> {
                    dir = Files.createTempDirectory("congvan-edxml-in-");
                    yield replace(agency, sender, parsed, dir);
                }
                default -> throw new ApplicationProblemException(Problem.UNPROCESSABLE, "exchange.package.unsupportedType", type);
            };
        } catch (EdxmlException e) {
            throw problem(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private Receipt document(Agency agency, ExchangePartner sender, EdxmlReader.Parsed parsed,
                             ContentStore.StagedFile staged, Path dir) throws IOException {
        Edxml p = parsed.model();
        Edxml.MessageHeader h = p.messageHeader();
        ReceivedPackage seen = received(agency, sender.organId(), h.documentId.strip());
        if (seen != null) {
            throw new ApplicationProblemException(Problem.CONFLICT, "exchange.package.duplicate", h.documentId.strip(),
                    seen.id(), seen.state().name());
        }
        List<ReceivedFile> files = store(parsed, dir);
        StoredFile pkg = contentStore.commit(staged);
        Instant now = Instant.now();
        ReceivedPackage r = new ReceivedPackage(agency, header(p, sender), pkg.sha256(), pkg.size(), files, now);
        em.persist(r);
        em.flush();
        outbox.queueStatus(r, "01", "Đã đến / arrived", null, null, now);
        notifyClerks(agency, r, r.fromName() + ": " + r.subject());
        LOG.info(() -> "Received edXML package " + r.edxmlDocumentId() + " from " + r.fromOrganId() + " for "
                + agency.code() + " (#" + r.id() + ", " + files.size() + " attachment(s))");
        return new Receipt("DOCUMENT", r.id(), r.edxmlDocumentId(), r.state().name());
    }

    private List<ReceivedFile> store(EdxmlReader.Parsed parsed, Path dir) throws IOException {
        EdxmlReader.decodeAttachments(parsed, dir, ExchangeConfig.maxAttachmentBytes());
        List<ReceivedFile> files = new ArrayList<>();
        for (Edxml.Attachment a : parsed.model().attachments) {
            try (ContentStore.StagedFile f = contentStore.stage(Files.newInputStream(a.file), ExchangeConfig.maxAttachmentBytes())) {
                StoredFile s = contentStore.commit(f);
                files.add(new ReceivedFile(safeName(a.attachmentName), contentType(a), s.sha256(), s.size()));
            }
        }
        return files;
    }

    private void notifyClerks(Agency agency, ReceivedPackage r, String title) {
        Set<Long> clerks = em.createQuery("SELECT DISTINCT u FROM User u JOIN u.roles x WHERE u.agency = :a"
                        + " AND u.active = true AND x = :clerk", User.class)
                .setParameter("a", agency).setParameter("clerk", Role.CLERK).getResultStream()
                .map(User::id).collect(Collectors.toSet());
        if (!clerks.isEmpty()) {
            notifications.fire(new NotificationRequested(agency.id(), clerks, NotificationKind.EXCHANGE_RECEIVED,
                    DocumentKind.INCOMING, r.id(), title, r.edxmlDocumentId(), null, r.priority() >= 2));
        }
    }

    /** The DocumentId an update or a replacement refers to: Bussiness/DocumentId, else the header's. */
    private static String original(Edxml p) {
        Edxml.Bussiness b = p.envelope.header.traceHeaderList == null ? null : p.envelope.header.traceHeaderList.bussiness;
        return b != null && b.documentId != null && !b.documentId.isBlank() ? b.documentId.strip()
                : p.messageHeader().documentId.strip();
    }

    private static String reason(Edxml p) {
        return p.envelope.header.traceHeaderList.bussiness.bussinessDocReason.strip();
    }

    /** The package an update or a replacement is about: 404 when we never had it, 409 once refused or recalled. */
    private ReceivedPackage changeable(Agency agency, ExchangePartner sender, String documentId) {
        ReceivedPackage r = received(agency, sender.organId(), documentId);
        if (r == null) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "exchange.package.changeUnknown", documentId);
        }
        em.refresh(r, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (!r.changeable()) {
            throw new ApplicationProblemException(Problem.CONFLICT, "exchange.package.changeRefused", documentId,
                    r.state().name());
        }
        return r;
    }

    private static String actor(ExchangePartner sender) {
        return "edxml:" + sender.organId();
    }

    /**
     * BussinessDocType 2: the sender corrected the subject. The package takes it, and so does the registered
     * incoming document (the change is in its action log); "15" goes back.
     */
    private Receipt update(Agency agency, ExchangePartner sender, Edxml p) {
        String documentId = original(p);
        ReceivedPackage r = changeable(agency, sender, documentId);
        String reason = reason(p);
        Edxml.MessageHeader h = p.messageHeader();
        String subject = h.subject.strip();
        Instant now = Instant.now();
        String before = r.subject();
        r.updated(subject, reason, now);
        IncomingDocument copy = r.incomingDocumentId() == null ? null : em.find(IncomingDocument.class, r.incomingDocumentId());
        if (copy != null) {
            before = copy.subject();
            copy.correctedBySender(subject, h.signerInfo == null ? null : trim(h.signerInfo.fullName),
                    h.signerInfo == null ? null : trim(h.signerInfo.position));
            audit.recordExternal(agency.id(), actor(sender), AuditAction.UPDATED, AuditService.INCOMING, copy.id(), null,
                    "Cập nhật liên thông từ " + r.fromName() + ": trích yếu \"" + before + "\" → \"" + subject
                            + "\"; lý do: " + reason);
            searchFeed.incomingMetadataChanged(copy);
        }
        outbox.queueStatus(r, "15", "Đồng ý cập nhật / update agreed", null, null, now);
        notifyClerks(agency, r, "Cập nhật: " + r.fromName() + ": " + r.subject());
        LOG.info(() -> "edXML update of " + documentId + " from " + sender.organId() + " applied (#" + r.id() + ")");
        return new Receipt("UPDATE", r.id(), documentId, r.state().name());
    }

    /**
     * BussinessDocType 3: the sender replaced the document with new file(s). While the package waits in the
     * queue its files are replaced; once accepted, each PDF becomes a new version of the registered
     * document's file (the old versions stay) and its metadata follows the new header; "15" goes back.
     */
    private Receipt replace(Agency agency, ExchangePartner sender, EdxmlReader.Parsed parsed, Path dir) throws IOException {
        Edxml p = parsed.model();
        String documentId = original(p);
        ReceivedPackage r = changeable(agency, sender, documentId);
        String reason = reason(p);
        List<ReceivedFile> files = store(parsed, dir);
        ReceivedPackage.Header header = header(p, sender);
        Instant now = Instant.now();
        IncomingDocument copy = r.incomingDocumentId() == null ? null : em.find(IncomingDocument.class, r.incomingDocumentId());
        if (copy != null) {
            List<UploadedFile> pdfs = new ArrayList<>();
            try {
                for (Edxml.Attachment a : p.attachments) {
                    if (contentType(a).startsWith("application/pdf")) {
                        pdfs.add(new UploadedFile(safeName(a.attachmentName), "application/pdf",
                                contentStore.stage(Files.newInputStream(a.file), ExchangeConfig.maxAttachmentBytes())));
                    }
                }
                if (pdfs.isEmpty()) {
                    throw new ApplicationProblemException(Problem.UNPROCESSABLE, "exchange.package.replaceNoPdf", documentId);
                }
                String before = copy.subject();
                copy.correctedBySender(header.subject(), header.signerFullName(), header.signerPosition());
                if (!before.equals(copy.subject())) {
                    audit.recordExternal(agency.id(), actor(sender), AuditAction.UPDATED, AuditService.INCOMING, copy.id(),
                            null, "Thay thế liên thông từ " + r.fromName() + ": trích yếu \"" + before + "\" → \""
                                    + copy.subject() + "\"; lý do: " + reason);
                    searchFeed.incomingMetadataChanged(copy);
                }
                attachments.replacedBySender(copy.id(), pdfs, r.decidedBy(), actor(sender), reason);
            } catch (ContentTooLargeException e) {
                throw new ApplicationProblemException(Problem.PAYLOAD_TOO_LARGE, "exchange.package.tooLarge",
                        "Attachment", "larger than " + ExchangeConfig.maxAttachmentBytes() + " bytes");
            } finally {
                pdfs.forEach(f -> f.staged().close());
            }
        }
        r.replaced(header, files, reason, now);
        outbox.queueStatus(r, "15", "Đồng ý thay thế / replacement agreed", null, null, now);
        notifyClerks(agency, r, "Thay thế: " + r.fromName() + ": " + r.subject());
        LOG.info(() -> "edXML replacement of " + documentId + " from " + sender.organId() + " applied (#" + r.id() + ", "
                + files.size() + " file(s))");
        return new Receipt("REPLACE", r.id(), documentId, r.state().name());
    }

    private Receipt recall(Agency agency, ExchangePartner sender, Edxml p) {
        String documentId = p.messageHeader().documentId.strip();
        ReceivedPackage r = received(agency, sender.organId(), documentId);
        if (r == null) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "exchange.package.recallUnknown", documentId);
        }
        if (r.state() != ReceivedPackage.State.RECALLED) {
            String reason = p.envelope.header.traceHeaderList.bussiness.bussinessDocReason;
            Instant now = Instant.now();
            r.recalled(reason, now);
            if (r.incomingDocumentId() != null) {
                // the registered copy is frozen too: shown recalled, no routing step any more
                vn.congvan.domain.model.incoming.IncomingDocument copy =
                        em.find(vn.congvan.domain.model.incoming.IncomingDocument.class, r.incomingDocumentId());
                if (copy != null) {
                    copy.recall(reason == null || reason.isBlank() ? "Thu hồi liên thông" : reason, now);
                }
            }
            outbox.queueStatus(r, "15", "Đồng ý thu hồi / recall agreed", null, null, now);
            LOG.info(() -> "edXML package " + documentId + " from " + sender.organId() + " recalled (#" + r.id() + ")");
        }
        return new Receipt("RECALL", r.id(), documentId, r.state().name());
    }

    private Receipt status(Agency agency, ExchangePartner sender, Edxml.Status s) {
        String documentId = s.responseFor.documentId.strip();
        List<OutboxEntry> sent = em.createQuery("SELECT e FROM OutboxEntry e WHERE e.agencyId = :a AND e.kind = :k"
                        + " AND e.edxmlDocumentId = :d AND e.organId = :o", OutboxEntry.class)
                .setParameter("a", agency.id()).setParameter("k", OutboxEntry.Kind.DOCUMENT)
                .setParameter("d", documentId).setParameter("o", sender.organId()).getResultList();
        if (sent.isEmpty()) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "exchange.package.statusUnknown", documentId);
        }
        Instant now = Instant.now();
        Instant at = statusTime(s.timestamp, now);
        String code = s.statusCode.strip();
        for (OutboxEntry e : sent) {
            if (e.recipientStatusAt() == null || !at.isBefore(e.recipientStatusAt())) {
                e.recipientStatus(code, s.description, at);
            }
            em.persist(new StatusLogEntry(agency.id(), e.outgoingDocumentId(), sender.organId(), code, s.description,
                    s.staffInfo == null ? null : s.staffInfo.staff, at, now));
        }
        LOG.info(() -> "Status " + code + " from " + sender.organId() + " for " + documentId);
        return new Receipt("STATUS", sent.get(0).outgoingDocumentId(), documentId, code);
    }

    private static Instant statusTime(String timestamp, Instant fallback) {
        if (timestamp == null || timestamp.isBlank()) {
            return fallback;
        }
        try {
            return LocalDateTime.parse(timestamp.strip(), Packages.TIMESTAMP).atZone(Packages.VIETNAM).toInstant();
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static ReceivedPackage.Header header(Edxml p, ExchangePartner sender) {
        Edxml.MessageHeader h = p.messageHeader();
        int priority = 0;
        if (h.otherInfo != null && h.otherInfo.priority != null && !h.otherInfo.priority.isBlank()) {
            priority = Integer.parseInt(h.otherInfo.priority.strip());
        }
        String name = h.from.organName == null || h.from.organName.isBlank() ? sender.name() : h.from.organName.strip();
        return new ReceivedPackage.Header(h.documentId.strip(), sender.organId(), name,
                trim(h.code.codeNumber), trim(h.code.codeNotation),
                EdxmlValidator.date(h.promulgationInfo.promulgationDate), h.documentType.typeName.strip(),
                h.subject.strip(), h.signerInfo == null ? null : trim(h.signerInfo.fullName),
                h.signerInfo == null ? null : trim(h.signerInfo.position), priority, EdxmlValidator.date(h.dueDate),
                h.toPlaces == null ? null : String.join("\n", h.toPlaces));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String contentType(Edxml.Attachment a) {
        String t = a.contentType == null || a.contentType.isBlank() ? "application/octet-stream" : a.contentType.strip();
        if (t.equals("application/octet-stream") && a.attachmentName != null && a.attachmentName.toLowerCase().endsWith(".pdf")) {
            return "application/pdf";
        }
        return t;
    }

    static String safeName(String name) {
        return vn.congvan.application.registration.PdfUploadCheck.safeFileName(name);
    }

    private Agency agency(String organId) {
        if (organId == null) {
            return null;
        }
        return em.createQuery("SELECT a FROM Agency a WHERE a.code = :c", Agency.class).setParameter("c", organId.strip())
                .getResultStream().findFirst().orElse(null);
    }

    private ExchangePartner partner(Agency agency, String organId) {
        return em.createQuery("SELECT p FROM ExchangePartner p WHERE p.agency = :a AND p.organId = :o", ExchangePartner.class)
                .setParameter("a", agency).setParameter("o", organId).getResultStream().findFirst().orElse(null);
    }

    private ReceivedPackage received(Agency agency, String from, String documentId) {
        return em.createQuery("SELECT r FROM ReceivedPackage r WHERE r.agency = :a AND r.fromOrganId = :f"
                        + " AND r.edxmlDocumentId = :d", ReceivedPackage.class)
                .setParameter("a", agency).setParameter("f", from).setParameter("d", documentId)
                .getResultStream().findFirst().orElse(null);
    }

    static ApplicationProblemException problem(EdxmlException e) {
        Problem status = switch (e.reason()) {
            case MALFORMED, UNSAFE -> Problem.BAD_REQUEST;
            case INVALID, BAD_BASE64 -> Problem.UNPROCESSABLE;
            case TOO_LARGE -> Problem.PAYLOAD_TOO_LARGE;
            case BAD_SIGNATURE -> Problem.FORBIDDEN;
        };
        String key = "exchange.package." + switch (e.reason()) {
            case MALFORMED -> "malformed";
            case UNSAFE -> "unsafe";
            case INVALID -> "invalid";
            case BAD_BASE64 -> "badBase64";
            case TOO_LARGE -> "tooLarge";
            case BAD_SIGNATURE -> "badSignature";
        };
        String field = e.field() == null ? "edXML" : e.field();
        return new ApplicationProblemException(status, key, List.of(FieldError.of(field, key, field, e.detail())),
                field, e.detail());
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LOG.fine(() -> "cannot delete " + dir);
        }
    }
}
