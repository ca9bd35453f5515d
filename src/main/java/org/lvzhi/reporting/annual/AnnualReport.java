package org.lvzhi.reporting.annual;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An annual report's header; its text is the latest {@link Revision}. */
public record AnnualReport(long id, int reportYear, String title, String issuer, LocalDate reportDate,
		ReportState state, int revision, LocalDateTime frozenAt, String frozenBy, LocalDateTime publishedAt,
		int version) {

	public boolean draft() {
		return state == ReportState.DRAFT;
	}

	/** Whether the figures are stored, not counted live. */
	public boolean frozen() {
		return state != ReportState.DRAFT;
	}
}
