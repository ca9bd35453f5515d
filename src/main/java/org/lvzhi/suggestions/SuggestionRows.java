package org.lvzhi.suggestions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a changed suggestion without rewriting its history. A move only appends to the child
 * lists (contacts, answers, timeline…) or changes a short one (assignments, co-signers), so the
 * root row is updated under its version and each child list is compared with what was loaded:
 * rows added at the end are inserted, a list changed otherwise is rewritten, an unchanged one is
 * left alone. Spring Data JDBC would delete and insert every child row on every save.
 */
@Component
class SuggestionRows {

	private final JdbcClient jdbc;
	private final SuggestionRepository repository;

	SuggestionRows(JdbcClient jdbc, SuggestionRepository repository) {
		this.jdbc = jdbc;
		this.repository = repository;
	}

	/**
	 * Loads the suggestion and remembers its child rows as stored: one query per table with plain
	 * row mapping, which costs a fraction of the generic aggregate read.
	 */
	Optional<Suggestion> load(long id) {
		Optional<Suggestion> found = jdbc.sql("SELECT * FROM suggestions_suggestion WHERE id = :id").param("id", id)
			.query((rs, n) -> root(rs)).optional();
		found.ifPresent(s -> {
			s.coSigners.addAll(children("suggestions_co_signer", id, rs -> new CoSigner(rs.getLong("person_id"))));
			s.jointOffices.addAll(children("suggestions_joint_office", id, rs -> new JointOffice(rs.getString("office"))));
			s.assignments.addAll(children("suggestions_assignment", id, rs -> new Assignment(rs.getLong("organization_id"),
					AssignmentRole.valueOf(rs.getString("role")), AssignmentStatus.valueOf(rs.getString("status")),
					date(rs, "assigned_on"), date(rs, "due_date"), rs.getString("return_reason"),
					date(rs, "return_requested_on"), date(rs, "return_decided_on"))));
			s.contacts.addAll(children("suggestions_contact", id, rs -> new Contact(rs.getLong("organization_id"),
					ContactStage.valueOf(rs.getString("stage")), date(rs, "contact_on"), rs.getString("way"),
					rs.getString("note"))));
			s.coViews.addAll(children("suggestions_co_view", id, rs -> new CoHandlingView(rs.getLong("organization_id"),
					date(rs, "sent_on"), rs.getString("text"))));
			s.answers.addAll(children("suggestions_answer", id, rs -> new Answer(rs.getLong("organization_id"),
					rs.getInt("round"), AnswerCategory.valueOf(rs.getString("category")), rs.getString("text"),
					rs.getObject("letter_file_id", Long.class), date(rs, "answered_on"))));
			s.feedback.addAll(children("suggestions_feedback", id, rs -> new Feedback(rs.getInt("round"),
					rs.getLong("person_id"), Rating.valueOf(rs.getString("rating")), rs.getString("comment"),
					date(rs, "rated_on"))));
			s.coSignerViews.addAll(children("suggestions_co_signer_view", id, rs -> new CoSignerView(rs.getInt("round"),
					rs.getLong("person_id"), rs.getString("text"), date(rs, "given_on"))));
			s.progress.addAll(children("suggestions_progress", id, rs -> new ProgressReport(rs.getLong("organization_id"),
					date(rs, "reported_on"), rs.getString("text"))));
			s.timeline.addAll(children("suggestions_timeline", id, rs -> new TimelineEntry(
					TimelineKind.valueOf(rs.getString("kind")), date(rs, "occurred_on"),
					rs.getObject("recorded_at", OffsetDateTime.class), rs.getObject("organization_id", Long.class),
					rs.getString("note"))));
			s.stored = Stored.of(s);
		});
		return found;
	}

	private static Suggestion root(ResultSet rs) throws SQLException {
		Suggestion s = new Suggestion();
		s.id = rs.getLong("id");
		s.version = rs.getInt("version");
		s.year = rs.getInt("session_year");
		s.seq = rs.getObject("seq", Integer.class);
		s.number = rs.getString("number");
		s.title = rs.getString("title");
		s.body = rs.getString("body");
		s.category = rs.getString("category");
		s.leadDeputyId = rs.getLong("lead_deputy_id");
		s.state = SuggestionState.valueOf(rs.getString("state"));
		s.round = rs.getInt("round");
		s.keySuggestion = rs.getBoolean("key_suggestion");
		s.supervisingLeaderId = rs.getObject("supervising_leader_id", Long.class);
		s.complex = rs.getBoolean("complex");
		String extension = rs.getString("extension_state");
		s.extensionState = extension == null ? null : ExtensionState.valueOf(extension);
		s.extensionReason = rs.getString("extension_reason");
		s.rejectReason = rs.getString("reject_reason");
		s.mergedIntoId = rs.getObject("merged_into_id", Long.class);
		s.draftedOn = date(rs, "drafted_on");
		s.submittedOn = date(rs, "submitted_on");
		s.assignedOn = date(rs, "assigned_on");
		s.answerDue = date(rs, "answer_due");
		s.answeredOn = date(rs, "answered_on");
		s.feedbackDue = date(rs, "feedback_due");
		s.closedOn = date(rs, "closed_on");
		s.implemented = rs.getBoolean("implemented");
		return s;
	}

	private <T> List<T> children(String table, long id, RowReader<T> reader) {
		return jdbc.sql("SELECT * FROM " + table + " WHERE suggestion_id = :id ORDER BY idx").param("id", id)
			.query((rs, n) -> reader.read(rs)).list();
	}

	@FunctionalInterface
	private interface RowReader<T> {

		T read(ResultSet rs) throws SQLException;
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	/**
	 * Saves; the version goes up by one.
	 *
	 * @throws OptimisticLockingFailureException when the row's version is no longer the loaded one
	 */
	Suggestion save(Suggestion s) {
		if (s.id == null || s.stored == null) {
			Suggestion saved = repository.save(s);
			saved.stored = Stored.of(saved);
			return saved;
		}
		int next = s.version() + 1;
		int updated = jdbc.sql("""
				UPDATE suggestions_suggestion SET session_year = :year, seq = :seq, number = :number, title = :title,
				  body = :body, category = :category, lead_deputy_id = :leadDeputy, state = :state, round = :round,
				  key_suggestion = :key, supervising_leader_id = :leader, complex = :complex,
				  extension_state = :extensionState, extension_reason = :extensionReason, reject_reason = :rejectReason,
				  merged_into_id = :mergedInto, drafted_on = :draftedOn, submitted_on = :submittedOn,
				  assigned_on = :assignedOn, answer_due = :answerDue, answered_on = :answeredOn,
				  feedback_due = :feedbackDue, closed_on = :closedOn, implemented = :implemented, version = :next
				WHERE id = :id AND version = :version""")
			.param("year", s.year).param("seq", s.seq).param("number", s.number).param("title", s.title)
			.param("body", s.body).param("category", s.category).param("leadDeputy", s.leadDeputyId)
			.param("state", s.state.name()).param("round", s.round).param("key", s.keySuggestion)
			.param("leader", s.supervisingLeaderId).param("complex", s.complex)
			.param("extensionState", s.extensionState == null ? null : s.extensionState.name())
			.param("extensionReason", s.extensionReason).param("rejectReason", s.rejectReason)
			.param("mergedInto", s.mergedIntoId).param("draftedOn", s.draftedOn).param("submittedOn", s.submittedOn)
			.param("assignedOn", s.assignedOn).param("answerDue", s.answerDue).param("answeredOn", s.answeredOn)
			.param("feedbackDue", s.feedbackDue).param("closedOn", s.closedOn).param("implemented", s.implemented)
			.param("next", next).param("id", s.id).param("version", s.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Suggestion " + s.id + " was changed since version " + s.version());
		}
		s.version = next;
		Stored was = s.stored;
		sync(s.id, "suggestions_co_signer", was.coSigners, s.coSigners, "person_id", c -> Map.of("person_id", c.personId()));
		sync(s.id, "suggestions_joint_office", was.jointOffices, s.jointOffices, "office", o -> Map.of("office", o.office()));
		sync(s.id, "suggestions_assignment", was.assignments, s.assignments,
				"organization_id, role, status, assigned_on, due_date, return_reason, return_requested_on, return_decided_on",
				a -> row("organization_id", a.organizationId(), "role", a.role().name(), "status", a.status().name(),
						"assigned_on", a.assignedOn(), "due_date", a.dueDate(), "return_reason", a.returnReason(),
						"return_requested_on", a.returnRequestedOn(), "return_decided_on", a.returnDecidedOn()));
		sync(s.id, "suggestions_contact", was.contacts, s.contacts, "organization_id, stage, contact_on, way, note",
				c -> row("organization_id", c.organizationId(), "stage", c.stage().name(), "contact_on", c.contactOn(),
						"way", c.way(), "note", c.note()));
		sync(s.id, "suggestions_co_view", was.coViews, s.coViews, "organization_id, sent_on, text",
				v -> row("organization_id", v.organizationId(), "sent_on", v.sentOn(), "text", v.text()));
		sync(s.id, "suggestions_answer", was.answers, s.answers,
				"organization_id, round, category, text, letter_file_id, answered_on",
				a -> row("organization_id", a.organizationId(), "round", a.round(), "category", a.category().name(),
						"text", a.text(), "letter_file_id", a.letterFileId(), "answered_on", a.answeredOn()));
		sync(s.id, "suggestions_feedback", was.feedback, s.feedback, "round, person_id, rating, comment, rated_on",
				f -> row("round", f.round(), "person_id", f.personId(), "rating", f.rating().name(), "comment",
						f.comment(), "rated_on", f.ratedOn()));
		sync(s.id, "suggestions_co_signer_view", was.coSignerViews, s.coSignerViews, "round, person_id, text, given_on",
				v -> row("round", v.round(), "person_id", v.personId(), "text", v.text(), "given_on", v.givenOn()));
		sync(s.id, "suggestions_progress", was.progress, s.progress, "organization_id, reported_on, text",
				p -> row("organization_id", p.organizationId(), "reported_on", p.reportedOn(), "text", p.text()));
		sync(s.id, "suggestions_timeline", was.timeline, s.timeline, "kind, occurred_on, recorded_at, organization_id, note",
				t -> row("kind", t.kind().name(), "occurred_on", t.occurredOn(), "recorded_at", t.recordedAt(),
						"organization_id", t.organizationId(), "note", t.note()));
		s.stored = Stored.of(s);
		return s;
	}

	private <T> void sync(long id, String table, List<T> before, List<T> after, String columns,
			Function<T, Map<String, Object>> values) {
		int from;
		if (after.size() >= before.size() && after.subList(0, before.size()).equals(before)) {
			from = before.size();
		}
		else {
			jdbc.sql("DELETE FROM " + table + " WHERE suggestion_id = :id").param("id", id).update();
			from = 0;
		}
		if (from == after.size()) {
			return;
		}
		String[] names = columns.split(",\\s*");
		String sql = "INSERT INTO " + table + " (suggestion_id, idx, " + columns + ") VALUES (:suggestion_id, :idx, :"
				+ String.join(", :", names) + ")";
		for (int i = from; i < after.size(); i++) {
			var spec = jdbc.sql(sql).param("suggestion_id", id).param("idx", i);
			Map<String, Object> row = values.apply(after.get(i));
			for (String name : names) {
				spec = spec.param(name, row.get(name));
			}
			spec.update();
		}
	}

	/** A row's values by column; unlike {@link Map#of} it takes nulls. */
	private static Map<String, Object> row(Object... pairs) {
		Map<String, Object> row = new java.util.HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			row.put((String) pairs[i], pairs[i + 1]);
		}
		return row;
	}

	/** The child rows as last read from or written to the database. */
	record Stored(List<CoSigner> coSigners, List<JointOffice> jointOffices, List<Assignment> assignments,
			List<Contact> contacts, List<CoHandlingView> coViews, List<Answer> answers, List<Feedback> feedback,
			List<CoSignerView> coSignerViews, List<ProgressReport> progress, List<TimelineEntry> timeline) {

		static Stored of(Suggestion s) {
			return new Stored(List.copyOf(s.coSigners), List.copyOf(s.jointOffices), List.copyOf(s.assignments),
					List.copyOf(s.contacts), List.copyOf(s.coViews), List.copyOf(s.answers), List.copyOf(s.feedback),
					List.copyOf(s.coSignerViews), List.copyOf(s.progress), List.copyOf(s.timeline));
		}
	}
}
