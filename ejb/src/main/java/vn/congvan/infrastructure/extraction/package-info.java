/**
 * Text extraction: Apache Tika in a child JVM, Tesseract for scans, and the durable job queue
 * ({@code extraction_job}) the extraction worker takes its work from.
 */
package vn.congvan.infrastructure.extraction;
