package org.lvzhi.suggestions;

/** A lead unit's request to answer a complex suggestion within the longer period. */
public enum ExtensionState {
	REQUESTED, APPROVED, REFUSED
}
