package org.lvzhi.deadlines;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Fills the calendar at start-up, before other modules' start-up work (demo data) counts deadlines.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class BundledCalendarLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BundledCalendarLoader.class);

	private final LoadBundledCalendar load;

	BundledCalendarLoader(LoadBundledCalendar load) {
		this.load = load;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			List<YearCount> loaded = load.loadMissingYears();
			if (!loaded.isEmpty()) {
				log.info("Working-day calendar: bundled schedule loaded for {} years", loaded.size());
			}
		}
		catch (DataIntegrityViolationException e) {
			// Another node of the cluster loaded the same years at the same moment; its rows stand.
			log.info("Working-day calendar: bundled schedule already being loaded elsewhere");
		}
	}
}
