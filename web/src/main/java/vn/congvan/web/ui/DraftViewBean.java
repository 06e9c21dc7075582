package vn.congvan.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.Problem;
import vn.congvan.application.common.Settings;
import vn.congvan.application.common.VietnamTime;
import vn.congvan.application.drafting.DraftCommands;
import vn.congvan.application.drafting.DraftView;
import vn.congvan.application.drafting.DraftingService;
import vn.congvan.domain.model.attachment.ContentStore;
import vn.congvan.domain.model.attachment.ContentTooLargeException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A draft's page: what it is, its versions beside the thread of every action and comment, the opinions,
 * and the forms of the steps the user may take now (upload a version, ask opinions, answer, submit,
 * approve, return, forward, approve and sign, issue, recall).
 */
@Named
@ViewScoped
public class DraftViewBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    @EJB
    private DraftingService drafting;
    @Inject
    private ContentStore contentStore;
    @Inject
    private Settings settings;

    private Long id;
    private DraftView draft;
    private List<DraftView.Candidate> nextReviewers = List.of();
    private List<DraftView.Candidate> sameStep = List.of();
    private List<DraftView.Candidate> colleagues = List.of();

    private transient UploadedFile file;
    private String note;
    private List<Long> opinionUsers = new ArrayList<>();
    private String question;
    private String answer = "AGREE";
    private String answerComment;
    private Long reviewerId;
    private Long forwardTo;
    private String comment;
    private String secret;
    private String accessToken;
    private Integer issuedAmount;
    private String reason;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            draft = drafting.get(id);
            nextReviewers = draft.can("submit") || draft.can("approve") ? drafting.candidates(id, false) : List.of();
            sameStep = draft.can("forward") ? drafting.candidates(id, true) : List.of();
            colleagues = draft.can("opinions") ? drafting.colleagues() : List.of();
            if (reviewerId == null && !nextReviewers.isEmpty()) {
                reviewerId = nextReviewers.get(0).id();
            }
        } catch (ApplicationProblemException e) {
            draft = null;
            Ui.show(e, "draft");
        }
    }

    private String act(String formId, String doneKey, Supplier<DraftView> step) {
        try {
            draft = step.get();
            Ui.info(Ui.text(doneKey));
            comment = null;
            secret = null;
            accessToken = null;
            load();
            return null;
        } catch (ApplicationProblemException e) {
            Ui.show(e, formId);
            return null;
        }
    }

    public String upload() {
        if (file == null || file.getSize() == 0) {
            Ui.show(ApplicationProblemException.invalid(FieldError.of("file", "validation.file.required")), "version-form");
            return null;
        }
        try (InputStream in = file.getInputStream();
             ContentStore.StagedFile staged = contentStore.stage(in, settings.maxUploadBytes())) {
            String result = act("version-form", "draft.done.version", () -> drafting.addVersion(id,
                    new vn.congvan.application.registration.UploadedFile(file.getFileName(), file.getContentType(), staged),
                    note));
            note = null;
            return result;
        } catch (ContentTooLargeException e) {
            Ui.show(new ApplicationProblemException(Problem.PAYLOAD_TOO_LARGE, "error.payloadTooLarge",
                    String.valueOf(settings.maxUploadBytes() / 1024 / 1024)), "version-form");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String askOpinions() {
        return act("opinion-form", "draft.done.opinions",
                () -> drafting.askOpinions(id, new DraftCommands.AskOpinions(opinionUsers, question)));
    }

    public String answerOpinion() {
        long mine = draft.myOpenOpinionId() == null ? -1L : draft.myOpenOpinionId();
        return act("answer-form", "draft.done.answer",
                () -> drafting.answerOpinion(id, mine, new DraftCommands.Answer(answer, answerComment)));
    }

    public String submit() {
        return act("submit-form", "draft.done.submit", () -> drafting.submit(id, new DraftCommands.Review(reviewerId, comment)));
    }

    public String approve() {
        return act("approve-form", "draft.done.approve", () -> drafting.approve(id, new DraftCommands.Review(reviewerId, comment)));
    }

    public String returnToAuthor() {
        return act("return-form", "draft.done.return", () -> drafting.returnToAuthor(id, new DraftCommands.Return(comment)));
    }

    public String forward() {
        return act("forward-form", "draft.done.forward", () -> drafting.forward(id, new DraftCommands.Forward(forwardTo, comment)));
    }

    public String sign() {
        String result = act("sign-form", "draft.done.sign",
                () -> drafting.approveAndSign(id, new DraftCommands.Sign(secret, accessToken, comment)));
        if (draft != null && "AWAITING_SIGNATURE".equals(draft.status())) {
            Ui.info(Ui.text("draft.awaitingSignature"));
        }
        return result;
    }

    public String issue() {
        return act("issue-form", "draft.done.issue",
                () -> drafting.issue(id, new DraftCommands.Issue(null, secret, accessToken, issuedAmount, null)));
    }

    public String recall() {
        return act("recall-form", "draft.done.recall", () -> drafting.recall(id, new DraftCommands.Recall(reason)));
    }

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(VietnamTime.ZONE));
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public DraftView getDraft() { return draft; }
    public List<DraftView.Candidate> getNextReviewers() { return nextReviewers; }
    public List<DraftView.Candidate> getSameStep() { return sameStep; }
    public List<DraftView.Candidate> getColleagues() { return colleagues; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile v) { file = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public List<Long> getOpinionUsers() { return opinionUsers; }
    public void setOpinionUsers(List<Long> v) { opinionUsers = v == null ? new ArrayList<>() : v; }
    public String getQuestion() { return question; }
    public void setQuestion(String v) { question = v; }
    public String getAnswer() { return answer; }
    public void setAnswer(String v) { answer = v; }
    public String getAnswerComment() { return answerComment; }
    public void setAnswerComment(String v) { answerComment = v; }
    public Long getReviewerId() { return reviewerId; }
    public void setReviewerId(Long v) { reviewerId = v; }
    public Long getForwardTo() { return forwardTo; }
    public void setForwardTo(Long v) { forwardTo = v; }
    public String getComment() { return comment; }
    public void setComment(String v) { comment = v; }
    public String getSecret() { return secret; }
    public void setSecret(String v) { secret = v; }
    public String getAccessToken() { return accessToken; }
    public void setAccessToken(String v) { accessToken = v; }
    public Integer getIssuedAmount() { return issuedAmount; }
    public void setIssuedAmount(Integer v) { issuedAmount = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
