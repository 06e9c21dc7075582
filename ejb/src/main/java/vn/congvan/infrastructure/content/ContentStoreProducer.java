package vn.congvan.infrastructure.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import vn.congvan.application.common.Settings;
import vn.congvan.domain.model.attachment.ContentStore;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The content store in use: the file system under {@code <data dir>/content}. */
@ApplicationScoped
public class ContentStoreProducer {

    @Inject
    private Settings settings;

    @Produces
    @ApplicationScoped
    ContentStore contentStore() {
        try {
            return new FileSystemContentStore(settings.dataDir().resolve("content"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the content store under " + settings.dataDir(), e);
        }
    }
}
