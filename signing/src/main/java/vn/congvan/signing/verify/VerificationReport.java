package vn.congvan.signing.verify;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.List;

/**
 * What verification found in one PDF.
 *
 * @param valid      true only when there is at least one signature and every one is {@link Status#VALID}
 * @param pages      page count
 * @param revisions  number of revisions (incremental updates + 1)
 * @param signatures per signature (document timestamps included), in signing order
 * @param summary    short human summary (Vietnamese and English)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationReport(boolean valid, String file, int pages, int revisions,
                                 List<SignatureReport> signatures, List<String> summary) {

    public enum Status { VALID, INVALID, INDETERMINATE }

    /**
     * @param name            the signature field
     * @param kind            "signature" or "document-timestamp"
     * @param status          VALID, INVALID (integrity, revoked, disallowed change) or INDETERMINATE
     *                        (untrusted chain, revocation unknown)
     * @param subFilter       ETSI.CAdES.detached, ETSI.RFC3161, adbe.pkcs7.detached…
     * @param signer          the signer's certificate subject
     * @param claimedTime     signing time claimed by the signer (ISO 8601, +07:00)
     * @param integrity       the signed bytes and signed attributes match the signature value
     * @param revision        the revision this signature covers (1 = the original document)
     * @param coversWholeDocument no change after it
     * @param chain           the certificate path to a configured trust anchor
     * @param revocation      revocation status of the signer's certificate (and its CAs)
     * @param timestamp       the RFC 3161 signature timestamp (or the document timestamp itself)
     * @param padesLevel      the PAdES baseline level reached: B-B, B-T, B-LT, B-LTA, or "none"
     * @param changesAfter    each later revision: what it changed and whether it is allowed
     * @param problems        why the status is not VALID
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SignatureReport(String name, String kind, Status status, String subFilter, Certificate signer,
                                  String claimedTime, String reason, String location, boolean integrity, int revision,
                                  boolean coversWholeDocument, Chain chain, Revocation revocation, Timestamp timestamp,
                                  String padesLevel, List<Change> changesAfter, List<String> problems) {
    }

    public record Certificate(String subject, String issuer, String serialNumber, String notBefore, String notAfter) {
    }

    /** @param status TRUSTED, UNTRUSTED (no path to an anchor), INVALID (expired, bad signature, wrong usage) */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Chain(String status, List<String> path, String anchor, String validatedAt, String message) {
    }

    /**
     * @param status GOOD, REVOKED, UNKNOWN (no data found), NOT_CHECKED
     * @param source where the data came from: "DSS", "signature" (CMS), "online"
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Revocation(String status, String source, String type, String revokedAt, String message) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Timestamp(String time, String authority, boolean imprintValid, String chain) {
    }

    /** @param kind "signature", "document-timestamp", "validation-data", "other" */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(int revision, String kind, String field, boolean allowed, String detail) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
