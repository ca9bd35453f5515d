package org.lvzhi.oversight.inspections;

import java.time.LocalDate;

/**
 * A problem found at an inspection site, followed to closure. Each move checks the state machine
 * of {@link ProblemState} and records its date; the store saves it under optimistic locking.
 */
public final class Problem {

	final long id;
	final long inspectionId;
	final long siteId;
	String description;
	String articleRef;
	ProblemState state;
	final LocalDate foundOn;
	final LocalDate assignDue;
	Long unitId;
	LocalDate assignedOn;
	LocalDate rectifyDue;
	LocalDate reportedOn;
	String reportText;
	LocalDate closedOn;
	String verifyNote;
	LocalDate reinspectedOn;
	Escalation escalation;
	LocalDate escalatedOn;
	LocalDate remindedOn;
	final int version;

	Problem(long id, long inspectionId, long siteId, String description, String articleRef, ProblemState state,
			LocalDate foundOn, LocalDate assignDue, Long unitId, LocalDate assignedOn, LocalDate rectifyDue,
			LocalDate reportedOn, String reportText, LocalDate closedOn, String verifyNote, LocalDate reinspectedOn,
			Escalation escalation, LocalDate escalatedOn, LocalDate remindedOn, int version) {
		this.id = id;
		this.inspectionId = inspectionId;
		this.siteId = siteId;
		this.description = description;
		this.articleRef = articleRef;
		this.state = state;
		this.foundOn = foundOn;
		this.assignDue = assignDue;
		this.unitId = unitId;
		this.assignedOn = assignedOn;
		this.rectifyDue = rectifyDue;
		this.reportedOn = reportedOn;
		this.reportText = reportText;
		this.closedOn = closedOn;
		this.verifyNote = verifyNote;
		this.reinspectedOn = reinspectedOn;
		this.escalation = escalation;
		this.escalatedOn = escalatedOn;
		this.remindedOn = remindedOn;
		this.version = version;
	}

	private void require(String action) {
		if (!state.allows(action)) {
			throw InspectionException.illegalMove(state, action);
		}
	}

	private void notBefore(LocalDate on, LocalDate earliest) {
		if (earliest != null && on.isBefore(earliest)) {
			throw new InspectionException("inspections.error.dateBefore", earliest);
		}
	}

	void assign(long unit, LocalDate on, LocalDate due) {
		require("assign");
		notBefore(on, foundOn);
		unitId = unit;
		assignedOn = on;
		rectifyDue = due;
		state = ProblemState.ASSIGNED;
	}

	void report(long unit, String text, LocalDate on) {
		require("report");
		if (unitId == null || unitId != unit) {
			throw new InspectionException("inspections.error.notYourProblem");
		}
		if (text == null || text.isBlank()) {
			throw new InspectionException("inspections.error.reportRequired");
		}
		notBefore(on, assignedOn);
		reportText = text.strip();
		reportedOn = on;
		state = ProblemState.REPORTED;
	}

	void verify(String note, LocalDate on) {
		require("verify");
		notBefore(on, reportedOn);
		verifyNote = note == null || note.isBlank() ? null : note.strip();
		closedOn = on;
		state = ProblemState.CLOSED;
	}

	void reject(String note, LocalDate on, LocalDate newDue) {
		require("reject");
		if (note == null || note.isBlank()) {
			throw new InspectionException("inspections.error.reasonRequired");
		}
		notBefore(on, reportedOn);
		verifyNote = note.strip();
		rectifyDue = newDue;
		state = ProblemState.NOT_FIXED;
	}

	void reinspect(boolean fixed, String note, LocalDate on, LocalDate newDue) {
		require("reinspect");
		notBefore(on, assignedOn);
		reinspectedOn = on;
		verifyNote = note == null || note.isBlank() ? verifyNote : note.strip();
		if (fixed) {
			closedOn = on;
			state = ProblemState.CLOSED;
		}
		else {
			rectifyDue = newDue;
			state = ProblemState.NOT_FIXED;
		}
	}

	void escalate(Escalation to, LocalDate on) {
		require("escalate");
		escalation = to;
		escalatedOn = on;
		state = ProblemState.ESCALATED;
	}

	/** Rectification is due and the day has passed. */
	public boolean overdueOn(LocalDate day) {
		return state.awaitsRectification() && rectifyDue != null && rectifyDue.isBefore(day)
				|| state == ProblemState.FOUND && assignDue.isBefore(day);
	}

	public ProblemId id() {
		return new ProblemId(id);
	}

	public InspectionId inspection() {
		return new InspectionId(inspectionId);
	}

	public long siteId() {
		return siteId;
	}

	public String description() {
		return description;
	}

	public String articleRef() {
		return articleRef;
	}

	public ProblemState state() {
		return state;
	}

	public LocalDate foundOn() {
		return foundOn;
	}

	public LocalDate assignDue() {
		return assignDue;
	}

	public Long unitId() {
		return unitId;
	}

	public LocalDate assignedOn() {
		return assignedOn;
	}

	public LocalDate rectifyDue() {
		return rectifyDue;
	}

	public LocalDate reportedOn() {
		return reportedOn;
	}

	public String reportText() {
		return reportText;
	}

	public LocalDate closedOn() {
		return closedOn;
	}

	public String verifyNote() {
		return verifyNote;
	}

	public LocalDate reinspectedOn() {
		return reinspectedOn;
	}

	public Escalation escalation() {
		return escalation;
	}

	public LocalDate escalatedOn() {
		return escalatedOn;
	}

	public int version() {
		return version;
	}

	/** What the audit log keeps of a problem before and after a move. */
	record Snapshot(String state, Long unitId, LocalDate assignedOn, LocalDate rectifyDue, LocalDate reportedOn,
			LocalDate closedOn, String escalation, int version) {
	}

	Snapshot snapshot() {
		return new Snapshot(state.name(), unitId, assignedOn, rectifyDue, reportedOn, closedOn,
				escalation == null ? null : escalation.name(), version);
	}
}
