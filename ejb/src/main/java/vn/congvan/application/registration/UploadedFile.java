package vn.congvan.application.registration;

import vn.congvan.domain.model.attachment.ContentStore;

/** A file received with a request and already staged in the content store (size limit applied). */
public record UploadedFile(String fileName, String declaredContentType, ContentStore.StagedFile staged) {
}
