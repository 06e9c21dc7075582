/**
 * Full-text search: the search rows written with each change ({@link vn.congvan.application.search.SearchFeed}),
 * text extraction outside the request ({@link vn.congvan.application.search.ExtractionWorker}), the
 * permission-trimmed query ({@link vn.congvan.application.search.SearchService}) and index administration
 * ({@link vn.congvan.application.search.SearchIndexAdmin}).
 */
package vn.congvan.application.search;
