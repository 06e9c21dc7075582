package vn.congvan.application.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.common.FieldError;
import vn.congvan.application.common.JpqlCondition;
import vn.congvan.application.common.Problem;
import vn.congvan.application.outgoing.OutgoingVisibility;
import vn.congvan.application.routing.IncomingVisibility;
import vn.congvan.application.security.UserDirectory;
import vn.congvan.domain.model.agency.Role;
import vn.congvan.domain.model.agency.User;
import vn.congvan.domain.model.incoming.IncomingDocument;
import vn.congvan.domain.model.outgoing.OutgoingAccess;
import vn.congvan.domain.model.outgoing.OutgoingDocument;
import vn.congvan.domain.model.outgoing.OutgoingStatus;
import vn.congvan.application.common.VietnamTime;
import vn.congvan.domain.model.register.Register;
import vn.congvan.domain.model.register.RegisterAccess;
import vn.congvan.domain.model.register.RegisterBook;
import vn.congvan.infrastructure.reporting.PdfRegisterRenderer;
import vn.congvan.infrastructure.reporting.RegisterFonts;
import vn.congvan.infrastructure.reporting.XlsxRegisterRenderer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Printing the registers of ND30 Phụ lục IV (in sổ) for a date range, as PDF or XLSX. Printing is the
 * clerk's view of the whole register; anyone else who asks gets the register trimmed to what they may see:
 * incoming books with the rule of opening a document ({@link IncomingVisibility}, in the query), the
 * outgoing book with {@link OutgoingAccess} (as {@link OutgoingVisibility}, in the query).
 */
@Stateless
public class RegisterPrintService {

    private static final Logger LOG = Logger.getLogger(RegisterPrintService.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @Inject
    private IncomingVisibility visibility;

    /**
     * @param book   {@code incoming}, {@code outgoing} or {@code follow-up}; {@code null}: the register's own book
     * @param from   first day (yyyy-MM-dd, inclusive); {@code null}: 1 January of the register's year
     * @param to     last day (inclusive); {@code null}: 31 December of the register's year
     * @param format {@code pdf} or {@code xlsx}; {@code null}: pdf
     */
    @RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.DEPT_HEAD, Role.Names.SPECIALIST, Role.Names.ADMIN})
    public PrintedRegister print(long registerId, String book, String from, String to, String format) {
        User me = users.current();
        Register register = em.find(Register.class, registerId);
        // a secret register is not disclosed to a user who is not cleared for secret documents
        if (register == null || !RegisterAccess.mayRead(me, register)) {
            throw new ApplicationProblemException(Problem.NOT_FOUND, "register.notFound");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate first = date("from", from, LocalDate.of(register.year(), 1, 1), errors);
        LocalDate last = date("to", to, LocalDate.of(register.year(), 12, 31), errors);
        String fmt = format == null || format.isBlank() ? "pdf" : format.strip().toLowerCase(Locale.ROOT);
        if (!fmt.equals("pdf") && !fmt.equals("xlsx")) {
            errors.add(FieldError.of("format", "print.format.unknown", format));
        }
        RegisterBook b = book == null || book.isBlank() ? RegisterBook.registrationBookOf(register.kind())
                : RegisterBook.bySlug(book.strip().toLowerCase(Locale.ROOT));
        if (b == null) {
            errors.add(FieldError.of("book", "print.book.unknown", book));
        } else if (b.registerKind() != register.kind()) {
            errors.add(FieldError.of("book", "print.book.wrongKind", b.slug()));
        }
        if (first != null && last != null && first.isAfter(last)) {
            errors.add(FieldError.of("from", "print.range.reversed", DAY.format(first), DAY.format(last)));
        }
        if (!errors.isEmpty()) {
            throw ApplicationProblemException.invalid(errors);
        }

        RegisterSheet sheet = new RegisterSheet(b, me.agency().name(), register.name(), register.year(), first, last,
                rows(me, register, b, first, last));
        String base = "so-" + b.slug() + "-" + register.year() + "-" + first + "-" + last;
        try {
            return fmt.equals("pdf")
                    ? new PrintedRegister(PdfRegisterRenderer.render(sheet), PDF, base + ".pdf")
                    : new PrintedRegister(XlsxRegisterRenderer.render(sheet), XLSX, base + ".xlsx");
        } catch (RegisterFonts.MissingFontException e) {
            LOG.log(Level.SEVERE, e.getMessage());
            throw new ApplicationProblemException(Problem.SERVER_ERROR, "print.fontMissing", e.font());
        }
    }

    private List<List<String>> rows(User me, Register register, RegisterBook book, LocalDate from, LocalDate to) {
        if (book == RegisterBook.OUTGOING) {
            return outgoingRows(me, register, from, to);
        }
        // the rule of the register listing and of opening a document (IncomingVisibility), within the date range
        JpqlCondition visible = visibility.condition(me, "d");
        List<IncomingDocument> docs = visible.bind(em.createQuery("SELECT d FROM IncomingDocument d"
                        + " WHERE d.register = :register AND d.arrivalDate BETWEEN :from AND :to AND " + visible.jpql()
                        + " ORDER BY d.arrivalNumber", IncomingDocument.class))
                .setParameter("register", register).setParameter("from", from).setParameter("to", to)
                .getResultList();
        List<List<String>> rows = new ArrayList<>();
        for (IncomingDocument d : docs) {
            String recipient = d.recipientDepartment() == null ? "" : d.recipientDepartment().name();
            String typeAndSubject = d.documentType().nameVi() + ": " + d.subject();
            rows.add(book == RegisterBook.INCOMING
                    ? List.of(day(d.arrivalDate()), Long.toString(d.arrivalNumber()), d.organName(), d.numberAndNotation(),
                            day(d.issuedDate()), typeAndSubject, recipient, "", "", text(d.description()))
                    : List.of(Long.toString(d.arrivalNumber()),
                            d.documentType().nameVi() + (d.numberAndNotation().isEmpty() ? "" : " số " + d.numberAndNotation())
                                    + " ngày " + day(d.issuedDate()) + " của " + d.organName() + ": " + d.subject(),
                            recipient, day(d.dueDate()), "", "", text(d.description())));
        }
        return rows;
    }

    /**
     * Sổ đăng ký văn bản đi: số, ký hiệu · ngày tháng · tên loại và trích yếu · người ký · nơi nhận · đơn vị,
     * người nhận bản lưu · số lượng bản · ngày chuyển · ký nhận · ghi chú. A withdrawn document keeps its
     * line, marked withdrawn with the reason in the notes.
     */
    private List<List<String>> outgoingRows(User me, Register register, LocalDate from, LocalDate to) {
        JpqlCondition visible = OutgoingVisibility.condition(me, "d");
        List<OutgoingDocument> docs = visible.bind(em.createQuery("SELECT d FROM OutgoingDocument d"
                        + " WHERE d.register = :register AND d.issuedDate BETWEEN :from AND :to AND " + visible.jpql()
                        + " ORDER BY d.number", OutgoingDocument.class))
                .setParameter("register", register).setParameter("from", from).setParameter("to", to)
                .getResultList();
        List<List<String>> rows = new ArrayList<>();
        for (OutgoingDocument d : docs) {
            String signer = text(d.signerFullName()) + (d.signerPosition() == null ? "" : " (" + d.signerPosition() + ")");
            String recipients = String.join("; ", d.recipients().stream().map(r -> r.name()).toList());
            String notes = text(d.description());
            if (d.status() == OutgoingStatus.WITHDRAWN) {
                notes = "ĐÃ THU HỒI ngày " + day(d.withdrawnAt().atZone(VietnamTime.ZONE).toLocalDate()) + ": "
                        + d.withdrawReason() + (notes.isEmpty() ? "" : ". " + notes);
            }
            rows.add(List.of(d.numberAndNotation(), day(d.issuedDate()), d.documentType().nameVi() + ": " + d.subject(),
                    signer.strip(), recipients, text(d.archiveHolder()),
                    d.issuedAmount() == null ? "" : Integer.toString(d.issuedAmount()), "", "", notes));
        }
        return rows;
    }

    private static LocalDate date(String field, String value, LocalDate fallback, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "print.date.invalid", value));
            return null;
        }
    }

    private static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
