package org.lvzhi.oversight.inspections;

import java.time.LocalDate;

/** Read models of inspections and visits for pages, exports and the report. */
public final class InspectionViews {

	private InspectionViews() {
	}

	public record InspectionRow(long id, int year, String title, String lawTitle, String lawReference, Topic topic,
			String leadBody, LocalDate startedOn, LocalDate endedOn, String summary, int version, long sites,
			long problems, long closed) {
	}

	public record MemberRow(long id, TeamRole role, Long personId, String name, String affiliation) {
	}

	public record AreaRow(long id, String name, long sites, long problems) {
	}

	public record SiteRow(long id, String name, String district, String address, LocalDate checkedOn, SiteMode mode,
			String area, long problems) {
	}

	public record ProblemRow(long id, long inspectionId, String inspectionTitle, String lawTitle, long siteId,
			String siteName, String district, SiteMode mode, String description, String articleRef,
			ProblemState state, Long unitId, LocalDate foundOn, LocalDate assignDue, LocalDate assignedOn,
			LocalDate rectifyDue, LocalDate closedOn, int version) {

		public boolean overdueOn(LocalDate day) {
			return state.awaitsRectification() && rectifyDue != null && rectifyDue.isBefore(day)
					|| state == ProblemState.FOUND && assignDue.isBefore(day);
		}
	}

	public record PhotoRow(long id, long problemId, String name, String contentType, long size) {
	}

	public record VisitRow(long id, int year, VisitKind kind, String title, LocalDate visitedOn, String place,
			String participants, String findings, long problems, long resolved) {
	}

	public record VisitProblemRow(long id, long visitId, String description, Long unitId, LocalDate resolvedOn,
			String resolution, int version) {
	}
}
