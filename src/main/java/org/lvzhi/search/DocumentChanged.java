package org.lvzhi.search;

/**
 * Published by a module when a record was created or changed, inside the changing transaction;
 * the index is updated after the transaction commits.
 */
public record DocumentChanged(SearchDocument document) {
}
