package org.lvzhi.appointments.motions;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lvzhi.appointments.AppointmentsException;
import org.lvzhi.appointments.MotionId;
import org.lvzhi.directory.AddMembership;
import org.lvzhi.directory.EndMembership;
import org.lvzhi.directory.MembershipView;
import org.lvzhi.directory.NewMembership;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.BallotForm;
import org.lvzhi.meetings.VoteClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vote on one nominee, held at a sitting through the meetings' voting service (secret, so that
 * no record here or there links a ballot to a member): when the round on the nominee's agenda item
 * closes, its result is applied in the closing transaction. Passed, the person's membership in the
 * post starts (or ends) on the day of the vote; failed, the directory stays as it was. A nominee who
 * cannot take the result refuses the close, so nothing is written.
 */
@Component
class NominationVotes {

	private static final Pattern NOMINATION = Pattern.compile("/appointments/nominations/(\\d+)");

	private final MotionStore store;
	private final Posts posts;
	private final AddMembership add;
	private final EndMembership end;

	NominationVotes(MotionStore store, Posts posts, AddMembership add, EndMembership end) {
		this.store = store;
		this.posts = posts;
		this.add = add;
		this.end = end;
	}

	@EventListener
	void on(VoteClosed e) {
		Matcher m = e.itemLink() == null ? null : NOMINATION.matcher(e.itemLink());
		if (m == null || !m.matches()) {
			return;
		}
		if (e.form() != BallotForm.APPROVAL) {
			throw new AppointmentsException("appointments.error.approvalOnly");
		}
		if (!e.secret()) {
			throw new AppointmentsException("appointments.error.secretOnly");
		}
		NominationRow n = store.nomination(Long.parseLong(m.group(1)))
			.orElseThrow(() -> new AppointmentsException("appointments.error.notInMotion"));
		apply(new MotionId(n.motionId()), new PersonId(n.personId()), Boolean.TRUE.equals(e.passed()), e.totals(),
				e.allMembers(), e.closedOn());
	}

	/**
	 * Applies a vote's result to the nominee of a motion.
	 * @throws AppointmentsException when the person is not a nominee of the motion still to be voted
	 *     on, the motion is not on a sitting's business, or the post's holders rule the change out
	 */
	@Transactional
	void apply(MotionId motionId, PersonId person, boolean passed, Map<String, Integer> totals, int allMembers,
			LocalDate on) {
		MotionRow motion = store.load(motionId);
		NominationRow n = store.nominations(motionId.value()).stream()
			.filter(x -> x.personId() == person.value() && x.state() == NominationState.PENDING).findFirst()
			.orElseThrow(() -> new AppointmentsException("appointments.error.notInMotion"));
		if (!motion.state().votable()) {
			throw new AppointmentsException("appointments.error.notScheduled");
		}
		Long membership = null;
		if (passed) {
			posts.check(n.kind(), person, new OrganizationId(n.organizationId()), n.role(), n.label());
			OrganizationId body = new OrganizationId(n.organizationId());
			if (n.kind().starts()) {
				membership = add.add(new NewMembership(person, body, n.role(), n.heldLabel(), null, null, on, null)).value();
			}
			else {
				MembershipView held = posts.held(person, body, n.role(), n.label()).orElseThrow();
				end.end(held.id(), on, held.version());
				membership = held.id().value();
			}
		}
		store.updateNomination(n, null, passed ? "passed" : "failed",
				"state = ?, yes_votes = ?, no_votes = ?, abstentions = ?, all_members = ?, voted_on = ?, membership_id = ?",
				passed ? "PASSED" : "FAILED", totals.getOrDefault("YES", 0), totals.getOrDefault("NO", 0),
				totals.getOrDefault("ABSTAIN", 0), allMembers, on, membership);
		boolean allDecided = store.nominations(motionId.value()).stream()
			.noneMatch(x -> x.state() == NominationState.PENDING);
		if (allDecided) {
			store.updateMotion(store.load(motionId), null, "decided", "state = 'DECIDED'");
		}
	}
}
