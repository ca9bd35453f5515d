package org.lvzhi.demo;

import java.time.LocalDate;

import org.lvzhi.appointments.AppointmentDesk;
import org.lvzhi.appointments.MotionId;
import org.lvzhi.appointments.NominationId;
import org.springframework.stereotype.Component;

/**
 * What follows the votes of 2023's sittings: for every motion decided at a sitting, the letters of
 * appointment of those appointed, their constitutional oath on the day of the vote before the
 * chairman, and the published list. Runs after the meetings' part, which holds the votes.
 */
@Component
class TaiyuanAppointmentsPublished implements DemoContributor {

	private final AppointmentDesk desk;

	TaiyuanAppointmentsPublished(AppointmentDesk desk) {
		this.desk = desk;
	}

	@Override
	public int order() {
		return 980;
	}

	@Override
	public String name() {
		return "appointments-published";
	}

	@Override
	public void contribute(DemoContext context) {
		for (LocalDate day : TaiyuanOversight.SITTINGS) {
			for (MotionId motion : desk.decidedOn(day)) {
				for (NominationId n : desk.awaitingLetter(motion)) {
					// On the day of the vote, as the sitting records it.
					desk.issueLetter(n, null);
					desk.recordOath(n, null, TaiyuanBodies.CHAIR_NAME + "（常委会主任）", null);
				}
				desk.publish(motion, day.plusDays(1));
			}
		}
	}
}
