package org.lvzhi.oversight.reports;

import java.time.LocalDate;
import java.util.concurrent.locks.Lock;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.PersonId;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.Satisfaction;
import org.lvzhi.oversight.WorkReportId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A member's secret ballot. Only the member's "has voted" row is written, in a transaction of its
 * own (its primary key makes a second ballot fail, even a concurrent one), with the audit entry
 * that says that the member voted, never how. The choice goes into the {@link SatisfactionBallotBox}
 * after that transaction, and reaches the database only when the vote closes, shuffled with all the
 * others: no column, row order, transaction id, time or log links a ballot to its voter.
 */
@Service
class CastBallot {

	private final ReportStore store;
	private final StandingCommittee committee;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final SatisfactionBallotBox box;
	private final TransactionTemplate tx;
	private final TransactionTemplate joined;

	CastBallot(ReportStore store, StandingCommittee committee, JdbcClient jdbc, ApplicationEventPublisher events,
			SatisfactionBallotBox box, PlatformTransactionManager transactions) {
		this.store = store;
		this.committee = committee;
		this.jdbc = jdbc;
		this.events = events;
		this.box = box;
		this.tx = new TransactionTemplate(transactions);
		this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.joined = new TransactionTemplate(transactions);
	}

	void vote(WorkReportId id, PersonId member, Satisfaction choice) {
		if (choice == null) {
			throw new OversightException("oversight.error.choiceRequired");
		}
		Lock lock = box.lock(id.value()).readLock();
		lock.lock();
		try {
			own().executeWithoutResult(status -> {
				WorkReport r = store.load(id);
				LocalDate opened = jdbc
					.sql("SELECT opened_on FROM oversight_report_vote WHERE report_id = ? AND closed_on IS NULL")
					.param(id.value()).query(LocalDate.class).optional()
					.orElseThrow(() -> new OversightException("oversight.error.voteNotOpen"));
				if (member == null || !committee.membersOn(opened).contains(member)) {
					throw new OversightException("oversight.error.notMember");
				}
				if (hasVoted(id, member)) {
					throw new OversightException("oversight.error.alreadyVoted");
				}
				try {
					jdbc.sql("INSERT INTO oversight_report_voter (report_id, person_id) VALUES (?, ?)")
						.params(id.value(), member.value()).update();
				}
				catch (DuplicateKeyException e) {
					throw new OversightException("oversight.error.alreadyVoted");
				}
				events.publishEvent(AuditEvent.created("oversight.report.voted", "WorkReport", id.value(), r.title, null));
			});
			box.add(id.value(), choice.name());
		}
		finally {
			lock.unlock();
		}
	}

	boolean hasVoted(WorkReportId id, PersonId member) {
		return jdbc.sql("SELECT COUNT(*) FROM oversight_report_voter WHERE report_id = ? AND person_id = ?")
			.params(id.value(), member.value()).query(Integer.class).single() > 0;
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
