package org.lvzhi.appointments;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;

/**
 * The office's moves on motions of appointment and removal, for other modules (the demo world's
 * loader among them), through the same rules as the office's pages: each step audited, the state
 * machine enforced, nothing written when a step is refused. The vote itself is not here: it is held
 * at a sitting through the meetings' voting service and applied when the round closes.
 */
public interface AppointmentDesk {

	/** Who may propose (提请): the mayor, the court's president, the chief procurator, the council of chairpersons. */
	enum Proposer {
		MAYOR, COURT_PRESIDENT, CHIEF_PROCURATOR, COUNCIL_OF_CHAIRPERSONS
	}

	/**
	 * One person of a motion: what is to be done, in which post (a body, a role and its title), and
	 * the person's record (履历) as the proposer sent it.
	 */
	record Nominee(AppointmentKind kind, PersonId person, OrganizationId organization, MembershipRole role, String label,
			String record) {
	}

	/** A motion as the proposer sends it, with its reasons and the list of materials attached. */
	record NewMotion(Proposer proposer, String title, String reasons, String materials, LocalDate submittedOn,
			List<Nominee> nominees) {
	}

	/**
	 * Registers a motion.
	 * @throws AppointmentsException for a post that does not exist, a person already holding the post
	 *     to be given, or a person not holding the post to be taken
	 */
	MotionId submit(NewMotion motion);

	/** Accepts a motion found complete; refused, with what is missing, otherwise. */
	void accept(MotionId motion);

	/** Puts the motion's nominations on the business of the sitting held on {@code sittingDay}. */
	void schedule(MotionId motion, LocalDate sittingDay);

	/** Records the review by the committee (审议意见) before the vote. */
	void review(MotionId motion, String review);

	/** Records a nominee's statement (供职发言). */
	void statement(NominationId nomination, String statement);

	/** Numbers and dates the letter of appointment of a passed appointment; {@code on} null: the day of the vote. */
	void issueLetter(NominationId nomination, LocalDate on);

	/**
	 * Records the constitutional oath (宪法宣誓) of a passed appointment; {@code on} null: the day of the
	 * vote, {@code text} null: the oath of the settings.
	 */
	void recordOath(NominationId nomination, LocalDate on, String witnesses, String text);

	/** Publishes the list of a decided motion (任免名单). */
	void publish(MotionId motion, LocalDate on);

	/** The motion's nominations, in their order. */
	List<NominationId> nominations(MotionId motion);

	/** The motion's passed appointments whose letter of appointment is not issued yet. */
	List<NominationId> awaitingLetter(MotionId motion);

	/** The motions scheduled for a sitting day that are decided and not yet published. */
	List<MotionId> decidedOn(LocalDate sittingDay);
}
