package org.lvzhi.reporting.annual;

/** Where an annual report stands: written with live figures, frozen with stored ones, published. */
public enum ReportState {
	DRAFT, FROZEN, PUBLISHED
}
