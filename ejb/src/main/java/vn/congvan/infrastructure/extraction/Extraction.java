package vn.congvan.infrastructure.extraction;

/**
 * The text of one file. {@code method}: TIKA (a text layer), OCR (Tesseract on the rendered pages or
 * the image), NONE (nothing readable). {@code truncated}: the character limit was reached.
 */
public record Extraction(String text, String method, String mimeType, boolean truncated) {
}
