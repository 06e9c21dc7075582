package vn.congvan.infrastructure.edxml;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * An edXML package: {@code edXML/edXMLEnvelope{edXMLHeader, edXMLBody}} and {@code AttachmentEncoded}.
 * The header carries either a {@link MessageHeader} (a document: new, recall, update, replace) or a
 * {@link Status} (a status message, QCVN 102 "thông điệp trạng thái"). Field names are the standard's;
 * dates stay text ({@code yyyy/MM/dd}) as they travel, and are parsed by {@link EdxmlValidator}.
 */
@XmlRootElement(name = "edXML")
@XmlType(propOrder = {"envelope", "attachments"})
public class Edxml {

    public static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    public static final String DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";

    @XmlElement(name = "edXMLEnvelope", required = true)
    public Envelope envelope = new Envelope();

    @XmlElementWrapper(name = "AttachmentEncoded")
    @XmlElement(name = "Attachment")
    public List<Attachment> attachments = new ArrayList<>();

    /** The document header, or null for a status message. */
    public MessageHeader messageHeader() {
        return envelope.header == null ? null : envelope.header.messageHeader;
    }

    /** The status, or null for a document. */
    public Status status() {
        return envelope.header == null ? null : envelope.header.status;
    }

    @XmlType(propOrder = {"header", "body"})
    public static class Envelope {
        @XmlElement(name = "edXMLHeader", required = true)
        public Header header = new Header();
        @XmlElement(name = "edXMLBody")
        public Body body;
    }

    @XmlType(propOrder = {"messageHeader", "status", "traceHeaderList", "signature"})
    public static class Header {
        @XmlElement(name = "MessageHeader")
        public MessageHeader messageHeader;
        @XmlElement(name = "Status")
        public Status status;
        @XmlElement(name = "TraceHeaderList")
        public TraceHeaderList traceHeaderList;
        /** The XML-DSig Signature element, kept as DOM (verified on the parsed document, not on this copy). */
        @XmlAnyElement
        public List<Element> signature = new ArrayList<>();
    }

    @XmlType(propOrder = {"from", "to", "documentId", "code", "promulgationInfo", "documentType", "subject",
            "content", "signerInfo", "dueDate", "toPlaces", "otherInfo", "steeringType", "responseFor"})
    public static class MessageHeader {
        @XmlElement(name = "From")
        public Organization from;
        @XmlElement(name = "To")
        public List<Organization> to = new ArrayList<>();
        @XmlElement(name = "DocumentId")
        public String documentId;
        @XmlElement(name = "Code")
        public Code code;
        @XmlElement(name = "PromulgationInfo")
        public PromulgationInfo promulgationInfo;
        @XmlElement(name = "DocumentType")
        public DocumentType documentType;
        @XmlElement(name = "Subject")
        public String subject;
        @XmlElement(name = "Content")
        public String content;
        @XmlElement(name = "SignerInfo")
        public SignerInfo signerInfo;
        @XmlElement(name = "DueDate")
        public String dueDate;
        @XmlElementWrapper(name = "ToPlaces")
        @XmlElement(name = "Place")
        public List<String> toPlaces;
        @XmlElement(name = "OtherInfo")
        public OtherInfo otherInfo;
        @XmlElement(name = "SteeringType")
        public String steeringType;
        @XmlElement(name = "ResponseFor")
        public List<ResponseFor> responseFor;
    }

    @XmlType(propOrder = {"organId", "organizationInCharge", "organName", "organAdd", "email", "telephone", "fax", "website"})
    public static class Organization {
        @XmlElement(name = "OrganId")
        public String organId;
        @XmlElement(name = "OrganizationInCharge")
        public String organizationInCharge;
        @XmlElement(name = "OrganName")
        public String organName;
        @XmlElement(name = "OrganAdd")
        public String organAdd;
        @XmlElement(name = "Email")
        public String email;
        @XmlElement(name = "Telephone")
        public String telephone;
        @XmlElement(name = "Fax")
        public String fax;
        @XmlElement(name = "Website")
        public String website;

        public Organization() {
        }

        public Organization(String organId, String organName) {
            this.organId = organId;
            this.organName = organName;
        }
    }

    @XmlType(propOrder = {"codeNumber", "codeNotation"})
    public static class Code {
        @XmlElement(name = "CodeNumber")
        public String codeNumber;
        @XmlElement(name = "CodeNotation")
        public String codeNotation;
    }

    @XmlType(propOrder = {"place", "promulgationDate"})
    public static class PromulgationInfo {
        @XmlElement(name = "Place")
        public String place;
        @XmlElement(name = "PromulgationDate")
        public String promulgationDate;
    }

    @XmlType(propOrder = {"type", "typeDetail", "typeName"})
    public static class DocumentType {
        @XmlElement(name = "Type")
        public String type;
        @XmlElement(name = "TypeDetail")
        public String typeDetail;
        @XmlElement(name = "TypeName")
        public String typeName;
    }

    @XmlType(propOrder = {"competence", "position", "fullName"})
    public static class SignerInfo {
        @XmlElement(name = "Competence")
        public String competence;
        @XmlElement(name = "Position")
        public String position;
        @XmlElement(name = "FullName")
        public String fullName;
    }

    @XmlType(propOrder = {"priority", "sphereOfPromulgation", "typerNotation", "promulgationAmount", "pageAmount",
            "direction", "appendixes"})
    public static class OtherInfo {
        @XmlElement(name = "Priority")
        public String priority;
        @XmlElement(name = "SphereOfPromulgation")
        public String sphereOfPromulgation;
        @XmlElement(name = "TyperNotation")
        public String typerNotation;
        @XmlElement(name = "PromulgationAmount")
        public String promulgationAmount;
        @XmlElement(name = "PageAmount")
        public String pageAmount;
        @XmlElement(name = "Direction")
        public String direction;
        @XmlElementWrapper(name = "Appendixes")
        @XmlElement(name = "Appendix")
        public List<String> appendixes;
    }

    @XmlType(propOrder = {"organId", "code", "promulgationDate", "documentId"})
    public static class ResponseFor {
        @XmlElement(name = "OrganId")
        public String organId;
        @XmlElement(name = "Code")
        public String code;
        @XmlElement(name = "PromulgationDate")
        public String promulgationDate;
        @XmlElement(name = "DocumentId")
        public String documentId;
    }

    @XmlType(propOrder = {"traceHeaders", "bussiness"})
    public static class TraceHeaderList {
        @XmlElement(name = "TraceHeader")
        public List<TraceHeader> traceHeaders = new ArrayList<>();
        @XmlElement(name = "Bussiness")
        public Bussiness bussiness;
    }

    @XmlType(propOrder = {"organId", "timestamp"})
    public static class TraceHeader {
        @XmlElement(name = "OrganId")
        public String organId;
        @XmlElement(name = "Timestamp")
        public String timestamp;
    }

    @XmlType(propOrder = {"documentId", "bussinessDocType", "bussinessDocReason", "paper", "staffInfo"})
    public static class Bussiness {
        @XmlElement(name = "DocumentId")
        public String documentId;
        /** 0 new, 1 revoke (recall), 2 update, 3 replace. */
        @XmlElement(name = "BussinessDocType")
        public String bussinessDocType;
        @XmlElement(name = "BussinessDocReason")
        public String bussinessDocReason;
        @XmlElement(name = "Paper")
        public String paper;
        @XmlElement(name = "StaffInfo")
        public StaffInfo staffInfo;
    }

    @XmlType(propOrder = {"department", "staff", "email", "mobile"})
    public static class StaffInfo {
        @XmlElement(name = "Department")
        public String department;
        @XmlElement(name = "Staff")
        public String staff;
        @XmlElement(name = "Email")
        public String email;
        @XmlElement(name = "Mobile")
        public String mobile;
    }

    /** A status (feedback) message: 01 arrived … 06 done, 13 recalled, 15/16 agreed to / refused a recall. */
    @XmlType(propOrder = {"responseFor", "from", "statusCode", "description", "timestamp", "staffInfo"})
    public static class Status {
        @XmlElement(name = "ResponseFor")
        public ResponseFor responseFor;
        @XmlElement(name = "From")
        public Organization from;
        @XmlElement(name = "StatusCode")
        public String statusCode;
        @XmlElement(name = "Description")
        public String description;
        @XmlElement(name = "Timestamp")
        public String timestamp;
        @XmlElement(name = "StaffInfo")
        public StaffInfo staffInfo;
    }

    public static class Body {
        @XmlElement(name = "edXMLManifest")
        public Manifest manifest;
    }

    public static class Manifest {
        @XmlAttribute(name = "version")
        public String version;
        @XmlElement(name = "Reference")
        public List<Reference> references = new ArrayList<>();
    }

    @XmlType(propOrder = {"contentId", "contentType", "description", "attachmentName"})
    public static class Reference {
        @XmlElement(name = "ContentId")
        public String contentId;
        @XmlElement(name = "ContentType")
        public String contentType;
        @XmlElement(name = "Description")
        public String description;
        @XmlElement(name = "AttachmentName")
        public String attachmentName;
    }

    /**
     * An attachment. {@code ContentTransferEncoded} (base64) is not bound: the reader decodes it straight to
     * a file ({@link EdxmlReader}), the writer encodes it from one ({@link EdxmlWriter}).
     */
    @XmlType(propOrder = {"contentId", "attachmentName", "description", "contentType"})
    public static class Attachment {
        @XmlElement(name = "ContentId")
        public String contentId;
        @XmlElement(name = "AttachmentName")
        public String attachmentName;
        @XmlElement(name = "Description")
        public String description;
        @XmlElement(name = "ContentType")
        public String contentType;
        /** Where the decoded bytes are (reader) or come from (writer); not part of the XML binding. */
        @jakarta.xml.bind.annotation.XmlTransient
        public java.nio.file.Path file;
        @jakarta.xml.bind.annotation.XmlTransient
        public long size;
    }
}
