package org.lvzhi.appointments.motions;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.lvzhi.appointments.AppointmentDesk;
import org.lvzhi.appointments.AppointmentsException;
import org.lvzhi.appointments.MotionId;
import org.lvzhi.appointments.NominationId;
import org.lvzhi.appointments.rules.AppointmentsSettings;
import org.lvzhi.platform.FieldLimits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The motion's way from submission to publication, one method per move; a move the motion's state
 * does not allow is refused and writes nothing. The vote is applied by {@link NominationVotes}.
 */
@Service
@Transactional
class MotionService implements AppointmentDesk {

	private final MotionStore store;
	private final Posts posts;
	private final AppointmentsSettings settings;
	private final FieldLimits limits;

	MotionService(MotionStore store, Posts posts, AppointmentsSettings settings, FieldLimits limits) {
		this.store = store;
		this.posts = posts;
		this.settings = settings;
		this.limits = limits;
	}

	@Override
	public MotionId submit(NewMotion m) {
		if (m.proposer() == null) {
			throw new AppointmentsException("appointments.error.proposerRequired");
		}
		if (m.title() == null || m.title().isBlank()) {
			throw new AppointmentsException("appointments.error.titleRequired");
		}
		if (m.reasons() == null || m.reasons().isBlank()) {
			throw new AppointmentsException("appointments.error.reasonsRequired");
		}
		if (m.submittedOn() == null) {
			throw new AppointmentsException("appointments.error.dateRequired");
		}
		if (m.nominees() == null || m.nominees().isEmpty()) {
			throw new AppointmentsException("appointments.error.nomineeRequired");
		}
		limits.check("appointments_motion.title", m.title().strip());
		limits.check("appointments_motion.reasons", m.reasons().strip());
		if (m.materials() != null) {
			limits.check("appointments_motion.materials", m.materials().strip());
		}
		Set<String> seen = new HashSet<>();
		for (Nominee n : m.nominees()) {
			if (n.kind() == null) {
				throw new AppointmentsException("appointments.error.kindRequired");
			}
			if (n.person() == null) {
				throw new AppointmentsException("appointments.error.noSuchPerson");
			}
			if (n.record() == null || n.record().isBlank()) {
				throw new AppointmentsException("appointments.error.recordRequired");
			}
			limits.check("appointments_nomination.record", n.record().strip());
			posts.check(n.kind(), n.person(), n.organization(), n.role(), n.label());
			if (!seen.add(n.person().value() + "/" + n.organization().value() + "/" + n.role() + "/" + n.label().strip())) {
				throw new AppointmentsException("appointments.error.duplicateNominee");
			}
		}
		long id = store.insertMotion(m, m.title().strip());
		int position = 1;
		for (Nominee n : m.nominees()) {
			store.insertNomination(id, position++, n);
		}
		store.created(id);
		return new MotionId(id);
	}

	@Override
	public void accept(MotionId id) {
		accept(id, null, null);
	}

	/** Accepts a complete motion: reasons, the list of materials and every nominee's record are there. */
	void accept(MotionId id, Integer version, LocalDate on) {
		MotionRow m = store.load(id);
		require(m, MotionState.SUBMITTED);
		if (m.materials() == null || m.materials().isBlank()) {
			throw new AppointmentsException("appointments.error.materialsMissing");
		}
		if (store.nominations(m.id()).stream().anyMatch(n -> n.record() == null || n.record().isBlank())) {
			throw new AppointmentsException("appointments.error.recordMissing");
		}
		LocalDate day = on != null ? on : m.submittedOn();
		store.updateMotion(m, version, "accepted", "state = 'ACCEPTED', accepted_on = ?", day);
	}

	@Override
	public void schedule(MotionId id, LocalDate sittingDay) {
		schedule(id, null, sittingDay);
	}

	void schedule(MotionId id, Integer version, LocalDate sittingDay) {
		MotionRow m = store.load(id);
		require(m, MotionState.ACCEPTED, MotionState.SCHEDULED, MotionState.REVIEWED);
		if (sittingDay == null) {
			throw new AppointmentsException("appointments.error.dayRequired");
		}
		if (sittingDay.isBefore(m.submittedOn())) {
			throw new AppointmentsException("appointments.error.dayBeforeSubmission", m.submittedOn());
		}
		if (store.nominations(m.id()).stream().anyMatch(n -> n.state() != NominationState.PENDING)) {
			throw new AppointmentsException("appointments.error.alreadyVoted");
		}
		MotionState next = m.state() == MotionState.REVIEWED ? MotionState.REVIEWED : MotionState.SCHEDULED;
		store.updateMotion(m, version, "scheduled", "state = ?, sitting_day = ?", next.name(), sittingDay);
	}

	@Override
	public void review(MotionId id, String review) {
		review(id, null, review, null);
	}

	void review(MotionId id, Integer version, String review, LocalDate on) {
		MotionRow m = store.load(id);
		require(m, MotionState.SCHEDULED, MotionState.REVIEWED);
		if (review == null || review.isBlank()) {
			throw new AppointmentsException("appointments.error.reviewRequired");
		}
		String text = limits.check("appointments_motion.review", review.strip());
		store.updateMotion(m, version, "reviewed", "state = 'REVIEWED', review = ?, reviewed_on = ?", text,
				on != null ? on : m.sittingDay());
	}

	@Override
	public void statement(NominationId id, String statement) {
		statement(id, null, statement);
	}

	void statement(NominationId id, Integer version, String statement) {
		NominationRow n = store.loadNomination(id.value());
		MotionRow m = store.load(new MotionId(n.motionId()));
		if (n.state() != NominationState.PENDING || !n.kind().starts()
				|| !(m.state() == MotionState.ACCEPTED || m.state().votable())) {
			throw new AppointmentsException("appointments.error.noStatement");
		}
		if (statement == null || statement.isBlank()) {
			throw new AppointmentsException("appointments.error.statementRequired");
		}
		store.updateNomination(n, version, "statement", "statement = ?",
				limits.check("appointments_nomination.statement", statement.strip()));
	}

	@Override
	public void issueLetter(NominationId id, LocalDate on) {
		issueLetter(id, null, on);
	}

	/** Numbers the letter in the year of its date, with the settings' format. */
	void issueLetter(NominationId id, Integer version, LocalDate on) {
		NominationRow n = store.loadNomination(id.value());
		if (n.state() != NominationState.PASSED || !n.kind().starts()) {
			throw new AppointmentsException("appointments.error.noLetter");
		}
		if (n.letterNumber() != null) {
			throw new AppointmentsException("appointments.error.letterIssued", n.letterNumber());
		}
		LocalDate day = on != null ? on : n.votedOn();
		if (day.isBefore(n.votedOn())) {
			throw new AppointmentsException("appointments.error.beforeVote", n.votedOn());
		}
		int seq = store.nextLetter(day.getYear());
		store.updateNomination(n, version, "letterIssued",
				"letter_year = ?, letter_seq = ?, letter_number = ?, letter_on = ?", day.getYear(), seq,
				settings.letterNumber(day.getYear(), seq), day);
	}

	@Override
	public void recordOath(NominationId id, LocalDate on, String witnesses, String text) {
		recordOath(id, null, on, witnesses, text);
	}

	void recordOath(NominationId id, Integer version, LocalDate on, String witnesses, String text) {
		NominationRow n = store.loadNomination(id.value());
		if (n.state() != NominationState.PASSED || !n.kind().starts()) {
			throw new AppointmentsException("appointments.error.noOath");
		}
		if (n.oathOn() != null) {
			throw new AppointmentsException("appointments.error.oathRecorded", n.oathOn());
		}
		LocalDate day = on != null ? on : n.votedOn();
		if (day.isBefore(n.votedOn())) {
			throw new AppointmentsException("appointments.error.beforeVote", n.votedOn());
		}
		if (witnesses == null || witnesses.isBlank()) {
			throw new AppointmentsException("appointments.error.witnessesRequired");
		}
		String oath = text == null || text.isBlank() ? settings.oathText() : text.strip();
		store.updateNomination(n, version, "oath", "oath_on = ?, oath_witnesses = ?, oath_text = ?", day,
				limits.check("appointments_nomination.oath_witnesses", witnesses.strip()),
				limits.check("appointments_nomination.oath_text", oath));
	}

	@Override
	public void publish(MotionId id, LocalDate on) {
		publish(id, null, on);
	}

	void publish(MotionId id, Integer version, LocalDate on) {
		MotionRow m = store.load(id);
		require(m, MotionState.DECIDED);
		LocalDate day = on != null ? on : m.sittingDay();
		store.updateMotion(m, version, "published", "state = 'PUBLISHED', published_on = ?", day);
	}

	@Override
	@Transactional(readOnly = true)
	public List<NominationId> nominations(MotionId id) {
		return store.nominations(id.value()).stream().map(n -> new NominationId(n.id())).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<NominationId> awaitingLetter(MotionId id) {
		return store.nominations(id.value()).stream()
			.filter(n -> n.state() == NominationState.PASSED && n.kind().starts() && n.letterNumber() == null)
			.map(n -> new NominationId(n.id())).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<MotionId> decidedOn(LocalDate sittingDay) {
		return store.motionsDecidedOn(sittingDay).stream().map(MotionId::new).toList();
	}

	private static void require(MotionRow m, MotionState... allowed) {
		for (MotionState s : allowed) {
			if (m.state() == s) {
				return;
			}
		}
		throw new AppointmentsException("appointments.error.state." + m.state());
	}
}
