package org.lvzhi.dutyrecords;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.AttendanceRecorded;
import org.lvzhi.meetings.SittingAttendance;
import org.lvzhi.meetings.SittingKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the attendance recorded at a sitting of the standing committee into duty-record lines:
 * "attended the Nth sitting" for the members present, "on leave" for those on leave. Each event
 * carries the sitting's whole attendance and replaces what the sitting contributed before, so a
 * member later recorded absent loses her line.
 */
@Component
class RecordSittings {

	static final Set<DutyKind> SITTING = EnumSet.of(DutyKind.SITTING_ATTENDED, DutyKind.SITTING_LEAVE);

	private final DutyEntryWriter writer;
	private final MessageSource messages;

	RecordSittings(DutyEntryWriter writer, MessageSource messages) {
		this.writer = writer;
		this.messages = messages;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(AttendanceRecorded e) {
		SittingAttendance a = e.attendance();
		if (a.kind() != SittingKind.STANDING_COMMITTEE) {
			return;
		}
		// Titles are stored data, in the language of the records (as the other sources' titles are).
		String title = messages.getMessage("dutyrecords.sitting.title", new Object[] { String.valueOf(a.term()),
				String.valueOf(a.number()) }, Locale.SIMPLIFIED_CHINESE);
		List<DutyLine> lines = new ArrayList<>();
		for (PersonId p : a.present()) {
			lines.add(new DutyLine(p.value(), DutyKind.SITTING_ATTENDED, a.heldOn(), 1, null, title));
		}
		for (PersonId p : a.onLeave()) {
			lines.add(new DutyLine(p.value(), DutyKind.SITTING_LEAVE, a.heldOn(), 1, null, title));
		}
		writer.replace(DutySource.sitting(a.sitting().value()), SITTING, lines);
	}
}
