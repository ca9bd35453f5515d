package org.lvzhi.oversight.reports;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.Lock;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.meetings.rules.MeetingsSettings;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.Satisfaction;
import org.lvzhi.oversight.VoteOutcome;
import org.lvzhi.oversight.WorkReportId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes the satisfaction vote: refused with fewer ballots than a quorum of all members (the
 * sittings' rule, {@link MeetingsSettings#quorum}), and when the box does not hold a ballot for every
 * "has voted" row (the application stopped during the vote). The ballots are written all at once,
 * shuffled, under random keys, and counted against all members; 不满意 sends the report back to the
 * organ for rework. The result stands: the vote cannot be opened again on the same deliberation.
 */
@Service
class CloseVote {

	private final ReportStore store;
	private final JdbcClient jdbc;
	private final SatisfactionBallotBox box;
	private final MeetingsSettings settings;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate tx;
	private final TransactionTemplate joined;

	CloseVote(ReportStore store, JdbcClient jdbc, SatisfactionBallotBox box, MeetingsSettings settings,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.store = store;
		this.jdbc = jdbc;
		this.box = box;
		this.settings = settings;
		this.events = events;
		this.tx = new TransactionTemplate(transactions);
		this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.joined = new TransactionTemplate(transactions);
	}

	Satisfaction close(WorkReportId id, LocalDate on) {
		Lock lock = box.lock(id.value()).writeLock();
		lock.lock();
		try {
			return own().execute(status -> closeLocked(id, on));
		}
		finally {
			lock.unlock();
		}
	}

	private Satisfaction closeLocked(WorkReportId id, LocalDate on) {
		Integer members = jdbc.sql("SELECT total_members FROM oversight_report_vote WHERE report_id = ? AND closed_on IS NULL")
			.param(id.value()).query(Integer.class).optional()
			.orElseThrow(() -> new OversightException("oversight.error.voteNotOpen"));
		int cast = jdbc.sql("SELECT COUNT(*) FROM oversight_report_voter WHERE report_id = ?").param(id.value())
			.query(Integer.class).single();
		if (box.size(id.value()) != cast) {
			throw new OversightException("oversight.error.ballotsLost", cast, box.size(id.value()));
		}
		if (!settings.quorum(cast, members)) {
			throw new OversightException("oversight.error.tooFewBallots", cast, settings.quorumCount(members));
		}
		Map<Satisfaction, Long> tally = new EnumMap<>(Satisfaction.class);
		for (Satisfaction s : Satisfaction.values()) {
			tally.put(s, 0L);
		}
		for (String c : box.shuffled(id.value())) {
			jdbc.sql("INSERT INTO oversight_report_ballot (ballot_key, report_id, choice) VALUES (?, ?, ?)")
				.params(UUID.randomUUID().toString(), id.value(), c).update();
			tally.merge(Satisfaction.valueOf(c), 1L, Long::sum);
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				box.discard(id.value());
			}
		});
		Satisfaction result = VoteOutcome.of(tally.get(Satisfaction.SATISFIED), tally.get(Satisfaction.BASICALLY_SATISFIED),
				members);
		jdbc.sql("UPDATE oversight_report_vote SET result = ?, closed_on = ? WHERE report_id = ?")
			.params(result.name(), on, id.value()).update();
		WorkReport r = store.load(id);
		events.publishEvent(AuditEvent.changed("oversight.report.voteCounted", "WorkReport", id.value(), r.title,
				null, Map.of("members", members, "cast", cast, "totals", tally, "result", result)));
		ReportSnapshot before = ReportSnapshot.of(r);
		r.rated(result);
		WorkReport saved = store.save(r, "voteClosed", before);
		if (result == Satisfaction.DISSATISFIED) {
			store.notify(saved, List.of(ReportStore.organ(saved), ReportStore.OFFICE), "rework");
		}
		return result;
	}

	/**
	 * A transaction of its own, so that no other row shares its transaction id; only a caller that
	 * already holds a transaction (the demo world loads each of its parts in one, with made-up votes)
	 * has the work join it.
	 */
	private TransactionTemplate own() {
		return TransactionSynchronizationManager.isActualTransactionActive() ? joined : tx;
	}
}
