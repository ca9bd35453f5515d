package org.lvzhi.petitions.handling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.lvzhi.audit.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.lvzhi.platform.files.Attachments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night, the personal data of petitions closed more than {@link PetitionSettings#retentionYears()}
 * years ago are erased; the matter, its course and the figures stay. Each erasure is audited.
 */
@Component
public class PetitionerRetention {

	private static final Logger log = LoggerFactory.getLogger(PetitionerRetention.class);

	private final PetitionStore store;
	private final PetitionSettings settings;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Attachments attachments;

	PetitionerRetention(PetitionStore store, PetitionSettings settings, ApplicationEventPublisher events, Clock clock,
			Attachments attachments) {
		this.attachments = attachments;
		this.store = store;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@SchedulerLock(name = "petitions.petitioner-retention", lockAtLeastFor = "PT5M")
	@Scheduled(cron = "${lvzhi.petitions.retention-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
	void nightly() {
		eraseExpired(LocalDate.now(clock));
	}

	/** @return how many petitioners' data were erased, those of petitions closed on or before the cut-off */
	@Transactional
	public int eraseExpired(LocalDate today) {
		List<Long> expired = store.closedWithPersonalData(today.minusYears(settings.retentionYears()));
		for (Long id : expired) {
			store.erasePetitioner(id, today);
			// Letters and photos sent with a petition name the petitioner as often as not: they go too.
			int files = attachments.removeAll(PetitionMoves.owner(new org.lvzhi.petitions.PetitionId(id)));
			events.publishEvent(new AuditEvent("petitions.petitioner.erased", "Petition", String.valueOf(id),
					"retention " + settings.retentionYears() + " years" + (files > 0 ? ", " + files + " files" : ""),
					null, null));
		}
		log.info("Petitioners' personal data erased on {}: {}", today, expired.size());
		return expired.size();
	}
}
