package vn.congvan.application.exchange;

import vn.congvan.domain.model.agency.Agency;
import vn.congvan.domain.model.exchange.OutboxEntry;
import vn.congvan.domain.model.exchange.ReceivedPackage;
import vn.congvan.domain.model.outgoing.OutgoingAttachment;
import vn.congvan.domain.model.outgoing.OutgoingDocument;
import vn.congvan.domain.model.outgoing.Recipient;
import vn.congvan.infrastructure.edxml.Edxml;
import vn.congvan.infrastructure.edxml.EdxmlValidator;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Builds the edXML model of what we send: a document (new or recall) and a status message. */
final class Packages {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss", Locale.ROOT);

    private Packages() {
    }

    /** The edXML DocumentId of an outgoing document: "issuing agency code,yyyy/MM/dd,số/ký hiệu". */
    static String documentId(OutgoingDocument d) {
        return d.agency().code() + "," + date(d.issuedDate()) + "," + d.numberAndNotation();
    }

    static String date(LocalDate d) {
        return d == null ? null : d.format(EdxmlValidator.DATE);
    }

    static String timestamp(Instant at) {
        return TIMESTAMP.format(at.atZone(VIETNAM));
    }

    /**
     * A document package for one recipient: BussinessDocType 0 (new, with the attachments) or 1 (recall,
     * with the reason and no attachments).
     */
    static Edxml document(OutgoingDocument d, String toOrganId, String toName, int bussinessDocType, String reason,
                          String staff, Function<OutgoingAttachment, Path> files, Instant at) {
        Edxml p = new Edxml();
        Edxml.MessageHeader h = new Edxml.MessageHeader();
        p.envelope.header.messageHeader = h;
        h.from = organization(d.agency());
        h.to.add(new Edxml.Organization(toOrganId, toName));
        h.documentId = documentId(d);
        h.code = new Edxml.Code();
        h.code.codeNumber = d.codeNumber();
        h.code.codeNotation = d.codeNotation();
        h.promulgationInfo = new Edxml.PromulgationInfo();
        h.promulgationInfo.place = d.agency().shortName();
        h.promulgationInfo.promulgationDate = date(d.issuedDate());
        h.documentType = new Edxml.DocumentType();
        h.documentType.type = "1";
        h.documentType.typeName = d.documentType().nameVi();
        h.subject = d.subject();
        if (d.signerFullName() != null || d.signerPosition() != null) {
            h.signerInfo = new Edxml.SignerInfo();
            h.signerInfo.position = d.signerPosition();
            h.signerInfo.fullName = d.signerFullName();
        }
        h.dueDate = date(d.dueDate());
        List<String> places = d.recipients().stream().map(Recipient::name).map(n -> n.length() > 150 ? n.substring(0, 150) : n).toList();
        h.toPlaces = places.isEmpty() ? null : places;
        h.otherInfo = new Edxml.OtherInfo();
        h.otherInfo.priority = String.valueOf(d.priority().code());
        h.otherInfo.pageAmount = d.pageAmount() == null ? null : String.valueOf(d.pageAmount());
        h.otherInfo.promulgationAmount = d.issuedAmount() == null ? null : String.valueOf(d.issuedAmount());
        h.steeringType = "0";
        trace(p, d.agency(), at);
        Edxml.Bussiness b = new Edxml.Bussiness();
        b.documentId = h.documentId;
        b.bussinessDocType = String.valueOf(bussinessDocType);
        b.bussinessDocReason = bussinessDocType == 0 ? "Văn bản điện tử mới" : reason;
        b.paper = "0";
        b.staffInfo = new Edxml.StaffInfo();
        b.staffInfo.staff = staff;
        p.envelope.header.traceHeaderList.bussiness = b;
        if (bussinessDocType == 0) {
            p.envelope.body = new Edxml.Body();
            p.envelope.body.manifest = new Edxml.Manifest();
            p.envelope.body.manifest.version = "1.0";
            for (OutgoingAttachment a : d.attachments()) {
                attach(p, a.fileName(), a.contentType(), files.apply(a));
            }
        }
        return p;
    }

    /**
     * An update (BussinessDocType 2: the corrected subject, no attachment) or a replacement (3: the new file)
     * of a document already sent; Bussiness/DocumentId and MessageHeader/DocumentId name the original, the
     * reason travels as BussinessDocReason.
     */
    static Edxml change(OutgoingDocument d, OutboxEntry e, Path replacement, Instant at) {
        boolean update = e.kind() == OutboxEntry.Kind.UPDATE;
        Edxml p = document(d, e.organId(), e.recipientName(), update ? 2 : 3, e.description(), e.staffName(),
                a -> null, at);
        p.envelope.header.messageHeader.documentId = e.edxmlDocumentId();
        p.envelope.header.traceHeaderList.bussiness.documentId = e.edxmlDocumentId();
        if (e.subject() != null) {
            p.envelope.header.messageHeader.subject = e.subject(); // as corrected by the last update
        }
        if (!update) {
            p.envelope.body = new Edxml.Body();
            p.envelope.body.manifest = new Edxml.Manifest();
            p.envelope.body.manifest.version = "1.0";
            attach(p, e.fileName(), "application/pdf", replacement);
        }
        return p;
    }

    private static void attach(Edxml p, String fileName, String contentType, Path file) {
        String cid = "cid:" + (p.attachments.size() + 1);
        Edxml.Reference r = new Edxml.Reference();
        r.contentId = cid;
        r.contentType = contentType;
        r.attachmentName = fileName.length() > 200 ? fileName.substring(fileName.length() - 200) : fileName;
        p.envelope.body.manifest.references.add(r);
        Edxml.Attachment x = new Edxml.Attachment();
        x.contentId = cid;
        x.attachmentName = r.attachmentName;
        x.contentType = contentType;
        x.file = file;
        p.attachments.add(x);
    }

    /** A status message about a package we received. */
    static Edxml status(Agency own, ReceivedPackage r, String code, String description, String staff, String department,
                        Instant at) {
        Edxml p = new Edxml();
        Edxml.Status s = new Edxml.Status();
        p.envelope.header.status = s;
        s.responseFor = new Edxml.ResponseFor();
        s.responseFor.organId = r.fromOrganId();
        s.responseFor.code = r.codeNumber() == null ? r.codeNotation() : r.codeNumber() + "/" + r.codeNotation();
        s.responseFor.promulgationDate = date(r.promulgationDate());
        s.responseFor.documentId = r.edxmlDocumentId();
        s.from = organization(own);
        s.statusCode = code;
        s.description = description;
        s.timestamp = timestamp(at);
        s.staffInfo = new Edxml.StaffInfo();
        s.staffInfo.staff = staff;
        s.staffInfo.department = department;
        trace(p, own, at);
        return p;
    }

    private static void trace(Edxml p, Agency own, Instant at) {
        Edxml.TraceHeader t = new Edxml.TraceHeader();
        t.organId = own.code();
        t.timestamp = timestamp(at);
        p.envelope.header.traceHeaderList = new Edxml.TraceHeaderList();
        p.envelope.header.traceHeaderList.traceHeaders.add(t);
    }

    static Edxml.Organization organization(Agency a) {
        Edxml.Organization o = new Edxml.Organization(a.code(), a.name());
        o.organizationInCharge = a.name();
        o.organAdd = a.address();
        return o;
    }
}
