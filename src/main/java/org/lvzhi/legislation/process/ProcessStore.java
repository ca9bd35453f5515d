package org.lvzhi.legislation.process;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lvzhi.legislation.ActivityId;
import org.lvzhi.legislation.ActivityKind;
import org.lvzhi.legislation.CommentDecision;
import org.lvzhi.legislation.CommentId;
import org.lvzhi.legislation.CommentSource;
import org.lvzhi.legislation.ContactPointId;
import org.lvzhi.legislation.ContactPointKind;
import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.OpinionRequestId;
import org.lvzhi.legislation.PoolMemberId;
import org.lvzhi.legislation.PoolRole;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.ProjectKind;
import org.lvzhi.legislation.ProjectStatus;
import org.lvzhi.legislation.comments.Comment;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.legislation.network.ContactPoint;
import org.lvzhi.legislation.network.PoolMember;
import org.lvzhi.legislation.network.PoolStatus;
import org.lvzhi.platform.PublicCodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The tables of the readings workflow, public comment and the consultation network. */
@Component
public class ProcessStore {

	private static final String PROJECT = """
			SELECT id, title, kind, status, version, votes_for, votes_against, votes_abstain, members_total, voted_on,
			       approval_due, approved_on, promulgated_on, notice, filing_due, filed_on, in_force_on
			FROM legislation_project""";

	private static final String COMMENT = """
			SELECT id, draft_id, article_seq, article_label, body, author_name, contact, source, source_detail,
			       submitted_at, hidden, hidden_reason, decision, decision_reason, version, request_id
			FROM legislation_comment""";

	/** A comment with what the index needs besides it; name and contact are not even read. */
	private static final String INDEXED = """
			SELECT c.id, c.draft_id, c.article_seq, c.article_label, c.body, NULL, NULL, c.source, c.source_detail,
			       c.submitted_at, c.hidden, c.hidden_reason, c.decision, c.decision_reason, c.version, c.request_id,
			       d.project_id, d.title
			FROM legislation_comment c JOIN legislation_draft d ON d.id = c.draft_id""";

	private final JdbcClient jdbc;

	ProcessStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ProjectProcess> process(ProjectId id) {
		return jdbc.sql(PROJECT + " WHERE id = ?").param(id.value()).query((rs, n) -> process(rs)).optional();
	}

	public List<ProjectProcess> processes() {
		return jdbc.sql(PROJECT + " ORDER BY id").query((rs, n) -> process(rs)).list();
	}

	public void setKind(ProjectId id, ProjectKind kind) {
		jdbc.sql("UPDATE legislation_project SET kind = ? WHERE id = ?").params(kind.name(), id.value()).update();
	}

	/** Moves the project if nobody changed it since {@code version} was read; extra columns as SQL assignments. */
	public boolean move(ProjectId id, int version, ProjectStatus to, String assignments, Object... values) {
		String extra = assignments == null || assignments.isEmpty() ? "" : ", " + assignments;
		Object[] params = new Object[values.length + 3];
		params[0] = to.name();
		System.arraycopy(values, 0, params, 1, values.length);
		params[values.length + 1] = id.value();
		params[values.length + 2] = version;
		return jdbc.sql("UPDATE legislation_project SET status = ?" + extra
				+ ", version = version + 1 WHERE id = ? AND version = ?")
			.params(params)
			.update() == 1;
	}

	public void addEvent(ProjectId id, ProjectStatus from, ProjectStatus to, LocalDate on, String note, Long by, Instant now) {
		jdbc.sql("""
				INSERT INTO legislation_project_event (project_id, from_status, to_status, happened_on, note, created_at,
				    created_by) VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), from.name(), to.name(), Date.valueOf(on), note, Timestamp.from(now), by)
			.update();
	}

	public List<TimelineEntry> timeline(ProjectId id) {
		return jdbc.sql("""
				SELECT from_status, to_status, happened_on, note FROM legislation_project_event
				WHERE project_id = ? ORDER BY id""")
			.param(id.value())
			.query((rs, n) -> new TimelineEntry(ProjectStatus.valueOf(rs.getString(1)), ProjectStatus.valueOf(rs.getString(2)),
					rs.getDate(3).toLocalDate(), rs.getString(4)))
			.list();
	}

	/** A reading held or a vote taken at a sitting, with the project's title. */
	public record SittingMove(ProjectId project, String title, ProjectStatus to, LocalDate on) {
	}

	/** Readings held and votes taken on or before the day, the latest first. */
	public List<SittingMove> sittingMoves(LocalDate day, int limit) {
		return jdbc.sql("""
				SELECT e.project_id, p.title, e.to_status, e.happened_on FROM legislation_project_event e
				JOIN legislation_project p ON p.id = e.project_id
				WHERE e.to_status IN ('FIRST_READING', 'SECOND_READING', 'THIRD_READING', 'PASSED', 'VOTE_FAILED')
				  AND e.happened_on <= ?
				ORDER BY e.happened_on DESC, e.id DESC LIMIT ?""")
			.params(Date.valueOf(day), limit)
			.query((rs, n) -> new SittingMove(new ProjectId(rs.getLong(1)), rs.getString(2),
					ProjectStatus.valueOf(rs.getString(3)), rs.getDate(4).toLocalDate()))
			.list();
	}

	/** The day of the latest vote that passed a project, if any. */
	public java.util.Optional<LocalDate> lastPassingVote() {
		return jdbc.sql("SELECT MAX(voted_on) FROM legislation_project WHERE votes_for * 2 > members_total")
			.query((rs, n) -> rs.getObject(1, LocalDate.class))
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

	/** Projects passed by a vote held in the year and not undone since. */
	public List<ProjectProcess> passedIn(int year) {
		return jdbc.sql(PROJECT + " WHERE voted_on BETWEEN ? AND ? AND votes_for * 2 > members_total ORDER BY voted_on, id")
			.params(Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)))
			.query((rs, n) -> process(rs))
			.list()
			.stream()
			.filter(p -> p.status().isPassed())
			.toList();
	}

	private static ProjectProcess process(ResultSet rs) throws SQLException {
		return new ProjectProcess(new ProjectId(rs.getLong(1)), rs.getString(2), ProjectKind.valueOf(rs.getString(3)),
				ProjectStatus.valueOf(rs.getString(4)), rs.getInt(5), integer(rs, 6), integer(rs, 7), integer(rs, 8),
				integer(rs, 9), date(rs, 10), date(rs, 11), date(rs, 12), date(rs, 13), rs.getString(14), date(rs, 15),
				date(rs, 16), date(rs, 17));
	}

	// Comment windows

	public record Window(LocalDate opens, LocalDate closes) {

		public boolean contains(LocalDate day) {
			return !day.isBefore(opens) && !day.isAfter(closes);
		}
	}

	public Optional<Window> window(DraftId draft) {
		return jdbc.sql("SELECT comment_opens, comment_closes FROM legislation_draft WHERE id = ? AND comment_opens IS NOT NULL")
			.param(draft.value())
			.query((rs, n) -> new Window(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()))
			.optional();
	}

	public void setWindow(DraftId draft, LocalDate opens, LocalDate closes) {
		jdbc.sql("UPDATE legislation_draft SET comment_opens = ?, comment_closes = ? WHERE id = ?")
			.params(Date.valueOf(opens), Date.valueOf(closes), draft.value())
			.update();
	}

	/** Drafts that were ever opened for comment, newest window first. */
	public List<Long> draftsOpenedForComment() {
		return jdbc.sql("SELECT id FROM legislation_draft WHERE comment_opens IS NOT NULL ORDER BY comment_opens DESC, id DESC")
			.query(Long.class)
			.list();
	}

	// Comments

	public CommentId insertComment(DraftId draft, Integer articleSeq, String articleLabel, String body, String authorName,
			String contact, CommentSource source, ContactPointId contactPoint, ActivityId activity, String sourceDetail,
			Instant at, String ipKey) {
		return insertComment(draft, articleSeq, articleLabel, body, authorName, contact, source, contactPoint, activity,
				sourceDetail, at, ipKey, null);
	}

	/** @param request the request for opinion the comment answers, or {@code null} */
	public CommentId insertComment(DraftId draft, Integer articleSeq, String articleLabel, String body, String authorName,
			String contact, CommentSource source, ContactPointId contactPoint, ActivityId activity, String sourceDetail,
			Instant at, String ipKey, OpinionRequestId request) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO legislation_comment (draft_id, article_seq, article_label, body, author_name, contact, source,
				    contact_point_id, activity_id, source_detail, submitted_at, ip_key, request_id, tracking_code)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(draft.value(), articleSeq, articleLabel, body, authorName, contact, source.name(),
					contactPoint == null ? null : contactPoint.value(), activity == null ? null : activity.value(),
					sourceDetail, Timestamp.from(at), ipKey, request == null ? null : request.value(),
					"C" + PublicCodes.next(9))
			.update(keys, "id");
		return new CommentId(keys.getKey().longValue());
	}

	/** A comment as its sender follows it by its tracking code: never the sender, never another's comment. */
	public record TrackedComment(String code, DraftId draft, Instant submittedAt, boolean hidden, CommentDecision decision,
			String decisionReason) {
	}

	public Optional<TrackedComment> commentByCode(String code) {
		if (code == null || code.isBlank() || code.strip().length() > 16) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT tracking_code, draft_id, submitted_at, hidden, decision, decision_reason FROM legislation_comment
				WHERE tracking_code = ?""")
			.param(code.strip().toUpperCase())
			.query((rs, n) -> new TrackedComment(rs.getString(1), new DraftId(rs.getLong(2)), rs.getTimestamp(3).toInstant(),
					rs.getBoolean(4), rs.getString(5) == null ? null : CommentDecision.valueOf(rs.getString(5)), rs.getString(6)))
			.optional();
	}

	public String trackingCode(CommentId id) {
		return jdbc.sql("SELECT tracking_code FROM legislation_comment WHERE id = ?").param(id.value()).query(String.class)
			.single();
	}

	public Optional<Comment> comment(CommentId id) {
		return jdbc.sql(COMMENT + " WHERE id = ?").param(id.value()).query((rs, n) -> comment(rs)).optional();
	}

	public List<Comment> comments(DraftId draft) {
		return jdbc.sql(COMMENT + " WHERE draft_id = ? ORDER BY COALESCE(article_seq, -1), submitted_at, id")
			.param(draft.value())
			.query((rs, n) -> comment(rs))
			.list();
	}

	public boolean hide(CommentId id, int version, boolean hidden, String reason, Long by) {
		return jdbc.sql("""
				UPDATE legislation_comment SET hidden = ?, hidden_reason = ?, hidden_by = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(hidden, reason, by, id.value(), version)
			.update() == 1;
	}

	public boolean decide(CommentId id, int version, CommentDecision decision, String reason, Long by) {
		return jdbc.sql("""
				UPDATE legislation_comment SET decision = ?, decision_reason = ?, decided_by = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(decision.name(), reason, by, id.value(), version)
			.update() == 1;
	}

	// Decisions per reading

	/** A comment's decision for one reading: taken there, or carried forward to it, or revised for it. */
	public record DecisionRow(CommentId comment, DraftId draft, int reading, CommentDecision decision, String reason,
			boolean carried) {
	}

	private static final String DECISION = """
			SELECT d.comment_id, d.draft_id, r.reading, d.decision, d.reason, d.carried
			FROM legislation_comment_decision d JOIN legislation_draft r ON r.id = d.draft_id""";

	public void putDecision(CommentId comment, DraftId draft, CommentDecision decision, String reason, boolean carried, Long by,
			Instant at) {
		int updated = jdbc.sql("""
				UPDATE legislation_comment_decision SET decision = ?, reason = ?, carried = ?, decided_at = ?, decided_by = ?
				WHERE comment_id = ? AND draft_id = ?""")
			.params(decision.name(), reason, carried, Timestamp.from(at), by, comment.value(), draft.value())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO legislation_comment_decision (comment_id, draft_id, decision, reason, carried, decided_at,
					    decided_by) VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(comment.value(), draft.value(), decision.name(), reason, carried, Timestamp.from(at), by)
				.update();
		}
	}

	/** A comment's decisions, earliest reading first. */
	public List<DecisionRow> decisions(CommentId comment) {
		return jdbc.sql(DECISION + " WHERE d.comment_id = ? ORDER BY r.reading")
			.param(comment.value())
			.query((rs, n) -> decisionRow(rs))
			.list();
	}

	/** The decisions of all comments on a project's drafts, earliest reading first. */
	public List<DecisionRow> decisionsOfProject(ProjectId project) {
		return jdbc.sql(DECISION + " WHERE r.project_id = ? ORDER BY d.comment_id, r.reading")
			.param(project.value())
			.query((rs, n) -> decisionRow(rs))
			.list();
	}

	/** The decisions taken for one reading, whatever reading their comments were made on. */
	public List<DecisionRow> decisionsFor(DraftId draft) {
		return jdbc.sql(DECISION + " WHERE d.draft_id = ? ORDER BY d.comment_id")
			.param(draft.value())
			.query((rs, n) -> decisionRow(rs))
			.list();
	}

	/** Comments made on the project's readings before {@code reading}, in reading order. */
	public List<Comment> commentsBefore(ProjectId project, int reading) {
		return jdbc.sql(COMMENT + """
				 WHERE draft_id IN (SELECT id FROM legislation_draft WHERE project_id = ? AND reading < ?)
				ORDER BY draft_id, COALESCE(article_seq, -1), submitted_at, id""")
			.params(project.value(), reading)
			.query((rs, n) -> comment(rs))
			.list();
	}

	private static DecisionRow decisionRow(ResultSet rs) throws SQLException {
		return new DecisionRow(new CommentId(rs.getLong(1)), new DraftId(rs.getLong(2)), rs.getInt(3),
				CommentDecision.valueOf(rs.getString(4)), rs.getString(5), rs.getBoolean(6));
	}

	/** Comments received in the year on any draft, hidden ones included: they were received. */
	public List<Comment> commentsIn(int year) {
		return jdbc.sql(COMMENT + " WHERE submitted_at >= ? AND submitted_at < ? ORDER BY submitted_at, id")
			.params(Timestamp.from(LegislationYears.start(year)), Timestamp.from(LegislationYears.start(year + 1)))
			.query((rs, n) -> comment(rs))
			.list();
	}

	private static Comment comment(ResultSet rs) throws SQLException {
		String decision = rs.getString(13);
		return new Comment(new CommentId(rs.getLong(1)), new DraftId(rs.getLong(2)), integer(rs, 3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), CommentSource.valueOf(rs.getString(8)), rs.getString(9),
				rs.getTimestamp(10).toInstant(), rs.getBoolean(11), rs.getString(12),
				decision == null ? null : CommentDecision.valueOf(decision), rs.getString(14), rs.getInt(15),
				rs.getObject(16) == null ? null : new OpinionRequestId(rs.getLong(16)));
	}

	/** A comment as the search index takes it: without name and contact, with its draft's project and title. */
	public record IndexedComment(Comment comment, ProjectId project, String draftTitle) {
	}

	public Optional<IndexedComment> indexedComment(CommentId id) {
		return jdbc.sql(INDEXED + " WHERE c.id = ?").param(id.value()).query((rs, n) -> indexed(rs)).optional();
	}

	public void forEachIndexedComment(java.util.function.Consumer<IndexedComment> consumer) {
		jdbc.sql(INDEXED + " ORDER BY c.id").query((java.sql.ResultSet rs) -> {
			consumer.accept(indexed(rs));
		});
	}

	public long commentCount() {
		return jdbc.sql("SELECT COUNT(*) FROM legislation_comment").query(Long.class).single();
	}

	private static IndexedComment indexed(ResultSet rs) throws SQLException {
		return new IndexedComment(comment(rs), new ProjectId(rs.getLong(17)), rs.getString(18));
	}

	// Contact points, pool, activities

	public ContactPointId insertContactPoint(String name, ContactPointKind kind, String liaison, LocalDate from) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO legislation_contact_point (name, kind, liaison, active_from) VALUES (?, ?, ?, ?)")
			.params(name, kind.name(), liaison, Date.valueOf(from))
			.update(keys, "id");
		return new ContactPointId(keys.getKey().longValue());
	}

	public List<ContactPoint> contactPoints() {
		return jdbc.sql("SELECT id, name, kind, liaison, active_from, active_to FROM legislation_contact_point ORDER BY id")
			.query((rs, n) -> new ContactPoint(new ContactPointId(rs.getLong(1)), rs.getString(2),
					ContactPointKind.valueOf(rs.getString(3)), rs.getString(4), rs.getDate(5).toLocalDate(), date(rs, 6)))
			.list();
	}

	public PoolMemberId insertPoolMember(String name, PoolRole role, String workplace, boolean grassroots, LocalDate joined) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO legislation_pool_member (name, member_role, workplace, grassroots, status, joined_on)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(name, role.name(), workplace, grassroots, PoolStatus.ACTIVE.name(), Date.valueOf(joined))
			.update(keys, "id");
		return new PoolMemberId(keys.getKey().longValue());
	}

	public Optional<PoolMember> poolMember(PoolMemberId id) {
		return jdbc.sql(POOL + " WHERE id = ?").param(id.value()).query((rs, n) -> poolMember(rs)).optional();
	}

	public List<PoolMember> poolMembers() {
		return jdbc.sql(POOL + " ORDER BY member_role, id").query((rs, n) -> poolMember(rs)).list();
	}

	public boolean setPoolStatus(PoolMemberId id, int version, PoolStatus status, LocalDate leftOn) {
		return jdbc.sql("""
				UPDATE legislation_pool_member SET status = ?, left_on = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(status.name(), leftOn == null ? null : Date.valueOf(leftOn), id.value(), version)
			.update() == 1;
	}

	public boolean setAssessment(PoolMemberId id, int version, String assessment) {
		return jdbc.sql("UPDATE legislation_pool_member SET assessment = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(assessment, id.value(), version)
			.update() == 1;
	}

	private static final String POOL = """
			SELECT id, name, member_role, workplace, grassroots, status, joined_on, left_on, assessment, version
			FROM legislation_pool_member""";

	private static PoolMember poolMember(ResultSet rs) throws SQLException {
		return new PoolMember(new PoolMemberId(rs.getLong(1)), rs.getString(2), PoolRole.valueOf(rs.getString(3)),
				rs.getString(4), rs.getBoolean(5), PoolStatus.valueOf(rs.getString(6)), rs.getDate(7).toLocalDate(),
				date(rs, 8), rs.getString(9), rs.getInt(10));
	}

	public ActivityId insertActivity(ProjectId project, ActivityKind kind, LocalDate heldOn, String place, String participants,
			String summary, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO legislation_activity (project_id, kind, held_on, place, participants, summary, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(project == null ? null : project.value(), kind.name(), Date.valueOf(heldOn), place, participants, summary,
					Timestamp.from(now))
			.update(keys, "id");
		return new ActivityId(keys.getKey().longValue());
	}

	public List<Activity> activities(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT id, project_id, kind, held_on, place, participants, summary FROM legislation_activity
				WHERE held_on BETWEEN ? AND ? ORDER BY held_on, id""")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query((rs, n) -> new Activity(new ActivityId(rs.getLong(1)),
					rs.getObject(2) == null ? null : new ProjectId(rs.getLong(2)), ActivityKind.valueOf(rs.getString(3)),
					rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	private static Integer integer(ResultSet rs, int column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static LocalDate date(ResultSet rs, int column) throws SQLException {
		Date value = rs.getDate(column);
		return value == null ? null : value.toLocalDate();
	}
}
