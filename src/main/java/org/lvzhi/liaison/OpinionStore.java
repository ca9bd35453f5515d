package org.lvzhi.liaison;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.notifications.NotificationsSettled;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Loads and saves opinions for the use cases. Every save checks the version the user saw, writes
 * the new timeline lines and the audit entry in the caller's transaction, so no move is stored
 * without its trace.
 */
@Component
class OpinionStore {

	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final LiaisonTallies tallies;

	OpinionStore(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, LiaisonTallies tallies) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.tallies = tallies;
	}

	static String newCode(int length) {
		StringBuilder b = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			b.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		return b.toString();
	}

	Optional<Opinion> find(OpinionId id) {
		return jdbc.sql("SELECT * FROM liaison_opinion WHERE id = :id").param("id", id.value()).query(this::row)
			.optional().map(this::withChildren);
	}

	Optional<Opinion> findByCode(String code) {
		if (code == null || code.isBlank() || code.length() > 16) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT * FROM liaison_opinion WHERE tracking_code = :c").param("c", code.strip().toUpperCase())
			.query(this::row).optional().map(this::withChildren);
	}

	Opinion load(OpinionId id) {
		return find(id).orElseThrow(() -> new LiaisonException("liaison.error.opinionNotFound", id.value()));
	}

	/** @throws OptimisticLockingFailureException when the opinion changed since the user saw it */
	Opinion load(OpinionId id, int expectedVersion) {
		Opinion o = load(id);
		if (o.version != expectedVersion) {
			throw new OptimisticLockingFailureException("Opinion " + id + " is at version " + o.version);
		}
		return o;
	}

	/** Inserts a new opinion with its deputies and first timeline line, and publishes that it was collected. */
	Opinion insert(Opinion o) {
		o.trackingCode = o.trackingCode == null ? newCode(10) : o.trackingCode;
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO liaison_opinion (tracking_code, source, station_id, day_id, received_on, constituent_name,
				  constituent_phone, subject, body, category, place, state, solved, version)
				VALUES (:code, :source, :station, :day, :received, :name, :phone, :subject, :body, :category, :place,
				  :state, FALSE, 0)""")
			.param("code", o.trackingCode)
			.param("source", o.source.name())
			.param("station", o.stationId)
			.param("day", o.dayId)
			.param("received", o.receivedOn)
			.param("name", o.constituentName)
			.param("phone", o.constituentPhone)
			.param("subject", o.subject)
			.param("body", o.body)
			.param("category", o.category)
			.param("place", o.place)
			.param("state", o.state.name())
			.update(keys, "id");
		o.id = keys.getKey().longValue();
		tallies.opinionChanged(o.id, null);
		for (Long p : o.deputyIds) {
			jdbc.sql("INSERT INTO liaison_opinion_deputy (opinion_id, person_id) VALUES (:o, :p)").param("o", o.id)
				.param("p", p).update();
		}
		writeSteps(o);
		events.publishEvent(AuditEvent.created("liaison.opinion.received", "Opinion", o.id, o.subject,
				OpinionSnapshot.of(o)));
		events.publishEvent(new OpinionCollected(o.id(), o.station(), o.deputies(), o.receivedOn, o.subject));
		events.publishEvent(new OpinionsSaved(List.of(o)));
		return o;
	}

	/** Loads the opinion at the version the user saw, runs the move and saves it. */
	Opinion move(OpinionId id, int version, String action, Consumer<Opinion> move) {
		Opinion o = load(id, version);
		OpinionSnapshot before = OpinionSnapshot.of(o);
		move.accept(o);
		return save(o, action, before);
	}

	Opinion save(Opinion o, String action, OpinionSnapshot before) {
		LiaisonTallies.OpinionCount counted = tallies.opinion(o.id);
		int updated = jdbc.sql("""
				UPDATE liaison_opinion SET state = :state, forwarded_level = :level, forwarded_to = :to,
				  forwarded_on = :fon, due_on = :due, redirect_reason = :reason, suggestion_id = :suggestion,
				  answer = :answer, answered_on = :aon, told_on = :ton, constituent_solved = :csolved,
				  solved = :solved, closed_on = :closed, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("state", o.state.name())
			.param("level", o.forwardedLevel == null ? null : o.forwardedLevel.name())
			.param("to", o.forwardedTo)
			.param("fon", o.forwardedOn)
			.param("due", o.dueOn)
			.param("reason", o.redirectReason)
			.param("suggestion", o.suggestionId)
			.param("answer", o.answer)
			.param("aon", o.answeredOn)
			.param("ton", o.toldOn)
			.param("csolved", o.constituentSolved)
			.param("solved", o.solved)
			.param("closed", o.closedOn)
			.param("id", o.id)
			.param("version", o.version)
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Opinion " + o.id + " changed meanwhile");
		}
		o.version++;
		tallies.opinionChanged(o.id, counted);
		writeSteps(o);
		events.publishEvent(AuditEvent.changed("liaison.opinion." + action, "Opinion", o.id, o.subject, before,
				OpinionSnapshot.of(o)));
		if (action.equals("answerRecorded") || action.equals("closed")) {
			// The reminders to chase the body asked for its answer: it came, or the opinion is closed.
			events.publishEvent(NotificationsSettled.of(subject(o.id), ChaseForwarded.CATEGORY));
		}
		events.publishEvent(new OpinionsSaved(List.of(o)));
		return o;
	}

	static String subject(long opinionId) {
		return "opinion:" + opinionId;
	}

	private void writeSteps(Opinion o) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		String actor = actor();
		for (Opinion.Step s : o.newSteps) {
			jdbc.sql("""
					INSERT INTO liaison_opinion_step (opinion_id, kind, occurred_on, recorded_at, actor, note)
					VALUES (:o, :kind, :on, :at, :actor, :note)""")
				.param("o", o.id)
				.param("kind", s.kind().name())
				.param("on", s.occurredOn())
				.param("at", now)
				.param("actor", actor)
				.param("note", s.note())
				.update();
		}
		o.newSteps.clear();
	}

	static String actor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null) {
			return "system";
		}
		return auth instanceof AnonymousAuthenticationToken ? "public" : auth.getName();
	}

	private Opinion withChildren(Opinion o) {
		o.deputyIds = new java.util.ArrayList<>(jdbc.sql(
				"SELECT person_id FROM liaison_opinion_deputy WHERE opinion_id = :o ORDER BY person_id")
			.param("o", o.id).query(Long.class).list());
		o.steps.addAll(jdbc.sql("SELECT * FROM liaison_opinion_step WHERE opinion_id = :o ORDER BY id")
			.param("o", o.id)
			.query((rs, n) -> new Opinion.Step(StepKind.valueOf(rs.getString("kind")),
					rs.getObject("occurred_on", LocalDate.class), rs.getObject("recorded_at", OffsetDateTime.class),
					rs.getString("actor"), rs.getString("note")))
			.list());
		return o;
	}

	private Opinion row(ResultSet rs, int n) throws SQLException {
		Opinion o = new Opinion();
		o.id = rs.getLong("id");
		o.trackingCode = rs.getString("tracking_code");
		o.source = OpinionSource.valueOf(rs.getString("source"));
		o.stationId = rs.getObject("station_id", Long.class);
		o.dayId = rs.getObject("day_id", Long.class);
		o.receivedOn = rs.getObject("received_on", LocalDate.class);
		o.constituentName = rs.getString("constituent_name");
		o.constituentPhone = rs.getString("constituent_phone");
		o.subject = rs.getString("subject");
		o.body = rs.getString("body");
		o.category = rs.getString("category");
		o.place = rs.getString("place");
		o.state = OpinionState.valueOf(rs.getString("state"));
		String level = rs.getString("forwarded_level");
		o.forwardedLevel = level == null ? null : ForwardLevel.valueOf(level);
		o.forwardedTo = rs.getString("forwarded_to");
		o.forwardedOn = rs.getObject("forwarded_on", LocalDate.class);
		o.dueOn = rs.getObject("due_on", LocalDate.class);
		o.redirectReason = rs.getString("redirect_reason");
		o.suggestionId = rs.getObject("suggestion_id", Long.class);
		o.answer = rs.getString("answer");
		o.answeredOn = rs.getObject("answered_on", LocalDate.class);
		o.toldOn = rs.getObject("told_on", LocalDate.class);
		o.constituentSolved = rs.getObject("constituent_solved", Boolean.class);
		o.solved = rs.getBoolean("solved");
		o.closedOn = rs.getObject("closed_on", LocalDate.class);
		o.version = rs.getInt("version");
		return o;
	}

	/** What the audit log keeps of an opinion: its path, never the constituent's personal data. */
	record OpinionSnapshot(String state, String forwardedTo, LocalDate dueOn, Long suggestionId, String answer,
			Boolean constituentSolved, boolean solved, LocalDate closedOn, int version) {

		static OpinionSnapshot of(Opinion o) {
			return new OpinionSnapshot(o.state.name(), o.forwardedTo, o.dueOn, o.suggestionId, o.answer,
					o.constituentSolved, o.solved, o.closedOn, o.version);
		}
	}

}
