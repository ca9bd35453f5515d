package org.lvzhi.legislation.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.legislation.LegislationSettings;
import org.lvzhi.legislation.OpinionRequestId;
import org.lvzhi.notifications.NotificationRequested;
import org.lvzhi.notifications.Recipients;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, requests for opinion past their due date without an answer are brought to
 * the legislative affairs office and to whoever sent them, each at most once a week, so that staff
 * chase the contact point or the experts.
 */
@Component
public class RemindOverdueRequests {

	static final String OFFICE = "LEGISLATIVE_AFFAIRS";

	private final RequestStore store;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final int everyDays;

	RemindOverdueRequests(RequestStore store, JdbcClient jdbc, ApplicationEventPublisher events,
			LegislationSettings settings) {
		this.store = store;
		this.jdbc = jdbc;
		this.events = events;
		this.everyDays = settings.remindEveryDays();
	}

	/** @return how many requests were reminded */
	@Transactional
	public int remindOverdue(LocalDate today) {
		int n = 0;
		for (OpinionRequestId id : store.overdue(today, today.minusDays(everyDays))) {
			OpinionRequest r = store.find(id).orElseThrow();
			if (!store.reminded(id, r.version(), today)) {
				continue;
			}
			List<String> to = new ArrayList<>();
			to.add(Recipients.office(OFFICE));
			jdbc.sql("SELECT created_by FROM legislation_opinion_request WHERE id = ? AND created_by IS NOT NULL")
				.param(id.value())
				.query(Long.class)
				.optional()
				.ifPresent(account -> to.add(Recipients.account(account)));
			events.publishEvent(new NotificationRequested(to, "process.request.notice.overdue",
					List.of(r.subject(), r.addressedTo(), r.dueOn().toString()), "/legislation/requests/" + id,
					"legislation.request.overdue"));
			events.publishEvent(AuditEvent.changed("legislation.request.reminded", "OpinionRequest", id, r.subject(),
					Map.of("remindedOn", r.remindedOn() == null ? "" : r.remindedOn().toString()),
					Map.of("remindedOn", today.toString())));
			n++;
		}
		return n;
	}
}
