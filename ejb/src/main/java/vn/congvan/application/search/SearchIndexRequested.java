package vn.congvan.application.search;

/**
 * A transaction added rows to the search outbox: once it commits, the indexing worker writes them at once
 * instead of at its next tick. Internal to search.
 */
public record SearchIndexRequested() {
}
