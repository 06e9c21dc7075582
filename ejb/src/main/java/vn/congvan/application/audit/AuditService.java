package vn.congvan.application.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.Problem;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.attachment.Attachment;
import vn.congvan.domain.model.audit.ActionEntry;
import vn.congvan.domain.model.audit.AuditAction;
import vn.congvan.domain.model.audit.HashChain;
import vn.congvan.domain.model.dossier.Dossier;
import vn.congvan.domain.model.dossier.DossierAccess;
import vn.congvan.domain.model.incoming.DocumentAccess;
import vn.congvan.domain.model.incoming.IncomingDocument;
import vn.congvan.infrastructure.audit.JdbcActionLog;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The action log (nhật ký thao tác): records what users do to documents, in the transaction of the
 * action (an action that fails leaves no entry, an entry that cannot be written fails the action),
 * shows a document's history, and checks that the log has not been changed behind the application's back.
 */
@Stateless
public class AuditService {

    public static final String INCOMING = "INCOMING";
    public static final String OUTGOING = "OUTGOING";
    public static final String REGISTER = "REGISTER";
    /** The kind under which dossier actions are logged. */
    public static final String DOSSIER = "DOSSIER";
    private static final Logger LOG = Logger.getLogger(AuditService.class.getName());

    @PersistenceContext
    private EntityManager em;

    /** Who may see an incoming document: DocumentAccess, and the people it was handed to (routing). */
    @jakarta.inject.Inject
    private vn.congvan.application.routing.IncomingVisibility visibility;

    @EJB
    private UserDirectory users;

    /** The application's datasource: inside a transaction, the connection JPA uses too. */
    @Resource(lookup = "java:jboss/datasources/CongVanDS")
    private DataSource dataSource;

    /** Records an action on an incoming document by the current user; joins the caller's transaction. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(AuditAction action, IncomingDocument document, Attachment attachment, String detail) {
        User me = users.current();
        JdbcActionLog.NewAction a = new JdbcActionLog.NewAction(me.agency().id(), me.id(), me.username(), action,
                INCOMING, document.id(), attachment == null ? null : attachment.id(), detail);
        try (Connection c = dataSource.getConnection()) {
            JdbcActionLog.append(c, a);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the action log", e);
        }
    }

    /**
     * Records an action on anything the log can point at by kind and id (a dossier: {@link #DOSSIER}; a
     * document: its {@code DocumentKind} name) by the current user; joins the caller's transaction.
     */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(AuditAction action, String kind, long id, Long attachmentId, String detail) {
        User me = users.current();
        append(new JdbcActionLog.NewAction(me.agency().id(), me.id(), me.username(), action,
                kind, id, attachmentId, detail));
    }

    /** What {@link #recordSetting} entries are about: the signing configuration, or a user's signing key. */
    public static final String SIGNING = "SIGNING";

    /**
     * Records an action that concerns no document (a configuration change, a user's signing key, a test
     * signature) by the current user; joins the caller's transaction.
     */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordSetting(AuditAction action, String detail) {
        User me = users.current();
        append(new JdbcActionLog.NewAction(me.agency().id(), me.id(), me.username(), action, SIGNING, null, null, detail));
    }

    /**
     * Records a change to the organisation (a department, user, position or document type: {@code kind} and
     * {@code id}) by the current user; joins the caller's transaction.
     */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAdmin(AuditAction action, String kind, long id, String detail) {
        User me = users.current();
        append(new JdbcActionLog.NewAction(me.agency().id(), me.id(), me.username(), action, kind, id, null, detail));
    }

    /**
     * Records an action on another kind of record ({@link #OUTGOING} document, {@link #REGISTER}) by the
     * current user; joins the caller's transaction, which has checked the user may act on it.
     */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordOn(AuditAction action, String documentKind, long documentId, Long attachmentId, String detail) {
        User me = users.current();
        append(new JdbcActionLog.NewAction(me.agency().id(), me.id(), me.username(), action,
                documentKind, documentId, attachmentId, detail));
    }

    /**
     * Records an action no user of ours took (another agency's edXML update or replacement, received by the
     * public inbox): {@code actor} names who did it; joins the caller's transaction.
     */
    @jakarta.annotation.security.PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordExternal(long agencyId, String actor, AuditAction action, String documentKind, long documentId,
                               Long attachmentId, String detail) {
        append(new JdbcActionLog.NewAction(agencyId, null, actor.length() > 64 ? actor.substring(0, 64) : actor, action,
                documentKind, documentId, attachmentId, detail));
    }

    private void append(JdbcActionLog.NewAction a) {
        try (Connection c = dataSource.getConnection()) {
            JdbcActionLog.append(c, a);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the action log", e);
        }
    }

    /** The action log entries about one object of the organisation written in the caller's agency, oldest first. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<HistoryEntryView> adminHistory(String kind, long id) {
        // an ND30 document type is shared: each agency sees only its own administrators' changes
        Long agency = users.current().agency().id();
        return read(kind, id).stream().filter(e -> agency.equals(e.agencyId()))
                .map(e -> HistoryEntryView.of(e, e.username())).toList();
    }

    /** An outgoing document's history, oldest first, for those who may see the document. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public List<HistoryEntryView> outgoingHistory(long documentId) {
        User me = users.current();
        vn.congvan.domain.model.outgoing.OutgoingDocument d =
                em.find(vn.congvan.domain.model.outgoing.OutgoingDocument.class, documentId);
        if (d == null || !vn.congvan.domain.model.outgoing.OutgoingAccess.canView(me, d)) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "document.notFound");
        }
        return entriesOf(OUTGOING, documentId);
    }

    /** A register's history (closing, pattern changes), for the administrators and clerks of its agency. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.ADMIN})
    public List<HistoryEntryView> registerHistory(long registerId) {
        User me = users.current();
        vn.congvan.domain.model.register.Register r = em.find(vn.congvan.domain.model.register.Register.class, registerId);
        if (r == null || !r.belongsTo(me.agency())) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "register.notFound");
        }
        return entriesOf(REGISTER, registerId);
    }

    private List<ActionEntry> read(String kind, long id) {
        try (Connection c = dataSource.getConnection()) {
            return JdbcActionLog.history(c, kind, id);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the action log", e);
        }
    }

    private List<HistoryEntryView> entriesOf(String kind, long id) {
        Map<Long, String> names = new HashMap<>();
        return read(kind, id).stream().map(e -> HistoryEntryView.of(e, e.userId() == null ? e.username()
                : names.computeIfAbsent(e.userId(), uid -> {
                    User u = em.find(User.class, uid);
                    return u == null ? e.username() : u.fullName();
                }))).toList();
    }

    /** The latest entries about the signing configuration and signing keys, newest first (administrators). */
    @RolesAllowed(Role.Names.ADMIN)
    public List<HistoryEntryView> signingHistory(int limit) {
        List<HistoryEntryView> out = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection();
             java.sql.PreparedStatement ps = c.prepareStatement("SELECT seq FROM action_log WHERE document_kind = ?"
                     + " ORDER BY seq DESC")) {
            ps.setString(1, SIGNING);
            ps.setMaxRows(limit);
            List<Long> seqs = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seqs.add(rs.getLong(1));
                }
            }
            for (ActionEntry e : JdbcActionLog.entries(c, seqs)) {
                out.add(HistoryEntryView.of(e, e.username()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the action log", e);
        }
        return out;
    }

    /** A document's history, oldest first, for those who may see the document. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public List<HistoryEntryView> history(long documentId) {
        User me = users.current();
        IncomingDocument d = em.find(IncomingDocument.class, documentId);
        if (d == null || !visibility.canView(me, d)) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "document.notFound");
        }
        List<ActionEntry> entries;
        try (Connection c = dataSource.getConnection()) {
            entries = JdbcActionLog.history(c, INCOMING, documentId);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the action log", e);
        }
        Map<Long, String> names = new HashMap<>();
        return entries.stream().map(e -> HistoryEntryView.of(e, e.userId() == null ? e.username()
                : names.computeIfAbsent(e.userId(), id -> {
                    User u = em.find(User.class, id);
                    return u == null ? e.username() : u.fullName();
                }))).toList();
    }

    /** A dossier's history (created, documents added and removed, closed, reopened, exported), for those who may see it. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public List<HistoryEntryView> dossierHistory(long dossierId) {
        User me = users.current();
        Dossier d = em.find(Dossier.class, dossierId);
        if (d == null || !DossierAccess.canView(me, d)) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "dossier.notFound");
        }
        return entries(DOSSIER, dossierId);
    }

    private List<HistoryEntryView> entries(String kind, long id) {
        List<ActionEntry> entries;
        try (Connection c = dataSource.getConnection()) {
            entries = JdbcActionLog.history(c, kind, id);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the action log", e);
        }
        Map<Long, String> names = new HashMap<>();
        return entries.stream().map(e -> HistoryEntryView.of(e, e.userId() == null ? e.username()
                : names.computeIfAbsent(e.userId(), uid -> {
                    User u = em.find(User.class, uid);
                    return u == null ? e.username() : u.fullName();
                }))).toList();
    }

    /** Walks the whole chain and names the first broken entry (administrators). */
    @RolesAllowed(Role.Names.ADMIN)
    public ChainCheckView verifyChain() {
        HashChain.Report r;
        try (Connection c = dataSource.getConnection()) {
            r = JdbcActionLog.verify(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the action log", e);
        }
        if (!r.intact()) {
            LOG.severe(() -> "Action log broken at entry " + r.brokenSeq() + ": " + r.reason());
        }
        return ChainCheckView.of(r);
    }
}
