package vn.congvan.signing;

/**
 * What a structural read of a PDF found.
 *
 * @param pageCount      number of pages
 * @param signatureCount number of signature fields that carry a signature
 * @param pdfVersion     header version, e.g. "1.7"
 */
public record PdfInfo(int pageCount, int signatureCount, String pdfVersion) {
}
