package org.lvzhi.search;

import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An administrator rebuilds the index of a type from the database; the log says who and when. */
@Component
class RebuildIndex {

	private final Search search;
	private final ApplicationEventPublisher events;

	RebuildIndex(Search search, ApplicationEventPublisher events) {
		this.search = search;
		this.events = events;
	}

	@Transactional
	long rebuild(String type) {
		long before = search.count(type);
		long after = search.rebuild(type);
		events.publishEvent(AuditEvent.changed("search.index.rebuilt", "SearchIndex", type,
				type + ": " + before + " → " + after, Map.of("documents", before), Map.of("documents", after)));
		return after;
	}
}
