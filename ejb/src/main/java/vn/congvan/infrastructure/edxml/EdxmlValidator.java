package vn.congvan.infrastructure.edxml;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules a package must keep (QCVN 102 and the limits validators apply, DOMAIN.md): required fields,
 * lengths (Subject ≤ 500, Content ≤ 500, ToPlace ≤ 150, Appendix ≤ 250, AttachmentName ≤ 200), codes
 * (Priority 0–4, SteeringType 0–2, BussinessDocType 0–3, status codes), dates {@code yyyy/MM/dd}, no
 * duplicate To, every manifest reference matched by an attachment. Each violation names its field.
 */
public final class EdxmlValidator {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    public static final Set<String> STATUS_CODES = Set.of("01", "02", "03", "04", "05", "06", "13", "15", "16");

    /** One broken rule: the edXML field (path) and what is wrong. */
    public record Violation(String field, String problem) {
        @Override
        public String toString() {
            return field + ": " + problem;
        }
    }

    private EdxmlValidator() {
    }

    public static List<Violation> validate(Edxml p) {
        List<Violation> v = new ArrayList<>();
        if (p.envelope == null || p.envelope.header == null) {
            v.add(new Violation("edXMLHeader", "missing"));
            return v;
        }
        Edxml.MessageHeader h = p.messageHeader();
        Edxml.Status s = p.status();
        if (h == null && s == null) {
            v.add(new Violation("MessageHeader", "missing (neither a document nor a status message)"));
        } else if (h != null && s != null) {
            v.add(new Violation("Status", "a package is a document or a status message, not both"));
        } else if (h != null) {
            document(p, h, v);
        } else {
            status(s, v);
        }
        return v;
    }

    /** Parses an edXML date; null when blank. @throws DateTimeParseException when not yyyy/MM/dd */
    public static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s.strip(), DATE);
    }

    private static void document(Edxml p, Edxml.MessageHeader h, List<Violation> v) {
        organization("From", h.from, v);
        if (h.to == null || h.to.isEmpty()) {
            v.add(new Violation("To", "at least one recipient"));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < h.to.size(); i++) {
                organization("To[" + (i + 1) + "]", h.to.get(i), v);
                String id = h.to.get(i).organId;
                if (id != null && !seen.add(id.strip())) {
                    v.add(new Violation("To[" + (i + 1) + "].OrganId", "duplicate recipient " + id.strip()));
                }
            }
        }
        required("DocumentId", h.documentId, 100, v);
        if (h.code == null) {
            v.add(new Violation("Code", "missing"));
        } else {
            length("Code.CodeNumber", h.code.codeNumber, 20, v);
            required("Code.CodeNotation", h.code.codeNotation, 100, v);
        }
        if (h.promulgationInfo == null) {
            v.add(new Violation("PromulgationInfo", "missing"));
        } else {
            length("PromulgationInfo.Place", h.promulgationInfo.place, 150, v);
            requiredDate("PromulgationInfo.PromulgationDate", h.promulgationInfo.promulgationDate, v);
        }
        if (h.documentType == null) {
            v.add(new Violation("DocumentType", "missing"));
        } else {
            required("DocumentType.TypeName", h.documentType.typeName, 100, v);
        }
        required("Subject", h.subject, 500, v);
        length("Content", h.content, 500, v);
        if (h.signerInfo != null) {
            length("SignerInfo.Position", h.signerInfo.position, 100, v);
            length("SignerInfo.FullName", h.signerInfo.fullName, 100, v);
        }
        optionalDate("DueDate", h.dueDate, v);
        if (h.toPlaces != null) {
            for (int i = 0; i < h.toPlaces.size(); i++) {
                length("ToPlaces.Place[" + (i + 1) + "]", h.toPlaces.get(i), 150, v);
            }
        }
        if (h.otherInfo != null) {
            code("OtherInfo.Priority", h.otherInfo.priority, 4, v);
            number("OtherInfo.PageAmount", h.otherInfo.pageAmount, v);
            number("OtherInfo.PromulgationAmount", h.otherInfo.promulgationAmount, v);
            if (h.otherInfo.appendixes != null) {
                for (int i = 0; i < h.otherInfo.appendixes.size(); i++) {
                    length("OtherInfo.Appendixes.Appendix[" + (i + 1) + "]", h.otherInfo.appendixes.get(i), 250, v);
                }
            }
        }
        code("SteeringType", h.steeringType, 2, v);
        Edxml.TraceHeaderList t = p.envelope.header.traceHeaderList;
        if (t != null && t.bussiness != null) {
            code("Bussiness.BussinessDocType", t.bussiness.bussinessDocType, 3, v);
            length("Bussiness.BussinessDocReason", t.bussiness.bussinessDocReason, 500, v);
            length("Bussiness.DocumentId", t.bussiness.documentId, 100, v);
            String type = t.bussiness.bussinessDocType == null ? "" : t.bussiness.bussinessDocType.strip();
            if ((type.equals("2") || type.equals("3"))
                    && (t.bussiness.bussinessDocReason == null || t.bussiness.bussinessDocReason.isBlank())) {
                // an update or a replacement must say why (it is shown to the receiving clerk and logged)
                v.add(new Violation("Bussiness.BussinessDocReason", "required"));
            }
            if (type.equals("3") && p.attachments.isEmpty()) {
                v.add(new Violation("AttachmentEncoded", "a replacement (BussinessDocType 3) carries the new file(s)"));
            }
        }
        attachments(p, v);
    }

    private static void attachments(Edxml p, List<Violation> v) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < p.attachments.size(); i++) {
            Edxml.Attachment a = p.attachments.get(i);
            String f = "Attachment[" + (i + 1) + "]";
            required(f + ".ContentId", a.contentId, 200, v);
            required(f + ".AttachmentName", a.attachmentName, 200, v);
            length(f + ".ContentType", a.contentType, 100, v);
            if (a.contentId != null && !ids.add(a.contentId.strip())) {
                v.add(new Violation(f + ".ContentId", "duplicate " + a.contentId.strip()));
            }
        }
        Edxml.Body body = p.envelope.body;
        if (body != null && body.manifest != null) {
            for (int i = 0; i < body.manifest.references.size(); i++) {
                Edxml.Reference r = body.manifest.references.get(i);
                String f = "edXMLManifest.Reference[" + (i + 1) + "]";
                required(f + ".ContentId", r.contentId, 200, v);
                length(f + ".AttachmentName", r.attachmentName, 200, v);
                if (r.contentId != null && !ids.contains(r.contentId.strip())) {
                    v.add(new Violation(f + ".ContentId", "no attachment " + r.contentId.strip()));
                }
            }
        }
    }

    private static void status(Edxml.Status s, List<Violation> v) {
        if (s.responseFor == null) {
            v.add(new Violation("Status.ResponseFor", "missing"));
        } else {
            required("Status.ResponseFor.DocumentId", s.responseFor.documentId, 100, v);
        }
        organization("Status.From", s.from, v);
        if (s.statusCode == null || !STATUS_CODES.contains(s.statusCode.strip())) {
            v.add(new Violation("Status.StatusCode", "must be one of " + new java.util.TreeSet<>(STATUS_CODES)
                    + ", not " + s.statusCode));
        }
        length("Status.Description", s.description, 1000, v);
    }

    private static void organization(String field, Edxml.Organization o, List<Violation> v) {
        if (o == null) {
            v.add(new Violation(field, "missing"));
            return;
        }
        required(field + ".OrganId", o.organId, 13, v);
        length(field + ".OrganName", o.organName, 255, v);
    }

    private static void required(String field, String value, int max, List<Violation> v) {
        if (value == null || value.isBlank()) {
            v.add(new Violation(field, "required"));
        } else {
            length(field, value, max, v);
        }
    }

    private static void length(String field, String value, int max, List<Violation> v) {
        if (value != null && value.strip().length() > max) {
            v.add(new Violation(field, "longer than " + max + " characters (" + value.strip().length() + ")"));
        }
    }

    private static void code(String field, String value, int max, List<Violation> v) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            int c = Integer.parseInt(value.strip());
            if (c < 0 || c > max) {
                v.add(new Violation(field, "must be 0 to " + max + ", not " + value.strip()));
            }
        } catch (NumberFormatException e) {
            v.add(new Violation(field, "must be 0 to " + max + ", not " + value.strip()));
        }
    }

    private static void number(String field, String value, List<Violation> v) {
        if (value != null && !value.isBlank() && !value.strip().matches("\\d{1,6}")) {
            v.add(new Violation(field, "must be a whole number, not " + value.strip()));
        }
    }

    private static void requiredDate(String field, String value, List<Violation> v) {
        if (value == null || value.isBlank()) {
            v.add(new Violation(field, "required"));
        } else {
            optionalDate(field, value, v);
        }
    }

    private static void optionalDate(String field, String value, List<Violation> v) {
        try {
            date(value);
        } catch (DateTimeParseException e) {
            v.add(new Violation(field, "must be a date yyyy/MM/dd, not " + value.strip()));
        }
    }
}
