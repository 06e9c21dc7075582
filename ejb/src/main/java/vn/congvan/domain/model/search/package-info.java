/**
 * The search read model: {@link vn.congvan.domain.model.search.SearchRecord}, one row per document of
 * any kind, which Hibernate Search indexes (see docs/admin/tim-kiem.md).
 */
package vn.congvan.domain.model.search;
