package vn.congvan.application.reporting;

/** A printed register: the file's bytes, its media type and a file name. */
public record PrintedRegister(byte[] content, String contentType, String fileName) {
}
