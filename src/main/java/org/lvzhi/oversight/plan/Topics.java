package org.lvzhi.oversight.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the candidate topics for an oversight plan, from every source. */
@Service
@Transactional(readOnly = true)
public class Topics {

	public enum State {
		RECEIVED, ADOPTED, MERGED, NOT_ADOPTED
	}

	/** Where a candidate topic came from. */
	public enum Source {
		/** 社会公开征集 */
		PUBLIC,
		/** 代表建议 */
		SUGGESTIONS,
		/** 执法检查发现问题 */
		INSPECTIONS,
		/** 信访 */
		PETITION
	}

	public record Topic(long id, int planYear, String title, String reason, String proposer, LocalDate submittedOn,
			State state, Long reportId, int version, Source source, String reference, String answer, Long mergedInto,
			Long planItemId, LocalDate decidedOn) {
	}

	/** A record the topic was drawn from; {@code path} opens it, when it has a page. */
	public record Link(String kind, Long refId, String label, String path) {
	}

	private static final String COLUMNS = "id, plan_year, title, reason, proposer, submitted_on, state, report_id, version,"
			+ " source, reference, answer, merged_into, plan_item_id, decided_on";

	private final JdbcClient jdbc;

	Topics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Topic> of(int year) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM oversight_topic WHERE plan_year = ? ORDER BY submitted_on DESC, id DESC")
			.param(year).query(Topics::topic).list();
	}

	public Optional<Topic> get(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM oversight_topic WHERE id = ?").param(id).query(Topics::topic).optional();
	}

	/** A topic the public proposed, by the tracking code its proposer got. */
	public Optional<Topic> byTrackingCode(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM oversight_topic WHERE tracking_code = ?")
			.param(code == null ? "" : code.strip().toUpperCase()).query(Topics::topic).optional();
	}

	/** What the public sees: the topics adopted into the plan, without who proposed them. */
	public List<Topic> adopted(int year) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM oversight_topic WHERE plan_year = ? AND state = 'ADOPTED' ORDER BY id")
			.param(year).query(Topics::topic).list();
	}

	/** The public's own proposals that were decided, with the office's answer, by number. */
	public List<Topic> answered(int year) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM oversight_topic WHERE plan_year = ? AND source = 'PUBLIC'"
				+ " AND state <> 'RECEIVED' ORDER BY id").param(year).query(Topics::topic).list();
	}

	public List<Link> links(long topic) {
		return jdbc.sql("SELECT kind, ref_id, label, path FROM oversight_topic_link WHERE topic_id = ? ORDER BY id")
			.param(topic)
			.query((rs, n) -> new Link(rs.getString(1), (Long) rs.getObject(2, Long.class), rs.getString(3), rs.getString(4)))
			.list();
	}

	boolean exists(int year, Source source, String key) {
		return jdbc.sql("SELECT COUNT(*) FROM oversight_topic WHERE plan_year = ? AND source = ? AND source_key = ?")
			.params(year, source.name(), key).query(Long.class).single() > 0;
	}

	private static Topic topic(ResultSet rs, int n) throws SQLException {
		return new Topic(rs.getLong("id"), rs.getInt("plan_year"), rs.getString("title"), rs.getString("reason"),
				rs.getString("proposer"), rs.getObject("submitted_on", LocalDate.class), State.valueOf(rs.getString("state")),
				(Long) rs.getObject("report_id", Long.class), rs.getInt("version"), Source.valueOf(rs.getString("source")),
				rs.getString("reference"), rs.getString("answer"), (Long) rs.getObject("merged_into", Long.class),
				(Long) rs.getObject("plan_item_id", Long.class), rs.getObject("decided_on", LocalDate.class));
	}
}
