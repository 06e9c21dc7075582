package vn.congvan.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.routing.RoutingCommands;
import vn.congvan.application.routing.RoutingService;
import vn.congvan.application.routing.RoutingViews;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The "Xử lý văn bản" card of an incoming document's page: present to a leader, direct (bút phê), and each
 * part's steps (re-assign, progress, extension and its decision, reply, return, done). Shows only the steps
 * the service says the user may take; a refused step shows the service's message and changes nothing.
 */
@Named
@ViewScoped
public class IncomingRoutingBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String USER = "u:";
    static final String DEPARTMENT = "d:";

    @EJB
    private RoutingService service;

    private RoutingViews.RoutingView routing;
    private RoutingViews.Candidates candidates;

    // present
    private Long leaderId;
    private String note;
    // direct
    private String lead;
    private LocalDate leadDeadline;
    private List<String> cooperating = new ArrayList<>();
    private LocalDate cooperatingDeadline;
    private List<String> informed = new ArrayList<>();
    private String direction;
    // a part's step
    private String text;
    private LocalDate date;
    private Long personId;
    private Long outgoingId;

    public RoutingViews.RoutingView routing(long documentId) {
        if (routing == null || routing.documentId() != documentId) {
            try {
                routing = service.routing(documentId);
                if (leadDeadline == null) {
                    leadDeadline = routing.proposedDeadline();
                    cooperatingDeadline = routing.proposedDeadline();
                }
            } catch (ApplicationProblemException e) {
                return null;
            }
        }
        return routing;
    }

    public RoutingViews.Candidates getCandidates() {
        if (candidates == null) {
            candidates = service.candidates();
        }
        return candidates;
    }

    /** People and departments as one list of choices: "d:12" a department, "u:34" a person. */
    public List<Choice> getTargets() {
        List<Choice> out = new ArrayList<>();
        for (RoutingViews.Department d : getCandidates().departments()) {
            out.add(new Choice(DEPARTMENT + d.id(), d.name()));
        }
        for (RoutingViews.Person p : getCandidates().people()) {
            out.add(new Choice(USER + p.id(), p.fullName() + " — " + p.departmentName()));
        }
        return out;
    }

    /** The people of the department a part was given to (for its head's re-assignment). */
    public List<RoutingViews.Person> peopleOf(long departmentId) {
        return getCandidates().people().stream().filter(p -> p.departmentId() != null && p.departmentId() == departmentId).toList();
    }

    public record Choice(String value, String label) implements Serializable {
    }

    public String present(long documentId) {
        return run(documentId, "routing.ui.presented", () -> service.present(documentId, new RoutingCommands.Present(leaderId, note)));
    }

    public String direct(long documentId) {
        List<RoutingCommands.PartInput> parts = new ArrayList<>();
        if (lead != null && !lead.isBlank()) {
            parts.add(part("LEAD", lead, leadDeadline));
        }
        for (String c : cooperating) {
            parts.add(part("COOPERATE", c, cooperatingDeadline));
        }
        for (String i : informed) {
            parts.add(part("INFORM", i, null));
        }
        return run(documentId, "routing.ui.directed", () -> service.direct(documentId, new RoutingCommands.Direct(direction, parts)));
    }

    private static RoutingCommands.PartInput part(String part, String target, LocalDate deadline) {
        Long id = Long.valueOf(target.substring(2));
        return target.startsWith(USER) ? new RoutingCommands.PartInput(part, id, null, deadline, null)
                : new RoutingCommands.PartInput(part, null, id, deadline, null);
    }

    public String reassign(long documentId, long assignmentId) {
        return run(documentId, "routing.ui.reassigned", () -> service.reassign(assignmentId, new RoutingCommands.Reassign(personId, date, text)));
    }

    public String progress(long documentId, long assignmentId) {
        return run(documentId, "routing.ui.progress", () -> service.progress(assignmentId, new RoutingCommands.Note(text)));
    }

    public String giveBack(long documentId, long assignmentId) {
        return run(documentId, "routing.ui.returned", () -> service.giveBack(assignmentId, new RoutingCommands.Note(text)));
    }

    public String requestExtension(long documentId, long assignmentId) {
        return run(documentId, "routing.ui.extensionRequested",
                () -> service.requestExtension(assignmentId, new RoutingCommands.Extension(date, text)));
    }

    public String decideExtension(long documentId, long assignmentId, boolean grant) {
        return run(documentId, "routing.ui.extensionDecided",
                () -> service.decideExtension(assignmentId, new RoutingCommands.Decision(grant, text)));
    }

    public String linkReply(long documentId, long assignmentId) {
        return run(documentId, "routing.ui.replyLinked", () -> service.linkReply(assignmentId, new RoutingCommands.Reply(outgoingId)));
    }

    public String finish(long documentId, long assignmentId) {
        return run(documentId, "routing.ui.done", () -> service.finish(assignmentId, new RoutingCommands.Note(text)));
    }

    /** Runs a step; done: back to the document's page (a new view, so its history shows the step too). */
    private String run(long documentId, String doneKey, Supplier<RoutingViews.RoutingView> step) {
        try {
            step.get();
            Ui.info(Ui.text(doneKey));
            return "/app/incoming/view.xhtml?faces-redirect=true&id=" + documentId;
        } catch (ApplicationProblemException e) {
            Ui.show(e, "routing");
            routing = null;
            routing(documentId);
            return null;
        }
    }

    public Long getLeaderId() { return leaderId; }
    public void setLeaderId(Long leaderId) { this.leaderId = leaderId; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getLead() { return lead; }
    public void setLead(String lead) { this.lead = lead; }
    public LocalDate getLeadDeadline() { return leadDeadline; }
    public void setLeadDeadline(LocalDate leadDeadline) { this.leadDeadline = leadDeadline; }
    public List<String> getCooperating() { return cooperating; }
    public void setCooperating(List<String> cooperating) { this.cooperating = cooperating == null ? new ArrayList<>() : cooperating; }
    public LocalDate getCooperatingDeadline() { return cooperatingDeadline; }
    public void setCooperatingDeadline(LocalDate d) { this.cooperatingDeadline = d; }
    public List<String> getInformed() { return informed; }
    public void setInformed(List<String> informed) { this.informed = informed == null ? new ArrayList<>() : informed; }
    public String getDirection() { return direction; }
    public void setDirection(String direction) { this.direction = direction; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public Long getOutgoingId() { return outgoingId; }
    public void setOutgoingId(Long outgoingId) { this.outgoingId = outgoingId; }
}
