package org.lvzhi.deadlines;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.lvzhi.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the bundled schedule for the years the database does not hold yet. Years already there,
 * bundled or uploaded, are left alone, so a restart never undoes an upload.
 */
@Service
class LoadBundledCalendar {

	static final String BUNDLED_BY = "system";

	private final CalendarStore store;
	private final ScheduleWriter writer;
	private final JsonMapper json;
	private final ApplicationEventPublisher events;

	LoadBundledCalendar(CalendarStore store, ScheduleWriter writer, JsonMapper json, ApplicationEventPublisher events) {
		this.store = store;
		this.writer = writer;
		this.json = json;
		this.events = events;
	}

	/** @return the years loaded now, oldest first; empty when every bundled year was there already */
	@Transactional
	public List<YearCount> loadMissingYears() {
		Schedule bundled = BundledCalendar.read(json);
		Set<Integer> missing = new HashSet<>(bundled.years().keySet());
		missing.removeAll(store.loadedYears());
		if (missing.isEmpty()) {
			return List.of();
		}
		List<YearCount> loaded = writer.write(bundled.only(missing), CalendarSource.BUNDLED, BUNDLED_BY,
				"chinese-days 1.5.7");
		events.publishEvent(AuditEvent.created("deadlines.calendar.bundled", "CalendarYear",
				loaded.getFirst().year() + "-" + loaded.getLast().year(),
				"Bundled schedule loaded for " + loaded.size() + " years", loaded));
		return loaded;
	}
}
