package org.lvzhi.demo;

import java.util.Optional;

import org.lvzhi.accounts.FirstAdministratorSource;
import org.lvzhi.platform.SiteNotice;
import org.springframework.stereotype.Component;

/**
 * What this process knows about the demo world, for every page (the notice while it loads or
 * when it is incomplete) and for the accounts module (no setup token while the demo world brings
 * its own administrator).
 */
@Component
class DemoStatus implements SiteNotice, FirstAdministratorSource {

	enum Phase {
		/** Nothing to say: complete, or no demo world at all. */
		QUIET,
		LOADING,
		/** Incomplete, and the next start continues the load. */
		INTERRUPTED,
		/** Incomplete, and not continued because the demo is not asked for. */
		INCOMPLETE
	}

	private volatile Phase phase = Phase.QUIET;
	private volatile int part;
	private volatile int parts;
	private volatile boolean bringsAdministrator;

	void loading(int part, int parts) {
		this.part = part;
		this.parts = parts;
		this.phase = Phase.LOADING;
	}

	void phase(Phase phase) {
		this.phase = phase;
	}

	Phase phase() {
		return phase;
	}

	/** The demo world is loaded (or will be, after an interruption) on this installation. */
	void bringsAdministrator(boolean value) {
		this.bringsAdministrator = value;
	}

	@Override
	public boolean opensFirstAdministrator() {
		return bringsAdministrator;
	}

	@Override
	public Optional<Text> current() {
		return switch (phase) {
			case QUIET -> Optional.empty();
			case LOADING -> Optional.of(new Text("demo.notice.loading", part, parts));
			case INTERRUPTED -> Optional.of(new Text("demo.notice.interrupted"));
			case INCOMPLETE -> Optional.of(new Text("demo.notice.incomplete"));
		};
	}
}
