package org.lvzhi.appointments.motions;

import java.time.LocalDate;

import org.lvzhi.appointments.AppointmentDesk.Proposer;

/** A motion as stored. */
record MotionRow(long id, Proposer proposer, String title, String reasons, String materials, LocalDate submittedOn,
		MotionState state, LocalDate acceptedOn, LocalDate sittingDay, String review, LocalDate reviewedOn,
		LocalDate publishedOn, int version) {
}
