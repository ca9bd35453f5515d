package org.lvzhi.oversight.plan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the topics proposed for an oversight plan. */
@Service
@Transactional(readOnly = true)
public class Topics {

	public enum State {
		RECEIVED, ADOPTED, NOT_ADOPTED
	}

	public record Topic(long id, int planYear, String title, String reason, String proposer, LocalDate submittedOn,
			State state, Long reportId, int version) {
	}

	private final JdbcClient jdbc;

	Topics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Topic> of(int year) {
		return jdbc.sql("SELECT * FROM oversight_topic WHERE plan_year = ? ORDER BY submitted_on DESC, id DESC").param(year)
			.query(Topic.class).list();
	}

	/** What the public sees: the topics adopted into the plan, without who proposed them. */
	public List<Topic> adopted(int year) {
		return jdbc.sql("SELECT * FROM oversight_topic WHERE plan_year = ? AND state = 'ADOPTED' ORDER BY id").param(year)
			.query(Topic.class).list();
	}
}
