package vn.congvan.application.signature;

import java.util.List;

/**
 * A document signed in the application and verified at once with the application's verifier.
 *
 * @param status     VALID, INVALID or INDETERMINATE (e.g. the signer's root is not a configured trust anchor)
 * @param reportJson the full verification report
 */
public record SignedDocument(byte[] pdf, String fileName, String level, String keySource, String signer,
                             String status, List<String> summary, String reportJson) {
}
