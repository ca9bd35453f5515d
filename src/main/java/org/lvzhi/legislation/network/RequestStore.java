package org.lvzhi.legislation.network;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lvzhi.legislation.ContactPointId;
import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.OpinionRequestId;
import org.lvzhi.legislation.PoolMemberId;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The table of requests for opinion and their addressees. */
@Component
public class RequestStore {

	private static final String SELECT = """
			SELECT r.id, r.draft_id, d.project_id, d.title, d.reading, r.contact_point_id, p.name, r.subject, r.note,
			       r.sent_on, r.due_on, r.answered_on, r.reminded_on, r.version,
			       (SELECT COUNT(*) FROM legislation_comment c WHERE c.request_id = r.id) AS answers
			FROM legislation_opinion_request r
			JOIN legislation_draft d ON d.id = r.draft_id
			LEFT JOIN legislation_contact_point p ON p.id = r.contact_point_id""";

	private final JdbcClient jdbc;

	RequestStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public OpinionRequestId insert(DraftId draft, ContactPointId point, List<PoolMemberId> members, String subject, String note,
			LocalDate sentOn, LocalDate dueOn, Long by, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO legislation_opinion_request (draft_id, contact_point_id, subject, note, sent_on, due_on,
				    created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(draft.value(), point == null ? null : point.value(), subject, note, Date.valueOf(sentOn),
					Date.valueOf(dueOn), Timestamp.from(now), by)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (PoolMemberId member : members) {
			jdbc.sql("INSERT INTO legislation_opinion_request_member (request_id, pool_member_id) VALUES (?, ?)")
				.params(id, member.value())
				.update();
		}
		return new OpinionRequestId(id);
	}

	public Optional<OpinionRequest> find(OpinionRequestId id) {
		return jdbc.sql(SELECT + " WHERE r.id = ?").param(id.value()).query((rs, n) -> row(rs)).optional()
			.map(this::withMembers);
	}

	/** Requests filtered by state on {@code today}, project and draft; newest first. */
	public Page<OpinionRequest> page(OpinionRequestState state, ProjectId project, DraftId draft, LocalDate today, int number,
			int size) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (state != null) {
			switch (state) {
				case ANSWERED -> where.append(" AND r.answered_on IS NOT NULL");
				case OVERDUE -> {
					where.append(" AND r.answered_on IS NULL AND r.due_on < ?");
					params.add(Date.valueOf(today));
				}
				case SENT -> {
					where.append(" AND r.answered_on IS NULL AND r.due_on >= ?");
					params.add(Date.valueOf(today));
				}
			}
		}
		if (project != null) {
			where.append(" AND d.project_id = ?");
			params.add(project.value());
		}
		if (draft != null) {
			where.append(" AND r.draft_id = ?");
			params.add(draft.value());
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM legislation_opinion_request r JOIN legislation_draft d ON d.id = r.draft_id"
				+ where).params(params).query(Long.class).single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(size);
		paged.add(Page.offset(number, size));
		List<OpinionRequest> items = jdbc.sql(SELECT + where + " ORDER BY r.sent_on DESC, r.id DESC LIMIT ? OFFSET ?")
			.params(paged)
			.query((rs, n) -> row(rs))
			.list()
			.stream()
			.map(this::withMembers)
			.toList();
		return new Page<>(items, number, size, total);
	}

	public long countFor(DraftId draft) {
		return jdbc.sql("SELECT COUNT(*) FROM legislation_opinion_request WHERE draft_id = ?")
			.param(draft.value())
			.query(Long.class)
			.single();
	}

	/** Unanswered requests due before {@code today} and not reminded since {@code remindedBefore}. */
	public List<OpinionRequestId> overdue(LocalDate today, LocalDate remindedBefore) {
		return jdbc.sql("""
				SELECT id FROM legislation_opinion_request
				WHERE answered_on IS NULL AND due_on < ? AND (reminded_on IS NULL OR reminded_on <= ?)
				ORDER BY due_on, id""")
			.params(Date.valueOf(today), Date.valueOf(remindedBefore))
			.query((rs, n) -> new OpinionRequestId(rs.getLong(1)))
			.list();
	}

	public boolean reminded(OpinionRequestId id, int version, LocalDate on) {
		return jdbc.sql("UPDATE legislation_opinion_request SET reminded_on = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(Date.valueOf(on), id.value(), version)
			.update() == 1;
	}

	public boolean answered(OpinionRequestId id, int version, LocalDate on) {
		return jdbc.sql("""
				UPDATE legislation_opinion_request SET answered_on = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(Date.valueOf(on), id.value(), version)
			.update() == 1;
	}

	private OpinionRequest withMembers(OpinionRequest r) {
		if (r.contactPoint() != null) {
			return r;
		}
		List<PoolMemberId> ids = new ArrayList<>();
		List<String> names = new ArrayList<>();
		jdbc.sql("""
				SELECT m.id, m.name FROM legislation_opinion_request_member rm
				JOIN legislation_pool_member m ON m.id = rm.pool_member_id
				WHERE rm.request_id = ? ORDER BY m.id""")
			.param(r.id().value())
			.query((ResultSet rs) -> {
				ids.add(new PoolMemberId(rs.getLong(1)));
				names.add(rs.getString(2));
			});
		return new OpinionRequest(r.id(), r.draft(), r.project(), r.draftTitle(), r.reading(), null, List.copyOf(ids),
				List.copyOf(names), r.subject(), r.note(), r.sentOn(), r.dueOn(), r.answeredOn(), r.remindedOn(), r.answers(),
				r.version());
	}

	private static OpinionRequest row(ResultSet rs) throws SQLException {
		long point = rs.getLong(6);
		boolean hasPoint = !rs.wasNull();
		return new OpinionRequest(new OpinionRequestId(rs.getLong(1)), new DraftId(rs.getLong(2)),
				new ProjectId(rs.getLong(3)), rs.getString(4), rs.getInt(5), hasPoint ? new ContactPointId(point) : null,
				List.of(), hasPoint ? List.of(rs.getString(7)) : List.of(), rs.getString(8), rs.getString(9),
				rs.getDate(10).toLocalDate(), rs.getDate(11).toLocalDate(), date(rs, 12), date(rs, 13), rs.getInt(15),
				rs.getInt(14));
	}

	private static LocalDate date(ResultSet rs, int column) throws SQLException {
		Date value = rs.getDate(column);
		return value == null ? null : value.toLocalDate();
	}
}
