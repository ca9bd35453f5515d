package org.lvzhi.oversight.inquiry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lvzhi.oversight.InterpellationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of interpellations (质询案) and the inspection problems they are about. */
@Service
@Transactional(readOnly = true)
public class Interpellations {

	public enum State {
		FILED, ANSWERED, CLOSED
	}

	public record Interpellation(long id, long organId, String reason, State state, LocalDate filedOn, String answer,
			LocalDate answeredOn, String conclusion, LocalDate closedOn, int version) {
	}

	public record ProblemRef(long problemId, String text) {
	}

	private static final String COLUMNS = "id, organ_id, reason, state, filed_on, answer, answered_on, conclusion, closed_on, version";

	private final JdbcClient jdbc;

	Interpellations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Interpellation> get(InterpellationId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM oversight_interpellation WHERE id = ?").param(id.value())
			.query(Interpellations::map).optional();
	}

	/** Every interpellation, or those addressed to one organ when {@code organ} is given. */
	public List<Interpellation> list(Long organ) {
		return organ == null
				? jdbc.sql("SELECT " + COLUMNS + " FROM oversight_interpellation ORDER BY filed_on DESC, id DESC")
					.query(Interpellations::map).list()
				: jdbc.sql("SELECT " + COLUMNS + " FROM oversight_interpellation WHERE organ_id = ? ORDER BY filed_on DESC, id DESC")
					.param(organ).query(Interpellations::map).list();
	}

	/** The interpellations of an organ not yet closed, to which another problem can be added. */
	public List<Interpellation> openFor(long organ) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM oversight_interpellation WHERE organ_id = ? AND state <> 'CLOSED' ORDER BY id")
			.param(organ).query(Interpellations::map).list();
	}

	public List<ProblemRef> problems(InterpellationId id) {
		return jdbc.sql("SELECT problem_id, text FROM oversight_interpellation_problem WHERE interpellation_id = ? ORDER BY problem_id")
			.param(id.value()).query((rs, n) -> new ProblemRef(rs.getLong(1), rs.getString(2))).list();
	}

	private static Interpellation map(ResultSet rs, int n) throws SQLException {
		return new Interpellation(rs.getLong("id"), rs.getLong("organ_id"), rs.getString("reason"),
				State.valueOf(rs.getString("state")), rs.getObject("filed_on", LocalDate.class), rs.getString("answer"),
				rs.getObject("answered_on", LocalDate.class), rs.getString("conclusion"),
				rs.getObject("closed_on", LocalDate.class), rs.getInt("version"));
	}
}
