package org.lvzhi.liaison;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lvzhi.liaison.web.LiaisonAccess;
import org.lvzhi.notifications.NotificationRequested;
import org.lvzhi.notifications.Recipients;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chases forwarded opinions until the body answers: one by hand from the opinion's page, or all
 * those due within a few days or overdue, every morning (each at most once within
 * {@link LiaisonSettings#chaseEveryDays}). Each chase is a line in the timeline and a reminder to the
 * deputies' affairs office and the opinion's deputies.
 */
@Service
class ChaseForwarded {

	static final String OFFICE = "DEPUTY_AFFAIRS";
	static final String CATEGORY = "liaison.chased";

	private final OpinionStore store;
	private final JdbcClient jdbc;
	private final LiaisonSettings settings;
	private final ApplicationEventPublisher events;
	private final Stations stations;

	ChaseForwarded(OpinionStore store, JdbcClient jdbc, LiaisonSettings settings, ApplicationEventPublisher events,
			Stations stations) {
		this.stations = stations;
		this.store = store;
		this.jdbc = jdbc;
		this.settings = settings;
		this.events = events;
	}

	@Transactional
	public void chase(OpinionId id, int version, LocalDate on) {
		Opinion o = store.move(id, version, "chased", x -> x.chase(on));
		remind(o, on);
	}

	/** @return how many forwarded opinions were chased */
	@Transactional
	public int chaseDue(LocalDate on) {
		List<Long> due = jdbc.sql("SELECT id FROM liaison_opinion WHERE state = 'FORWARDED' AND due_on <= :limit"
				+ " AND id NOT IN (SELECT opinion_id FROM liaison_opinion_step WHERE kind = 'CHASED' AND occurred_on > :since)"
				+ " ORDER BY due_on, id")
			.param("limit", on.plusDays(settings.remindDaysBefore())).param("since", on.minusDays(settings.chaseEveryDays()))
			.query(Long.class).list();
		for (Long id : due) {
			Opinion o = store.load(new OpinionId(id));
			store.move(o.id(), o.version(), "chased", x -> x.chase(on));
			remind(o, on);
		}
		return due.size();
	}

	/**
	 * Reminds the office, and the opinion's deputies who may open it (those of its station, or all of
	 * them for an opinion left outside a station), as {@link LiaisonAccess#canOpen} has it.
	 */
	private void remind(Opinion o, LocalDate on) {
		List<String> to = new ArrayList<>();
		to.add(Recipients.office(OFFICE));
		o.deputies().stream()
			.filter(p -> o.station() == null || stations.stationIdsOf(p).contains(o.station().value()))
			.forEach(p -> to.add(Recipients.person(p.value())));
		boolean overdue = o.dueOn() != null && o.dueOn().isBefore(on);
		events.publishEvent(new NotificationRequested(to,
				overdue ? "liaison.notice.overdue" : "liaison.notice.dueSoon",
				List.of(o.subject(), o.forwardedTo(), String.valueOf(o.dueOn())), "/liaison/opinions/" + o.id().value(),
				CATEGORY, OpinionStore.subject(o.id().value())));
	}
}
