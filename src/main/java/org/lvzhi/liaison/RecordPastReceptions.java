package org.lvzhi.liaison;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.PersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records reception days already held and the opinions raised at them (or left online) in bulk,
 * for the migration of earlier records and the demo. Each opinion's path runs through the same
 * moves as one by one, and the same events are published (a reception day recorded, each opinion
 * collected, closed, reopened); the rows are written in batches and the audit log gets one entry
 * per call.
 */
@Service
public class RecordPastReceptions {

	private final NamedParameterJdbcTemplate jdbc;
	private final LiaisonSettings settings;
	private final ApplicationEventPublisher events;
	private final Stations stations;
	private final Clock clock;
	private final LiaisonTallies tallies;

	RecordPastReceptions(NamedParameterJdbcTemplate jdbc, LiaisonSettings settings, ApplicationEventPublisher events,
			Stations stations, Clock clock, LiaisonTallies tallies) {
		this.tallies = tallies;
		this.jdbc = jdbc;
		this.settings = settings;
		this.events = events;
		this.stations = stations;
		this.clock = clock;
	}

	/** @return how many opinions were recorded */
	@Transactional
	public int record(List<PastRecords.Day> days, List<PastRecords.PastOpinion> online) {
		Map<Long, String> names = stations.names();
		List<Long> dayIds = insertDays(days);
		List<Opinion> opinions = new ArrayList<>();
		List<List<PastRecords.Step>> paths = new ArrayList<>();
		List<MapSqlParameterSource> deputies = new ArrayList<>();
		for (int i = 0; i < days.size(); i++) {
			PastRecords.Day d = days.get(i);
			long id = dayIds.get(i);
			for (PersonId p : d.deputies()) {
				deputies.add(new MapSqlParameterSource().addValue("d", id).addValue("p", p.value())
					.addValue("present", d.present().contains(p)));
			}
			for (PastRecords.PastOpinion po : d.opinions()) {
				NewOpinion n = po.opinion();
				opinions.add(walk(new NewOpinion(OpinionSource.RECEPTION, d.station(), new ReceptionDayId(id), d.present(),
						d.heldOn(), n.constituentName(), n.constituentPhone(), n.subject(), n.body(), n.category(),
						n.place()), po.path()));
				paths.add(po.path());
			}
		}
		jdbc.batchUpdate("INSERT INTO liaison_reception_deputy (day_id, person_id, present) VALUES (:d, :p, :present)",
				deputies.toArray(SqlParameterSource[]::new));
		tallies.daysAdded(dayIds);
		for (PastRecords.PastOpinion po : online) {
			opinions.add(walk(po.opinion(), po.path()));
			paths.add(po.path());
		}
		insertOpinions(opinions);
		tallies.opinionsAdded(opinions.stream().map(o -> o.id).toList());
		events.publishEvent(new OpinionsSaved(opinions));
		for (int i = 0; i < days.size(); i++) {
			PastRecords.Day d = days.get(i);
			events.publishEvent(new ReceptionDayRecorded(new ReceptionDayId(dayIds.get(i)), d.station(),
					names.getOrDefault(d.station().value(), ""), d.heldOn(), d.present(), d.constituents()));
		}
		for (int i = 0; i < opinions.size(); i++) {
			Opinion o = opinions.get(i);
			events.publishEvent(new OpinionCollected(o.id(), o.station(), o.deputies(), o.receivedOn, o.subject));
			for (PastRecords.Step st : paths.get(i)) {
				switch (st.move()) {
					case ANSWER_ON_SPOT -> events.publishEvent(new OpinionClosed(o.id(), o.deputies(), true, st.on()));
					case REDIRECT -> events.publishEvent(new OpinionClosed(o.id(), o.deputies(), false, st.on()));
					case CLOSE -> events.publishEvent(new OpinionClosed(o.id(), o.deputies(), st.solved(), st.on()));
					case REOPEN -> events.publishEvent(new OpinionReopened(o.id(), st.on()));
					default -> {
					}
				}
			}
		}
		events.publishEvent(new AuditEvent("liaison.past.recorded", "ReceptionDay", null,
				days.size() + " reception days, " + opinions.size() + " opinions", null,
				Map.of("days", days.size(), "opinions", opinions.size())));
		return opinions.size();
	}

	private Opinion walk(NewOpinion n, List<PastRecords.Step> path) {
		ReceiveOpinion.check(n, settings);
		Opinion o = Opinion.receive(n, OpinionStore.newCode(10));
		for (PastRecords.Step s : path) {
			switch (s.move()) {
				case ANSWER_ON_SPOT -> o.answerOnSpot(s.text(), s.on());
				case REDIRECT -> o.redirect(s.text(), s.on());
				case FORWARD -> o.forward(s.level(), s.text(), s.due(), s.on());
				case CHASE -> o.chase(s.on());
				case LEGISLATIVE -> o.sendAsLegislativeInput(s.text(), s.on());
				case RECORD_ANSWER -> o.recordAnswer(s.text(), s.on());
				case TELL -> o.tell(s.text(), s.on());
				case FEEDBACK -> o.constituentSays(s.solved(), s.text(), s.on());
				case CLOSE -> o.close(s.solved(), s.on());
				case REOPEN -> o.reopen(s.text(), s.on());
			}
		}
		return o;
	}

	private List<Long> insertDays(List<PastRecords.Day> days) {
		if (days.isEmpty()) {
			return List.of();
		}
		SqlParameterSource[] rows = days.stream().map(d -> new MapSqlParameterSource()
			.addValue("s", d.station().value()).addValue("held", d.heldOn()).addValue("hours", d.hours())
			.addValue("topic", d.topic()).addValue("announced", d.announcedOn()).addValue("c", d.constituents()))
			.toArray(SqlParameterSource[]::new);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.batchUpdate("""
				INSERT INTO liaison_reception_day (station_id, held_on, hours, topic, announced_on, state, constituents_received, version)
				VALUES (:s, :held, :hours, :topic, :announced, 'RECORDED', :c, 0)""", rows, keys, new String[] { "id" });
		return ids(keys, days.size());
	}

	private void insertOpinions(List<Opinion> opinions) {
		if (opinions.isEmpty()) {
			return;
		}
		SqlParameterSource[] rows = opinions.stream().map(o -> new MapSqlParameterSource()
			.addValue("code", o.trackingCode).addValue("source", o.source.name()).addValue("station", o.stationId)
			.addValue("day", o.dayId).addValue("received", o.receivedOn).addValue("name", o.constituentName)
			.addValue("phone", o.constituentPhone).addValue("subject", o.subject).addValue("body", o.body)
			.addValue("category", o.category).addValue("place", o.place).addValue("state", o.state.name())
			.addValue("level", o.forwardedLevel == null ? null : o.forwardedLevel.name()).addValue("to", o.forwardedTo)
			.addValue("fon", o.forwardedOn).addValue("due", o.dueOn).addValue("reason", o.redirectReason)
			.addValue("answer", o.answer).addValue("aon", o.answeredOn).addValue("ton", o.toldOn)
			.addValue("csolved", o.constituentSolved).addValue("solved", o.solved).addValue("closed", o.closedOn))
			.toArray(SqlParameterSource[]::new);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.batchUpdate("""
				INSERT INTO liaison_opinion (tracking_code, source, station_id, day_id, received_on, constituent_name,
				  constituent_phone, subject, body, category, place, state, forwarded_level, forwarded_to, forwarded_on,
				  due_on, redirect_reason, answer, answered_on, told_on, constituent_solved, solved, closed_on, version)
				VALUES (:code, :source, :station, :day, :received, :name, :phone, :subject, :body, :category, :place,
				  :state, :level, :to, :fon, :due, :reason, :answer, :aon, :ton, :csolved, :solved, :closed, 0)""",
				rows, keys, new String[] { "id" });
		List<Long> ids = ids(keys, opinions.size());
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<MapSqlParameterSource> deputies = new ArrayList<>();
		List<MapSqlParameterSource> steps = new ArrayList<>();
		for (int i = 0; i < opinions.size(); i++) {
			Opinion o = opinions.get(i);
			o.id = ids.get(i);
			for (Long p : o.deputyIds) {
				deputies.add(new MapSqlParameterSource().addValue("o", o.id).addValue("p", p));
			}
			for (Opinion.Step s : o.newSteps) {
				steps.add(new MapSqlParameterSource().addValue("o", o.id).addValue("kind", s.kind().name())
					.addValue("on", s.occurredOn()).addValue("at", now).addValue("actor", OpinionStore.actor())
					.addValue("note", s.note()));
			}
			o.newSteps.clear();
		}
		jdbc.batchUpdate("INSERT INTO liaison_opinion_deputy (opinion_id, person_id) VALUES (:o, :p)",
				deputies.toArray(SqlParameterSource[]::new));
		jdbc.batchUpdate("""
				INSERT INTO liaison_opinion_step (opinion_id, kind, occurred_on, recorded_at, actor, note)
				VALUES (:o, :kind, :on, :at, :actor, :note)""", steps.toArray(SqlParameterSource[]::new));
	}

	private static List<Long> ids(GeneratedKeyHolder keys, int expected) {
		List<Long> ids = keys.getKeyList().stream().map(m -> ((Number) m.values().iterator().next()).longValue()).toList();
		if (ids.size() != expected) {
			throw new IllegalStateException("Expected " + expected + " generated keys, got " + ids.size());
		}
		return ids;
	}
}
