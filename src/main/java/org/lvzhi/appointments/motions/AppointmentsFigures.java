package org.lvzhi.appointments.motions;

import java.util.List;
import java.util.OptionalInt;

import org.lvzhi.appointments.rules.AppointmentsAccess;
import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.FigureRecord;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * 任免国家机关工作人员 (person-times): the nominations passed at the sittings of a year, counted from
 * the records. Each opens its list of appointments: the published list of its sitting for everybody,
 * the motion for those who read motions while the list is not published yet.
 */
@Component
class AppointmentsFigures implements Figure {

	private final MotionReads reads;
	private final AppointmentsAccess access;

	AppointmentsFigures(MotionReads reads, AppointmentsAccess access) {
		this.reads = reads;
		this.access = access;
	}

	@Override
	public String key() {
		return "appointments";
	}

	@Override
	public int order() {
		return 205;
	}

	@Override
	public long value(int year) {
		return records(year).size();
	}

	@Override
	public List<FigureRecord> records(int year) {
		return reads.passedIn(year).stream().map(n -> {
			String id = String.valueOf(n.n().id());
			if (n.motion().state() == MotionState.PUBLISHED) {
				return FigureRecord.onPublicPage(id, n.title(), n.motion().sittingDay(),
						"/public/appointments/" + n.motion().sittingDay());
			}
			// Not published yet: the names stay with those who read the motions.
			return FigureRecord.withheld(id, n.title(), "#" + id, n.motion().sittingDay(),
					"/appointments/motions/" + n.motion().id());
		}).toList();
	}

	@Override
	public OptionalInt latestYear() {
		return reads.latestYear().map(OptionalInt::of).orElse(OptionalInt.empty());
	}

	@Override
	public boolean mayOpen(FigureRecord record, Authentication reader) {
		return access.isReader(reader);
	}
}
