/**
 * Vietnamese text analysis for the search index: normalisation (NFC, one tone placement, folding),
 * the Lucene analyzers and their registration with Hibernate Search.
 */
package vn.congvan.infrastructure.search;
