package org.lvzhi.oversight.inquiry;

import java.time.LocalDate;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.InterpellationId;
import org.lvzhi.oversight.InterpellationWorkflow;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.inquiry.Interpellations.Interpellation;
import org.lvzhi.oversight.inquiry.Interpellations.State;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The moves of an interpellation: FILED → ANSWERED → CLOSED, each audited in its transaction. */
@Service
class InterpellationService implements InterpellationWorkflow {

	private final JdbcClient jdbc;
	private final Interpellations interpellations;
	private final Directory directory;
	private final ApplicationEventPublisher events;

	InterpellationService(JdbcClient jdbc, Interpellations interpellations, Directory directory,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.interpellations = interpellations;
		this.directory = directory;
		this.events = events;
	}

	@Override
	@Transactional
	public InterpellationId file(OrganizationId organ, String reason, LocalDate on) {
		if (organ == null || directory.organization(organ).isEmpty()) {
			throw new OversightException("oversight.error.organRequired");
		}
		if (reason == null || reason.isBlank() || on == null) {
			throw new OversightException("oversight.error.textRequired");
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO oversight_interpellation (organ_id, reason, state, filed_on) VALUES (?, ?, 'FILED', ?)")
			.params(organ.value(), reason.strip(), on).update(keys, "id");
		long id = keys.getKey().longValue();
		events.publishEvent(AuditEvent.created("oversight.interpellation.filed", "Interpellation", id,
				short_(reason.strip()), Map.of("organ", organ.value(), "on", on.toString())));
		return new InterpellationId(id);
	}

	@Override
	@Transactional
	public void addProblem(InterpellationId interpellation, long problem, String text) {
		Interpellation i = load(interpellation);
		if (i.state() == State.CLOSED) {
			throw new OversightException("oversight.error.interpellationClosed");
		}
		try {
			jdbc.sql("INSERT INTO oversight_interpellation_problem (interpellation_id, problem_id, text) VALUES (?, ?, ?)")
				.params(i.id(), problem, text == null || text.isBlank() ? "#" + problem : text.strip()).update();
		}
		catch (DuplicateKeyException e) {
			throw new OversightException("oversight.error.problemAttached");
		}
		events.publishEvent(AuditEvent.created("oversight.interpellation.problemAdded", "Interpellation", i.id(),
				short_(text == null ? "" : text), Map.of("problem", problem)));
	}

	@Override
	@Transactional
	public void answer(InterpellationId interpellation, String answer, LocalDate on) {
		answer(interpellation, null, answer, on);
	}

	@Transactional
	void answer(InterpellationId interpellation, Integer version, String answer, LocalDate on) {
		Interpellation i = load(interpellation);
		if (i.state() != State.FILED) {
			throw new OversightException("oversight.error.interpellationMove");
		}
		if (answer == null || answer.isBlank()) {
			throw new OversightException("oversight.error.textRequired");
		}
		if (on.isBefore(i.filedOn())) {
			throw new OversightException("oversight.error.meetingBefore", i.filedOn());
		}
		move(i, version, "UPDATE oversight_interpellation SET state = 'ANSWERED', answer = ?, answered_on = ?, version = version + 1 WHERE id = ? AND version = ?",
				answer.strip(), on);
		events.publishEvent(AuditEvent.changed("oversight.interpellation.answered", "Interpellation", i.id(),
				short_(i.reason()), State.FILED.name(), State.ANSWERED.name()));
	}

	@Override
	@Transactional
	public void close(InterpellationId interpellation, String conclusion, LocalDate on) {
		close(interpellation, null, conclusion, on);
	}

	@Transactional
	void close(InterpellationId interpellation, Integer version, String conclusion, LocalDate on) {
		Interpellation i = load(interpellation);
		if (i.state() != State.ANSWERED) {
			throw new OversightException("oversight.error.interpellationMove");
		}
		if (conclusion == null || conclusion.isBlank()) {
			throw new OversightException("oversight.error.textRequired");
		}
		move(i, version, "UPDATE oversight_interpellation SET state = 'CLOSED', conclusion = ?, closed_on = ?, version = version + 1 WHERE id = ? AND version = ?",
				conclusion.strip(), on);
		events.publishEvent(AuditEvent.changed("oversight.interpellation.closed", "Interpellation", i.id(),
				short_(i.reason()), State.ANSWERED.name(), State.CLOSED.name()));
	}

	private void move(Interpellation i, Integer version, String sql, String text, LocalDate on) {
		int seen = version == null ? i.version() : version;
		if (jdbc.sql(sql).params(text, on, i.id(), seen).update() == 0) {
			throw new OptimisticLockingFailureException("Interpellation " + i.id() + " changed");
		}
	}

	private Interpellation load(InterpellationId id) {
		return interpellations.get(id).orElseThrow(() -> new OversightException("oversight.error.notFound", id.value()));
	}

	private static String short_(String s) {
		return s.length() > 60 ? s.substring(0, 60) + "…" : s;
	}
}
