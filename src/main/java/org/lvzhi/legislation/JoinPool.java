package org.lvzhi.legislation;

import java.time.LocalDate;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.legislation.internal.Texts;
import org.lvzhi.legislation.process.ProcessStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Someone joins the legislative consultation pool as expert, industry consultant or liaison officer. */
@Component
public class JoinPool {

	private final ProcessStore store;
	private final ApplicationEventPublisher events;

	JoinPool(ProcessStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	@Transactional
	public PoolMemberId join(String name, PoolRole role, String workplace, boolean grassroots, LocalDate joinedOn) {
		String who = name == null ? "" : name.strip();
		if (who.isEmpty() || who.length() > 100) {
			throw new LegislationException("process.pool.nameMissing");
		}
		if (role == null || joinedOn == null) {
			throw new LegislationException("process.pool.roleMissing");
		}
		String place = Texts.optional(workplace, 200);
		PoolMemberId id = store.insertPoolMember(who, role, place, grassroots, joinedOn);
		events.publishEvent(AuditEvent.created("legislation.pool.joined", "PoolMember", id, who,
				Map.of("role", role.name(), "grassroots", grassroots)));
		return id;
	}
}
