package org.lvzhi.liaison;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Model stations (示范型): a station applies, reviewers score it on each criterion of the settings,
 * the committee designates it; a later review may withdraw the designation. Only a designation
 * that stands counts.
 */
@Service
public class ModelStations {

	/** Where an application stands. */
	public enum State {
		APPLIED, DESIGNATED, DECLINED, WITHDRAWN
	}

	/** An application with its total score (the average over reviewers of the sum over criteria). */
	public record Application(long id, StationId station, LocalDate appliedOn, String statement, State state,
			LocalDate designatedOn, LocalDate withdrawnOn, String withdrawReason, double score, int reviewers,
			int version) {
	}

	private final JdbcClient jdbc;
	private final Stations stations;
	private final StationRegistry registry;
	private final LiaisonSettings settings;
	private final ApplicationEventPublisher events;

	ModelStations(JdbcClient jdbc, Stations stations, StationRegistry registry, LiaisonSettings settings,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.stations = stations;
		this.registry = registry;
		this.settings = settings;
		this.events = events;
	}

	@Transactional
	public long apply(StationId station, String statement, LocalDate on) {
		Station s = stations.get(station).orElseThrow(() -> new LiaisonException("liaison.error.stationNotFound",
				station.value()));
		long open = jdbc.sql("SELECT COUNT(*) FROM liaison_model_application WHERE station_id = :s AND state IN ('APPLIED', 'DESIGNATED')")
			.param("s", station.value()).query(Long.class).single();
		if (open > 0) {
			throw new LiaisonException("liaison.error.alreadyApplied");
		}
		if (statement != null && statement.length() > 2000) {
			throw new LiaisonException("liaison.error.tooLong", 2000);
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO liaison_model_application (station_id, applied_on, statement, state, version)"
				+ " VALUES (:s, :on, :st, 'APPLIED', 0)")
			.param("s", station.value()).param("on", on).param("st", statement).update(keys, "id");
		long id = keys.getKey().longValue();
		events.publishEvent(AuditEvent.created("liaison.model.applied", "ModelApplication", id, s.name(),
				Map.of("station", station.value(), "state", "APPLIED")));
		return id;
	}

	/** A reviewer's scores, one per criterion of the settings; scoring again replaces them. */
	@Transactional
	public void score(long application, String reviewer, Map<String, Integer> scores) {
		Application a = get(application);
		if (a.state() != State.APPLIED) {
			throw new LiaisonException("liaison.error.modelState", new org.springframework.context.support.DefaultMessageSourceResolvable(
					"liaison.model.state." + a.state()));
		}
		for (String c : settings.criteria()) {
			Integer v = scores.get(c);
			if (v == null || v < 0 || v > settings.maxScore()) {
				throw new LiaisonException("liaison.error.score", c, settings.maxScore());
			}
		}
		jdbc.sql("DELETE FROM liaison_model_score WHERE application_id = :a AND reviewer = :r").param("a", application)
			.param("r", reviewer).update();
		for (String c : settings.criteria()) {
			jdbc.sql("INSERT INTO liaison_model_score (application_id, criterion, reviewer, score) VALUES (:a, :c, :r, :v)")
				.param("a", application).param("c", c).param("r", reviewer).param("v", scores.get(c)).update();
		}
		events.publishEvent(AuditEvent.changed("liaison.model.scored", "ModelApplication", application, reviewer, null,
				scores));
	}

	@Transactional
	public void designate(long application, int version, LocalDate on) {
		Application a = get(application);
		if (a.state() != State.APPLIED) {
			throw new LiaisonException("liaison.error.modelState",
					new org.springframework.context.support.DefaultMessageSourceResolvable("liaison.model.state." + a.state()));
		}
		if (a.reviewers() == 0) {
			throw new LiaisonException("liaison.error.notScored");
		}
		change(a, version, State.DESIGNATED, on, null);
		registry.markModel(a.station(), true);
	}

	@Transactional
	public void decline(long application, int version, LocalDate on) {
		Application a = get(application);
		if (a.state() != State.APPLIED) {
			throw new LiaisonException("liaison.error.modelState",
					new org.springframework.context.support.DefaultMessageSourceResolvable("liaison.model.state." + a.state()));
		}
		change(a, version, State.DECLINED, on, null);
	}

	/** After a review, the committee withdraws a designation, with the reason. */
	@Transactional
	public void withdraw(long application, int version, String reason, LocalDate on) {
		Application a = get(application);
		if (a.state() != State.DESIGNATED) {
			throw new LiaisonException("liaison.error.modelState",
					new org.springframework.context.support.DefaultMessageSourceResolvable("liaison.model.state." + a.state()));
		}
		if (reason == null || reason.isBlank()) {
			throw new LiaisonException("liaison.error.reasonRequired");
		}
		change(a, version, State.WITHDRAWN, on, reason.strip());
		registry.markModel(a.station(), false);
	}

	private void change(Application a, int version, State to, LocalDate on, String reason) {
		int n = jdbc.sql("UPDATE liaison_model_application SET state = :st,"
				+ (to == State.DESIGNATED ? " designated_on = :on," : to == State.WITHDRAWN ? " withdrawn_on = :on, withdraw_reason = :r," : "")
				+ " version = version + 1 WHERE id = :id AND version = :v")
			.param("st", to.name()).param("on", on).param("r", reason).param("id", a.id()).param("v", version).update();
		if (n != 1) {
			throw new OptimisticLockingFailureException("Application " + a.id() + " changed meanwhile");
		}
		events.publishEvent(AuditEvent.changed("liaison.model." + to.name().toLowerCase(), "ModelApplication", a.id(),
				String.valueOf(a.station().value()), Map.of("state", a.state().name()), Map.of("state", to.name())));
	}

	@Transactional
	public long recordSurveyVisit(StationId station, LocalDate on, String findings, String recordedBy) {
		stations.get(station).orElseThrow(() -> new LiaisonException("liaison.error.stationNotFound", station.value()));
		if (on == null) {
			throw new LiaisonException("liaison.error.dateRequired");
		}
		if (findings != null && findings.length() > 2000) {
			throw new LiaisonException("liaison.error.tooLong", 2000);
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO liaison_survey_visit (visited_on, station_id, findings, recorded_by) VALUES (:on, :s, :f, :by)")
			.param("on", on).param("s", station.value()).param("f", findings).param("by", recordedBy).update(keys, "id");
		long id = keys.getKey().longValue();
		events.publishEvent(AuditEvent.created("liaison.survey.recorded", "SurveyVisit", id, on + " " + station.value(),
				Map.of("station", station.value(), "on", on.toString())));
		return id;
	}

	@Transactional(readOnly = true)
	public Application get(long id) {
		return jdbc.sql(SELECT + " WHERE a.id = :id GROUP BY " + GROUP).param("id", id).query(this::row).optional()
			.orElseThrow(() -> new LiaisonException("liaison.error.applicationNotFound", id));
	}

	@Transactional(readOnly = true)
	public List<Application> list(State state) {
		return jdbc.sql(SELECT + (state == null ? "" : " WHERE a.state = :st") + " GROUP BY " + GROUP
				+ " ORDER BY a.applied_on DESC, a.id DESC")
			.params(state == null ? Map.of() : Map.of("st", state.name())).query(this::row).list();
	}

	/** Survey visits: when, which station, what was found. */
	public record SurveyVisit(long id, LocalDate visitedOn, StationId station, String findings, String recordedBy) {
	}

	@Transactional(readOnly = true)
	public List<SurveyVisit> surveyVisits(int year) {
		return jdbc.sql("SELECT * FROM liaison_survey_visit WHERE visited_on >= :from AND visited_on < :to ORDER BY visited_on, id")
			.param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
			.query((rs, n) -> new SurveyVisit(rs.getLong("id"), rs.getObject("visited_on", LocalDate.class),
					new StationId(rs.getLong("station_id")), rs.getString("findings"), rs.getString("recorded_by")))
			.list();
	}

	private static final String SELECT = "SELECT a.id, a.station_id, a.applied_on, a.statement, a.state, a.designated_on,"
			+ " a.withdrawn_on, a.withdraw_reason, a.version, COALESCE(SUM(sc.score), 0) AS total,"
			+ " COUNT(DISTINCT sc.reviewer) AS reviewers FROM liaison_model_application a"
			+ " LEFT JOIN liaison_model_score sc ON sc.application_id = a.id";

	private static final String GROUP = "a.id, a.station_id, a.applied_on, a.statement, a.state, a.designated_on,"
			+ " a.withdrawn_on, a.withdraw_reason, a.version";

	private Application row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		int reviewers = rs.getInt("reviewers");
		return new Application(rs.getLong("id"), new StationId(rs.getLong("station_id")),
				rs.getObject("applied_on", LocalDate.class), rs.getString("statement"), State.valueOf(rs.getString("state")),
				rs.getObject("designated_on", LocalDate.class), rs.getObject("withdrawn_on", LocalDate.class),
				rs.getString("withdraw_reason"), reviewers == 0 ? 0 : rs.getDouble("total") / reviewers, reviewers,
				rs.getInt("version"));
	}
}
