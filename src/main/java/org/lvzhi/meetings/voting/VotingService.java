package org.lvzhi.meetings.voting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.Lock;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.AgendaItemId;
import org.lvzhi.meetings.BallotForm;
import org.lvzhi.meetings.MeetingsException;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingKind;
import org.lvzhi.meetings.SittingState;
import org.lvzhi.meetings.VoteClosed;
import org.lvzhi.meetings.VoteId;
import org.lvzhi.meetings.rules.MeetingsSettings;
import org.lvzhi.meetings.sittings.Attendance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one voting service: a round opens on an agenda item of a standing committee sitting that is
 * held and has its quorum; present members vote once each; the round closes with at least a quorum
 * of ballots (fewer than the present members: recorded as closed early) and its result never
 * changes; voting again is a new round. Open votes keep each member's choice for the office. Secret
 * votes write the member's "has voted" row in a transaction of its own and keep the choice in the
 * {@link BallotBox} until the close writes all ballots at once, shuffled, under random keys: no
 * column, row order, transaction id or time links a ballot to its voter.
 *
 * <p>Each step runs in a transaction of its own when called from a page; a caller that writes a
 * whole sitting in one transaction (the demo world's loader) has the steps join it. A round on a
 * sitting whose day is more than a week past is one entered afterwards from the records, and is
 * dated on the sitting's day.
 */
@Service
@org.springframework.modulith.NamedInterface("voting")
public class VotingService {

	/** A sitting lasts a few days; a round later than this after its first day is entered from the records. */
	private static final int SITTING_DAYS = 7;

	private final JdbcClient jdbc;
	private final Attendance attendance;
	private final MeetingsSettings settings;
	private final BallotBox box;
	private final Deadlines deadlines;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate tx;

	VotingService(JdbcClient jdbc, Attendance attendance, MeetingsSettings settings, BallotBox box, Deadlines deadlines,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.attendance = attendance;
		this.settings = settings;
		this.box = box;
		this.deadlines = deadlines;
		this.events = events;
		this.tx = new TransactionTemplate(transactions);
		this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
	}

	/** Opens a round on an item; a round after a closed or voided one is a new, audited round. */
	public VoteId open(AgendaItemId item, boolean secret, BallotForm form) {
		return tx.execute(status -> {
			Attendance.ItemAtSitting at = attendance.item(item.value())
				.orElseThrow(() -> new MeetingsException("meetings.error.notFound", item.value()));
			if (at.kind() != SittingKind.STANDING_COMMITTEE) {
				throw new MeetingsException("meetings.error.attendanceKind");
			}
			if (at.state() != SittingState.HELD) {
				throw new MeetingsException("meetings.error.notHeld");
			}
			int all = attendance.allMembers(at.heldOn()).size();
			int present = attendance.present(at.sittingId()).size();
			if (!settings.quorum(present, all)) {
				throw new MeetingsException("meetings.error.noQuorum", present, all, settings.quorumCount(all));
			}
			List<VoteView> rounds = rounds(item.value());
			if (rounds.stream().anyMatch(VoteView::open)) {
				throw new MeetingsException("meetings.error.voteOpen");
			}
			int round = rounds.size() + 1;
			var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
			jdbc.sql("""
					INSERT INTO meetings_vote (item_id, round, secret, ballot_form, state, all_members, present, opened_on)
					VALUES (?, ?, ?, ?, 'OPEN', ?, ?, ?)""")
				.params(item.value(), round, secret, (form == null ? BallotForm.APPROVAL : form).name(), all, present,
						day(at.heldOn()))
				.update(key, "id");
			long id = key.getKey().longValue();
			events.publishEvent(AuditEvent.created(round == 1 ? "meetings.vote.opened" : "meetings.vote.reopened", "Vote", id,
					at.title() + " #" + round, get(id)));
			return new VoteId(id);
		});
	}

	/** A present member's ballot, once per round, while the round is open. */
	public void cast(VoteId vote, PersonId member, String choice) {
		Lock lock = box.lock(vote.value()).readLock();
		lock.lock();
		try {
			boolean secret = tx.execute(status -> {
				VoteView v = get(vote.value());
				if (!v.open()) {
					throw new MeetingsException("meetings.error.voteNotOpen");
				}
				if (choice == null || !BallotForm.valueOf(v.ballotForm()).choices().contains(choice)) {
					throw new MeetingsException("meetings.error.choiceRequired");
				}
				Attendance.ItemAtSitting at = attendance.item(v.itemId()).orElseThrow();
				if (member == null || !attendance.present(at.sittingId()).contains(member)) {
					throw new MeetingsException("meetings.error.notPresent");
				}
				try {
					if (v.secret()) {
						jdbc.sql("INSERT INTO meetings_secret_voter (vote_id, person_id) VALUES (?, ?)")
							.params(v.id(), member.value()).update();
					}
					else {
						jdbc.sql("INSERT INTO meetings_open_ballot (vote_id, person_id, choice) VALUES (?, ?, ?)")
							.params(v.id(), member.value(), choice).update();
					}
				}
				catch (DuplicateKeyException e) {
					throw new MeetingsException("meetings.error.alreadyVoted");
				}
				// That a member voted is not secret; how is, and is never written here.
				events.publishEvent(new AuditEvent("meetings.vote.cast", "Vote", String.valueOf(v.id()),
						"person:" + member.value(), null, v.secret() ? null : choice));
				return v.secret();
			});
			if (secret) {
				box.add(vote.value(), choice);
			}
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * Closes a round: refused without a quorum of ballots, and for a secret round when the box does
	 * not hold a ballot for every "has voted" row (the application stopped during the round).
	 */
	public VoteClosed close(VoteId vote, Integer version) {
		Lock lock = box.lock(vote.value()).writeLock();
		lock.lock();
		try {
			VoteClosed closed = tx.execute(status -> {
				VoteView v = get(vote.value());
				if (version != null && version != v.version()) {
					throw new OptimisticLockingFailureException("Vote " + v.id() + " is at version " + v.version());
				}
				if (!v.open()) {
					throw new MeetingsException("meetings.error.voteNotOpen");
				}
				Attendance.ItemAtSitting at = attendance.item(v.itemId()).orElseThrow();
				int present = attendance.present(at.sittingId()).size();
				if (!settings.quorum(present, v.allMembers())) {
					throw new MeetingsException("meetings.error.noQuorum", present, v.allMembers(),
							settings.quorumCount(v.allMembers()));
				}
				BallotForm form = BallotForm.valueOf(v.ballotForm());
				Map<String, Integer> totals = new LinkedHashMap<>();
				form.choices().forEach(c -> totals.put(c, 0));
				int cast;
				if (v.secret()) {
					cast = jdbc.sql("SELECT COUNT(*) FROM meetings_secret_voter WHERE vote_id = ?").param(v.id())
						.query(Integer.class).single();
					if (box.size(v.id()) != cast) {
						throw new MeetingsException("meetings.error.ballotsLost", cast, box.size(v.id()));
					}
				}
				else {
					cast = jdbc.sql("SELECT COUNT(*) FROM meetings_open_ballot WHERE vote_id = ?").param(v.id())
						.query(Integer.class).single();
				}
				if (!settings.quorum(cast, v.allMembers())) {
					throw new MeetingsException("meetings.error.tooFewBallots", cast, settings.quorumCount(v.allMembers()));
				}
				if (v.secret()) {
					List<String> ballots = box.shuffled(v.id());
					for (String c : ballots) {
						jdbc.sql("INSERT INTO meetings_secret_ballot (ballot_key, vote_id, choice) VALUES (?, ?, ?)")
							.params(UUID.randomUUID().toString(), v.id(), c).update();
						totals.merge(c, 1, Integer::sum);
					}
					TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
						@Override
						public void afterCommit() {
							box.discard(v.id());
						}
					});
				}
				else {
					jdbc.sql("SELECT choice FROM meetings_open_ballot WHERE vote_id = ?").param(v.id()).query(String.class)
						.list().forEach(c -> totals.merge(c, 1, Integer::sum));
				}
				Boolean passed = form == BallotForm.APPROVAL ? settings.passes(totals.get("YES"), v.allMembers()) : null;
				boolean early = cast < present;
				for (var t : totals.entrySet()) {
					jdbc.sql("INSERT INTO meetings_vote_result (vote_id, choice, votes) VALUES (?, ?, ?)")
						.params(v.id(), t.getKey(), t.getValue()).update();
				}
				int n = jdbc.sql("""
						UPDATE meetings_vote SET state = 'CLOSED', cast_count = ?, passed = ?, closed_early = ?, closed_on = ?,
						version = version + 1 WHERE id = ? AND version = ? AND state = 'OPEN'""")
					.params(cast, passed, early, day(at.heldOn()), v.id(), v.version()).update();
				if (n != 1) {
					throw new OptimisticLockingFailureException("Vote " + v.id() + " changed meanwhile");
				}
				VoteView after = get(v.id());
				events.publishEvent(AuditEvent.changed("meetings.vote.closed", "Vote", v.id(), at.title() + " #" + v.round(),
						v, Map.of("vote", after, "totals", totals)));
				VoteClosed event = new VoteClosed(new VoteId(v.id()), new AgendaItemId(v.itemId()), at.link(),
						new SittingId(at.sittingId()), v.round(), v.secret(), form, v.allMembers(), present, cast, totals,
						passed, early, day(at.heldOn()));
				events.publishEvent(event);
				return event;
			});
			return closed;
		}
		finally {
			lock.unlock();
		}
	}

	/** Ends an open round without a result (its ballots are discarded unread); the item may be voted again. */
	public void annul(VoteId vote, Integer version) {
		Lock lock = box.lock(vote.value()).writeLock();
		lock.lock();
		try {
			tx.executeWithoutResult(status -> {
				VoteView v = get(vote.value());
				if (version != null && version != v.version()) {
					throw new OptimisticLockingFailureException("Vote " + v.id() + " is at version " + v.version());
				}
				if (!v.open()) {
					throw new MeetingsException("meetings.error.voteNotOpen");
				}
				jdbc.sql("UPDATE meetings_vote SET state = 'VOID', closed_on = ?, version = version + 1 WHERE id = ? AND state = 'OPEN'")
					.params(deadlines.today(), v.id()).update();
				events.publishEvent(AuditEvent.changed("meetings.vote.annulled", "Vote", v.id(), "#" + v.round(), v,
						get(v.id())));
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						box.discard(v.id());
					}
				});
			});
		}
		finally {
			lock.unlock();
		}
	}

	/** Today, or the sitting's day for a round entered from the records of a sitting long past. */
	private java.time.LocalDate day(java.time.LocalDate heldOn) {
		java.time.LocalDate today = deadlines.today();
		return today.isAfter(heldOn.plusDays(SITTING_DAYS)) ? heldOn : today;
	}

	VoteView get(long id) {
		return jdbc.sql("SELECT * FROM meetings_vote WHERE id = ?").param(id).query(VoteView.class).optional()
			.orElseThrow(() -> new MeetingsException("meetings.error.notFound", id));
	}

	List<VoteView> rounds(long itemId) {
		return jdbc.sql("SELECT * FROM meetings_vote WHERE item_id = ? ORDER BY round").param(itemId).query(VoteView.class)
			.list();
	}
}
