package vn.congvan.domain.model.document;

/**
 * The kinds of document a dossier or the action log can point at, by kind and id. Outgoing documents
 * (văn bản đi) join when they exist: a dossier holds them with no change to its tables.
 */
public enum DocumentKind {
    /** Văn bản đến. */
    INCOMING,
    /** Văn bản đi. */
    OUTGOING,
    /** Dự thảo văn bản đi (not yet issued): notifications and the work queue of the drafting workflow. */
    DRAFT
}
