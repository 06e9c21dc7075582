package vn.congvan.domain.model.attachment;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading a document's files as versioned lineages: the current (latest) version of each file, the
 * versions of one file, the deleted ones. Pure functions over the document's attachment rows.
 */
public final class AttachmentVersions {

    private AttachmentVersions() {
    }

    /** Every version of one file, newest first; empty when no attachment of the list has that lineage. */
    public static List<Attachment> versionsOf(List<Attachment> all, long lineageId) {
        return all.stream().filter(a -> a.lineageId() == lineageId)
                .sorted(Comparator.comparingInt(Attachment::versionNo).reversed()).toList();
    }

    /** The latest version of the file that the given attachment (any of its versions) belongs to. */
    public static Optional<Attachment> latestOf(List<Attachment> all, long lineageId) {
        return versionsOf(all, lineageId).stream().findFirst();
    }

    /** The latest version of each file that is not deleted, in the order the files were first added. */
    public static List<Attachment> current(List<Attachment> all) {
        return latestPerLineage(all).stream().filter(a -> !a.deleted()).toList();
    }

    /** The latest version of each soft-deleted file. */
    public static List<Attachment> deleted(List<Attachment> all) {
        return latestPerLineage(all).stream().filter(Attachment::deleted).toList();
    }

    private static List<Attachment> latestPerLineage(List<Attachment> all) {
        Map<Long, Attachment> latest = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing(Attachment::lineageId).thenComparingInt(Attachment::versionNo))
                .forEach(a -> latest.put(a.lineageId(), a));
        return List.copyOf(latest.values());
    }
}
