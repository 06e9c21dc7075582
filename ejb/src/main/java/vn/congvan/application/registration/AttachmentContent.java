package vn.congvan.application.registration;

import java.nio.file.Path;

/** A file ready to be sent: checked against its hash, the caller allowed to see it. */
public record AttachmentContent(String fileName, String contentType, long size, String sha256, Path path) {
}
