package org.lvzhi.audit;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read access to the action log. There is deliberately no way to change or remove an entry.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;
	/** The committee's zone, in which a day of the filter begins and ends. */
	private final ZoneId zone;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	/** Entries matching the filter, newest first. */
	public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
		Where where = where(filter);
		return jdbc.sql("SELECT * FROM audit_entry" + where.sql + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
			.params(where.params)
			.param("limit", limit)
			.param("offset", offset)
			.query(AuditLog::map)
			.list();
	}

	public long count(AuditFilter filter) {
		Where where = where(filter);
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where.sql).params(where.params).query(Long.class).single();
	}

	/** Streams every matching entry, newest first, without loading them all at once. */
	public void forEach(AuditFilter filter, Consumer<AuditEntry> consumer) {
		Where where = where(filter);
		try (var stream = jdbc.sql("SELECT * FROM audit_entry" + where.sql + " ORDER BY id DESC")
			.params(where.params)
			.query(AuditLog::map)
			.stream()) {
			stream.forEach(consumer);
		}
	}

	/** The history of one record, oldest first. */
	public List<AuditEntry> historyOf(String subjectType, String subjectId) {
		return jdbc.sql("SELECT * FROM audit_entry WHERE subject_type = :type AND subject_id = :id ORDER BY id")
			.param("type", subjectType)
			.param("id", subjectId)
			.query(AuditLog::map)
			.list();
	}

	private static AuditEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", java.time.OffsetDateTime.class),
				rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
				rs.getString("summary"), rs.getString("before_state"), rs.getString("after_state"));
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private Where where(AuditFilter f) {
		List<String> clauses = new ArrayList<>();
		Map<String, Object> params = new java.util.HashMap<>();
		if (notBlank(f.actor())) {
			clauses.add("actor = :actor");
			params.put("actor", f.actor().trim());
		}
		if (notBlank(f.action())) {
			clauses.add("action LIKE :action");
			params.put("action", f.action().trim() + "%");
		}
		if (notBlank(f.subjectType())) {
			clauses.add("subject_type = :type");
			params.put("type", f.subjectType().trim());
		}
		if (notBlank(f.subjectId())) {
			clauses.add("subject_id = :sid");
			params.put("sid", f.subjectId().trim());
		}
		if (f.from() != null) {
			clauses.add("occurred_at >= :from");
			params.put("from", f.from().atStartOfDay(zone).toOffsetDateTime());
		}
		if (f.to() != null) {
			clauses.add("occurred_at < :to");
			params.put("to", f.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
		}
		return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
	}

	private static boolean notBlank(String s) {
		return s != null && !s.isBlank();
	}
}
