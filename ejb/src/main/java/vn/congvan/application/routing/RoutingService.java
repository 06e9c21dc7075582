package vn.congvan.application.routing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.audit.AuditService;
import vn.congvan.application.calendar.CalendarService;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.CommandValidator;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.common.VietnamTime;
import vn.congvan.application.events.IncomingStatusChanged;
import vn.congvan.application.events.NotificationKind;
import vn.congvan.application.events.NotificationRequested;
import vn.congvan.application.notification.UrgentArrivals;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.domain.model.agency.Department;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.audit.AuditAction;
import vn.congvan.domain.model.document.DocumentKind;
import vn.congvan.domain.model.incoming.IncomingDocument;
import vn.congvan.domain.model.outgoing.OutgoingAccess;
import vn.congvan.domain.model.outgoing.OutgoingDocument;
import vn.congvan.domain.model.routing.Assignment;
import vn.congvan.domain.model.routing.AssignmentPart;
import vn.congvan.domain.model.routing.AssignmentState;
import vn.congvan.domain.model.routing.IllegalRoutingStep;
import vn.congvan.domain.model.routing.Routing;
import vn.congvan.domain.model.routing.RoutingState;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Routing of incoming documents: the transaction and security boundary of every step. The entities
 * refuse steps their state does not allow (409); this service refuses callers who may not take a step
 * (403: wrong role, someone else's task) and bad values (422: unknown people, a deadline in the past).
 * Every step is written to the action log (the document's timeline), tells the people concerned
 * ({@link NotificationRequested}) and, when the document's handling status changes, fires
 * {@link IncomingStatusChanged} (04 directed, 05 in progress, 06 done) — all in the step's transaction.
 */
@Stateless
public class RoutingService {

    private static final Logger LOG = Logger.getLogger(RoutingService.class.getName());
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditService audit;

    @EJB
    private CalendarService calendars;

    @Inject
    private CommandValidator validator;

    @Inject
    private IncomingVisibility visibility;

    @Inject
    private Event<NotificationRequested> notifications;

    @Inject
    private Event<IncomingStatusChanged> statusChanges;

    // ------------------------------------------------------------------ reading

    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public RoutingViews.RoutingView routing(long documentId) {
        User me = users.current();
        IncomingDocument d = visibility.visible(me, documentId);
        return view(me, d, routingOf(d));
    }

    /** Whom the caller may present to (leaders) or hand parts to (departments, people) in their agency. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public RoutingViews.Candidates candidates() {
        User me = users.current();
        List<User> all = em.createQuery("SELECT u FROM User u WHERE u.agency = :a AND u.active = true ORDER BY u.fullName",
                User.class).setParameter("a", me.agency()).getResultList();
        List<RoutingViews.Person> leaders = all.stream().filter(u -> u.hasRole(Role.LEADER)).map(RoutingService::person).toList();
        List<RoutingViews.Person> people = all.stream().filter(u -> u.department() != null).map(RoutingService::person).toList();
        List<RoutingViews.Department> departments = em.createNamedQuery("Department.findByAgency", Department.class)
                .setParameter("agency", me.agency()).getResultStream()
                .map(dep -> new RoutingViews.Department(dep.id(), dep.name())).toList();
        return new RoutingViews.Candidates(leaders, departments, people);
    }

    // ------------------------------------------------------------------ the document's steps

    /** Trình: the clerk presents a registered document to a leader of the agency. */
    @RolesAllowed(Role.Names.CLERK)
    public RoutingViews.RoutingView present(long documentId, RoutingCommands.Present command) {
        validator.check(command);
        User me = users.current();
        IncomingDocument d = lockedDocument(me, documentId);
        if (routingOf(d) != null) {
            throw new ApplicationProblemException(Problem.CONFLICT, "routing.alreadyPresented");
        }
        User leader = em.find(User.class, command.leaderId());
        if (leader == null || !leader.active() || !leader.agency().id().equals(me.agency().id())
                || !leader.hasRole(Role.LEADER)) {
            throw ApplicationProblemException.invalid(FieldError.of("leaderId", "routing.leader.unknown"));
        }
        if (!leader.clearance().covers(d.secrecy())) {
            throw ApplicationProblemException.invalid(FieldError.of("leaderId", "routing.notCleared", leader.fullName()));
        }
        Routing r = Routing.present(d, me, leader, blankToNull(command.note()), Instant.now());
        em.persist(r);
        em.flush();
        audit.record(AuditAction.PRESENTED, d, null, leader.fullName() + note(command.note()));
        notify(d, Set.of(leader.id()), NotificationKind.PRESENTED, blankToNull(command.note()), me);
        return view(me, d, r);
    }

    /** Bút phê: the leader the document was presented to gives out the parts. */
    @RolesAllowed(Role.Names.LEADER)
    public RoutingViews.RoutingView direct(long documentId, RoutingCommands.Direct command) {
        validator.check(command);
        User me = users.current();
        IncomingDocument d = lockedDocument(me, documentId);
        Routing r = routingOf(d);
        if (r == null || r.state() != RoutingState.PRESENTED) {
            throw new ApplicationProblemException(Problem.CONFLICT, "routing.notAwaitingDirection");
        }
        if (!r.presentedTo().id().equals(me.id())) {
            throw new ApplicationProblemException(Problem.FORBIDDEN, "routing.notPresentedToYou",
                    r.presentedTo().fullName());
        }
        LocalDate today = VietnamTime.today();
        List<Routing.Part> parts = parts(me, d, r, command.assignments(), today);
        List<Assignment> made = step(() -> r.direct(me, blankToNull(command.comment()), parts, Instant.now(), today));
        made.forEach(em::persist);
        em.flush();
        StringBuilder detail = new StringBuilder();
        for (Assignment a : made) {
            detail.append(detail.isEmpty() ? "" : "; ").append(describe(a));
        }
        if (command.comment() != null && !command.comment().isBlank()) {
            detail.append(" — ").append(command.comment().strip());
        }
        audit.record(AuditAction.DIRECTED, d, null, truncate(detail.toString()));
        for (Assignment a : made) {
            notify(d, holders(a), NotificationKind.ASSIGNED, assignedDetail(a), me);
        }
        status(d, "04", me, blankToNull(command.comment()));
        return view(me, d, r);
    }

    // ------------------------------------------------------------------ a part's steps

    /** A department head gives a part of their department to a person of the department. */
    @RolesAllowed(Role.Names.DEPT_HEAD)
    public RoutingViews.RoutingView reassign(long assignmentId, RoutingCommands.Reassign command) {
        validator.check(command);
        User me = users.current();
        Assignment a = assignment(me, assignmentId);
        if (me.department() == null || !me.department().id().equals(a.department().id())) {
            throw new ApplicationProblemException(Problem.FORBIDDEN, "routing.notYourDepartment");
        }
        if (!a.state().open()) {
            throw new ApplicationProblemException(Problem.CONFLICT, "routing.assignment.closed");
        }
        User person = em.find(User.class, command.userId());
        List<FieldError> errors = new ArrayList<>();
        if (person == null || !person.active() || person.department() == null
                || !person.department().id().equals(a.department().id())) {
            errors.add(FieldError.of("userId", "routing.person.notInDepartment"));
        } else if (!person.clearance().covers(a.document().secrecy())) {
            errors.add(FieldError.of("userId", "routing.notCleared", person.fullName()));
        }
        LocalDate today = VietnamTime.today();
        if (command.deadline() != null) {
            if (command.deadline().isBefore(today)) {
                errors.add(FieldError.of("deadline", "routing.deadline.past"));
            } else if (a.deadline() != null && command.deadline().isAfter(a.deadline())) {
                errors.add(FieldError.of("deadline", "routing.deadline.afterParent", a.deadline().format(DATE)));
            }
        }
        if (!errors.isEmpty()) {
            throw ApplicationProblemException.invalid(errors);
        }
        User before = a.assignee();
        act(() -> a.reassign(me, person, command.deadline(), blankToNull(command.comment())));
        em.flush();
        audit.record(AuditAction.REASSIGNED, a.document(), null, truncate(partName(a.part()) + ": "
                + (before == null ? a.department().name() : before.fullName()) + " → " + person.fullName()
                + deadlineText(a.deadline()) + note(command.comment())));
        notify(a.document(), Set.of(person.id()), NotificationKind.ASSIGNED, assignedDetail(a), me);
        status(a.document(), "04", me, blankToNull(command.comment()));
        return view(me, a.document(), a.routing());
    }

    /** Records progress; the document's first progress moves it to IN_PROGRESS (edXML 05). */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public RoutingViews.RoutingView progress(long assignmentId, RoutingCommands.Note command) {
        return holderStep(assignmentId, command, AuditAction.PROGRESS_RECORDED, NotificationKind.PROGRESS, "05",
                (a, text) -> a.recordProgress(text, Instant.now()));
    }

    /** Trả lại: the holder gives the part back with a reason. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public RoutingViews.RoutingView giveBack(long assignmentId, RoutingCommands.Note command) {
        return holderStep(assignmentId, command, AuditAction.ASSIGNMENT_RETURNED, NotificationKind.RETURNED, null,
                (a, reason) -> {
                    a.giveBack(reason, Instant.now());
                    return false;
                });
    }

    /** Gia hạn: the holder asks whoever set the deadline for a later one. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public RoutingViews.RoutingView requestExtension(long assignmentId, RoutingCommands.Extension command) {
        validator.check(command);
        User me = users.current();
        Assignment a = heldAssignment(me, assignmentId);
        if (a.state().open() && a.part() != AssignmentPart.INFORM && a.deadline() != null
                && a.extensionUntil() == null && !command.until().isAfter(a.deadline())) {
            throw ApplicationProblemException.invalid(FieldError.of("until", "routing.extension.notLater",
                    a.deadline().format(DATE)));
        }
        String reason = command.reason().strip();
        act(() -> a.requestExtension(command.until(), reason));
        em.flush();
        String detail = command.until().format(DATE) + " — " + reason;
        audit.record(AuditAction.EXTENSION_REQUESTED, a.document(), null, truncate(partName(a.part()) + ": " + detail));
        notify(a.document(), Set.of(a.deadlineSetBy().id()), NotificationKind.EXTENSION_REQUESTED, detail, me);
        return view(me, a.document(), a.routing());
    }

    /** Whoever set the deadline grants or refuses the pending extension. */
    @RolesAllowed({Role.Names.LEADER, Role.Names.DEPT_HEAD})
    public RoutingViews.RoutingView decideExtension(long assignmentId, RoutingCommands.Decision command) {
        validator.check(command);
        User me = users.current();
        Assignment a = assignment(me, assignmentId);
        if (!a.deadlineSetBy().id().equals(me.id())) {
            throw new ApplicationProblemException(Problem.FORBIDDEN, "routing.notDeadlineSetter",
                    a.deadlineSetBy().fullName());
        }
        LocalDate asked = a.extensionUntil();
        boolean grant = command.grant();
        act(() -> a.decideExtension(grant));
        em.flush();
        String detail = (grant ? "Đồng ý gia hạn đến " : "Không đồng ý gia hạn đến ") + asked.format(DATE)
                + note(command.comment());
        audit.record(grant ? AuditAction.EXTENSION_GRANTED : AuditAction.EXTENSION_REFUSED, a.document(), null,
                truncate(partName(a.part()) + ": " + detail));
        notify(a.document(), holders(a), NotificationKind.EXTENSION_DECIDED, detail, me);
        return view(me, a.document(), a.routing());
    }

    /** Links the reply: an outgoing document of the agency the holder may see. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public RoutingViews.RoutingView linkReply(long assignmentId, RoutingCommands.Reply command) {
        validator.check(command);
        User me = users.current();
        Assignment a = heldAssignment(me, assignmentId);
        OutgoingDocument reply = em.find(OutgoingDocument.class, command.outgoingId());
        if (reply == null || !OutgoingAccess.canView(me, reply)) {
            throw ApplicationProblemException.invalid(FieldError.of("outgoingId", "routing.reply.unknown"));
        }
        act(() -> a.linkReply(reply.id()));
        em.flush();
        audit.record(AuditAction.REPLY_LINKED, a.document(), null, truncate(reply.numberAndNotation() + " — " + reply.subject()));
        return view(me, a.document(), a.routing());
    }

    /** Hoàn thành: the holder finishes the part with its result; the lead part finishes the document (edXML 06). */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public RoutingViews.RoutingView finish(long assignmentId, RoutingCommands.Note command) {
        return holderStep(assignmentId, command, AuditAction.ASSIGNMENT_DONE, NotificationKind.DONE, "06",
                (a, result) -> {
                    a.finish(result, Instant.now(), VietnamTime.today());
                    return a.part() == AssignmentPart.LEAD;
                });
    }

    /**
     * A step of the part's holder with a text (progress, reason, result): the step, its action-log entry, the
     * people who follow the part told, and the status event when the step says the document's status changed.
     */
    private RoutingViews.RoutingView holderStep(long assignmentId, RoutingCommands.Note command, AuditAction action,
                                                NotificationKind kind, String statusCode,
                                                BiPredicate<Assignment, String> step) {
        validator.check(command);
        User me = users.current();
        Assignment a = heldAssignment(me, assignmentId);
        String text = command.text().strip();
        boolean statusChanged = step(() -> step.test(a, text));
        em.flush();
        audit.record(action, a.document(), null, truncate(partName(a.part()) + ": " + text));
        notify(a.document(), overseers(a, me), kind, text, me);
        if (statusChanged && statusCode != null) {
            status(a.document(), statusCode, me, text);
        }
        return view(me, a.document(), a.routing());
    }

    // ------------------------------------------------------------------ helpers

    private IncomingDocument lockedDocument(User me, long documentId) {
        IncomingDocument d = visibility.visible(me, documentId);
        em.lock(d, LockModeType.PESSIMISTIC_WRITE);
        refuseIfRecalled(d);
        return d;
    }

    /** A copy whose outgoing original was recalled (thu hồi) is frozen: no routing step any more. */
    private static void refuseIfRecalled(IncomingDocument d) {
        if (d.recalled()) {
            throw new ApplicationProblemException(Problem.CONFLICT, "routing.recalled", d.recallReason());
        }
    }

    Routing routingOf(IncomingDocument d) {
        return em.createNamedQuery("Routing.byDocument", Routing.class).setParameter("document", d)
                .getResultStream().findFirst().orElse(null);
    }

    /** The part, if the caller may see its document (404 otherwise); its document is locked for the step. */
    private Assignment assignment(User me, long assignmentId) {
        Assignment a = em.find(Assignment.class, assignmentId);
        if (a == null || !visibility.canView(me, a.document())) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "routing.assignment.notFound");
        }
        em.lock(a.document(), LockModeType.PESSIMISTIC_WRITE);
        refuseIfRecalled(a.document());
        em.refresh(a);
        return a;
    }

    /** The part, if the caller holds it (403 otherwise). */
    private Assignment heldAssignment(User me, long assignmentId) {
        Assignment a = assignment(me, assignmentId);
        if (!holds(me, a)) {
            throw new ApplicationProblemException(Problem.FORBIDDEN, "routing.notYourTask");
        }
        return a;
    }

    /** The person it was given to; while it is a department's, the heads of that department. */
    static boolean holds(User me, Assignment a) {
        if (a.assignee() != null) {
            return a.assignee().id().equals(me.id());
        }
        return me.hasRole(Role.DEPT_HEAD) && me.department() != null && me.department().id().equals(a.department().id());
    }

    /** Who is told about a part given out: the person, else the heads of the department. */
    @jakarta.annotation.security.PermitAll
    public Set<Long> holders(Assignment a) {
        if (a.assignee() != null) {
            return Set.of(a.assignee().id());
        }
        return new HashSet<>(em.createQuery("SELECT u.id FROM User u JOIN u.roles r WHERE u.department = :dep"
                        + " AND u.active = true AND r = :head", Long.class)
                .setParameter("dep", a.department()).setParameter("head", Role.DEPT_HEAD).getResultList());
    }

    /** Who follows a part: whoever gave it, set its deadline, and the leader who directed the document. */
    private static Set<Long> overseers(Assignment a, User me) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(a.assignedBy().id());
        ids.add(a.deadlineSetBy().id());
        if (a.routing().directedBy() != null) {
            ids.add(a.routing().directedBy().id());
        }
        ids.remove(me.id());
        return ids;
    }

    private List<Routing.Part> parts(User me, IncomingDocument d, Routing r, List<RoutingCommands.PartInput> inputs,
                                     LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        List<Routing.Part> parts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int leads = (int) r.assignments().stream().filter(a -> a.part() == AssignmentPart.LEAD && a.state().open()).count();
        for (int i = 0; i < inputs.size(); i++) {
            RoutingCommands.PartInput in = inputs.get(i);
            String field = "assignments[" + i + "]";
            if (in == null) {
                errors.add(FieldError.of(field, "validation.required"));
                continue;
            }
            AssignmentPart part = AssignmentPart.valueOf(in.part());
            if (part == AssignmentPart.LEAD) {
                leads++;
            }
            User user = null;
            Department dep = null;
            if (in.userId() != null) {
                user = em.find(User.class, in.userId());
                if (user == null || !user.active() || !user.agency().id().equals(me.agency().id()) || user.department() == null) {
                    errors.add(FieldError.of(field + ".userId", "routing.person.unknown"));
                    continue;
                }
                if (!user.clearance().covers(d.secrecy())) {
                    errors.add(FieldError.of(field + ".userId", "routing.notCleared", user.fullName()));
                    continue;
                }
                dep = user.department();
                if (in.departmentId() != null && !in.departmentId().equals(dep.id())) {
                    errors.add(FieldError.of(field + ".departmentId", "routing.person.notInDepartment"));
                    continue;
                }
            } else if (in.departmentId() != null) {
                dep = em.find(Department.class, in.departmentId());
                if (dep == null || !dep.active() || !dep.agency().id().equals(me.agency().id())) {
                    errors.add(FieldError.of(field + ".departmentId", "validation.department.unknown"));
                    continue;
                }
            } else {
                errors.add(FieldError.of(field, "routing.assignee.required"));
                continue;
            }
            String key = user != null ? "u" + user.id() : "d" + dep.id();
            if (!seen.add(key)) {
                errors.add(FieldError.of(field, "routing.assignee.duplicate", user != null ? user.fullName() : dep.name()));
                continue;
            }
            LocalDate deadline = in.deadline();
            if (deadline == null && part != AssignmentPart.INFORM && d.dueDate() != null && !d.dueDate().isBefore(today)) {
                deadline = d.dueDate();
            }
            if (deadline != null && deadline.isBefore(today)) {
                errors.add(FieldError.of(field + ".deadline", "routing.deadline.past"));
                continue;
            }
            parts.add(new Routing.Part(part, user, dep, deadline, blankToNull(in.comment())));
        }
        if (errors.isEmpty() && leads != 1) {
            errors.add(FieldError.of("assignments", "routing.oneLead"));
        }
        if (!errors.isEmpty()) {
            throw ApplicationProblemException.invalid(errors);
        }
        return parts;
    }

    private static void act(Runnable step) {
        step(() -> {
            step.run();
            return null;
        });
    }

    /** Runs a step of the state machine; a step its state does not allow is a 409 and changes nothing. */
    private static <T> T step(Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalRoutingStep e) {
            throw new ApplicationProblemException(Problem.CONFLICT, e.messageKey());
        }
    }

    private void notify(IncomingDocument d, Set<Long> recipients, NotificationKind kind, String detail, User actor) {
        Set<Long> to = new HashSet<>(recipients);
        to.remove(actor.id());
        if (to.isEmpty()) {
            return;
        }
        notifications.fire(new NotificationRequested(d.agency().id(), to, kind, DocumentKind.INCOMING, d.id(),
                UrgentArrivals.title(d), detail, actor.id(), d.priority().urgent()));
    }

    private void status(IncomingDocument d, String code, User actor, String comment) {
        statusChanges.fire(new IncomingStatusChanged(d.id(), code, actor.fullName(),
                actor.department() == null ? null : actor.department().name(), comment, Instant.now()));
        LOG.fine(() -> "Incoming " + d.id() + " status " + code + " by " + actor.username());
    }

    RoutingViews.RoutingView view(User me, IncomingDocument d, Routing r) {
        LocalDate today = VietnamTime.today();
        List<String> actions = new ArrayList<>();
        if (r == null) {
            if (me.hasRole(Role.CLERK)) {
                actions.add("PRESENT");
            }
            return new RoutingViews.RoutingView(d.id(), "NONE", d.priority().urgent(), null, null, null, null, null,
                    null, null, proposedDeadline(d, today), actions, List.of());
        }
        if (r.state() == RoutingState.PRESENTED && me.hasRole(Role.LEADER) && r.presentedTo().id().equals(me.id())) {
            actions.add("DIRECT");
        }
        List<RoutingViews.AssignmentView> parts = r.assignments().stream().map(a -> assignmentView(me, a, today)).toList();
        return new RoutingViews.RoutingView(d.id(), r.state().name(), d.priority().urgent(), person(r.presentedBy()),
                person(r.presentedTo()), r.presentedAt(), r.presentationNote(),
                r.directedBy() == null ? null : person(r.directedBy()), r.directedAt(), r.direction(),
                proposedDeadline(d, today), actions, parts);
    }

    private RoutingViews.AssignmentView assignmentView(User me, Assignment a, LocalDate today) {
        List<String> actions = new ArrayList<>();
        boolean open = a.state().open();
        if (open && a.state() == AssignmentState.ASSIGNED && me.hasRole(Role.DEPT_HEAD) && me.department() != null
                && me.department().id().equals(a.department().id())) {
            actions.add("REASSIGN");
        }
        if (holds(me, a)) {
            if (open && a.part() != AssignmentPart.INFORM) {
                actions.add("PROGRESS");
                if (a.deadline() != null && a.extensionUntil() == null) {
                    actions.add("EXTENSION");
                }
            }
            if (open) {
                actions.add("RETURN");
            }
            if (a.state() != AssignmentState.RETURNED && a.part() != AssignmentPart.INFORM) {
                actions.add("REPLY");
            }
            if (open) {
                actions.add("DONE");
            }
        }
        if (a.extensionUntil() != null && a.deadlineSetBy().id().equals(me.id())) {
            actions.add("DECIDE_EXTENSION");
        }
        String replyNotation = null;
        if (a.replyOutgoingId() != null) {
            OutgoingDocument o = em.find(OutgoingDocument.class, a.replyOutgoingId());
            replyNotation = o == null ? null : o.numberAndNotation();
        }
        return new RoutingViews.AssignmentView(a.id(), a.document().id(), a.part().name(), a.state().name(),
                a.assignee() == null ? null : a.assignee().id(), a.assignee() == null ? null : a.assignee().fullName(),
                a.department().id(), a.department().name(), a.deadline(), a.overdueOn(today), a.comment(),
                a.assignedBy().fullName(), a.assignedAt(), a.deadlineSetBy().fullName(), a.progressNote(),
                a.progressAt(), a.extensionUntil(), a.extensionReason(), a.replyOutgoingId(), replyNotation,
                a.result(), a.doneAt(), a.returnReason(), actions);
    }

    private LocalDate proposedDeadline(IncomingDocument d, LocalDate today) {
        if (d.dueDate() != null && !d.dueDate().isBefore(today)) {
            return d.dueDate();
        }
        int days = RoutingSettings.defaultWorkingDays();
        return calendars.calendar(d.agency().id(), today, today.plusDays(days * 3L + 30)).plusWorkingDays(today, days);
    }

    static RoutingViews.Person person(User u) {
        return new RoutingViews.Person(u.id(), u.username(), u.fullName(), u.positionTitle(),
                u.department() == null ? null : u.department().id(), u.department() == null ? null : u.department().name());
    }

    static String partName(AssignmentPart p) {
        return switch (p) {
            case LEAD -> "Xử lý chính";
            case COOPERATE -> "Phối hợp";
            case INFORM -> "Nhận để biết";
        };
    }

    private static String describe(Assignment a) {
        return partName(a.part()) + ": " + (a.assignee() != null ? a.assignee().fullName() + " (" + a.department().name() + ")"
                : a.department().name()) + deadlineText(a.deadline());
    }

    private static String assignedDetail(Assignment a) {
        return partName(a.part()) + deadlineText(a.deadline()) + note(a.comment());
    }

    static String deadlineText(LocalDate deadline) {
        return deadline == null ? "" : " · hạn " + deadline.format(DATE);
    }

    private static String note(String s) {
        return s == null || s.isBlank() ? "" : " — " + s.strip();
    }

    private static String truncate(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 999) + "…";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
