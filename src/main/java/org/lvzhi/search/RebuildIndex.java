package org.lvzhi.search;

import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator rebuilds the index of a type from the database, in the background; the log
 * says who started it and when. The page shows how it goes and how it ended.
 */
@Component
class RebuildIndex {

	private final Search search;
	private final Rebuilds rebuilds;
	private final ApplicationEventPublisher events;

	RebuildIndex(Search search, Rebuilds rebuilds, ApplicationEventPublisher events) {
		this.search = search;
		this.rebuilds = rebuilds;
		this.events = events;
	}

	@Transactional
	Rebuilds.Progress start(String type) {
		long before = search.count(type);
		Rebuilds.Progress progress = rebuilds.start(type);
		events.publishEvent(AuditEvent.changed("search.index.rebuilt", "SearchIndex", type,
				type + ": " + before + " → …", Map.of("documents", before), Map.of("rebuild", "started")));
		return progress;
	}
}
