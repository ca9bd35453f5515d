package org.lvzhi.demo;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import org.lvzhi.accounts.Accounts;
import org.lvzhi.directory.Directory;
import org.lvzhi.platform.China;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On every start, says what the database holds — the complete demo world, an incomplete one,
 * an empty database, or data no demo load recorded (production data) — and, when the demo is
 * wanted, loads what is missing of it: everything into an empty database, the rest after an
 * interrupted load (decision 14). It runs once the web server is up, so the pages can say that
 * the demo world is loading. Only demo accounts that really sign in are printed.
 */
@Component
class DemoWorld implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoWorld.class);
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final List<DemoContributor> contributors;
	private final DemoParts parts;
	private final DemoLoader loader;
	private final DemoStatus status;
	private final DemoSettings settings;
	private final DemoBanner banner;
	private final Directory directory;
	private final Accounts accounts;
	private final DataSource dataSource;

	DemoWorld(List<DemoContributor> contributors, DemoParts parts, DemoLoader loader, DemoStatus status,
			DemoSettings settings, DemoBanner banner, Directory directory, Accounts accounts, DataSource dataSource) {
		this.contributors = contributors;
		this.parts = parts;
		this.loader = loader;
		this.status = status;
		this.settings = settings;
		this.banner = banner;
		this.directory = directory;
		this.accounts = accounts;
		this.dataSource = dataSource;
	}

	@Override
	public void run(ApplicationArguments args) {
		start();
	}

	/** One start with the whole world; returns what it printed. */
	String start() {
		return start(contributors);
	}

	/** One start with the given parts of a world (tests use small ones); returns what it printed. */
	String start(List<DemoContributor> world) {
		Report report = new Report();
		List<DemoContributor> ordered = world.stream().sorted(Comparator.comparingInt(DemoContributor::order)).toList();
		boolean wanted = settings.wanted(embedded());
		Map<String, Instant> recorded = parts.completed();
		List<DemoContributor> missing = ordered.stream().filter(c -> !recorded.containsKey(c.name())).toList();
		int present = ordered.size() - missing.size();
		status.bringsAdministrator(false);
		status.phase(DemoStatus.Phase.QUIET);
		if (recorded.isEmpty() && !emptyDatabase()) {
			report.say(banner.anyExists() ? """
					Data: a demo world loaded by an earlier version of Lvzhi, which did not record its loads: it may \
					be incomplete. Nothing is loaded. For a fresh demo world start on an empty database (with the \
					embedded default: stop Lvzhi, delete ./data, start again).""" : """
					Data: production data (records, and no demo load recorded). Nothing is loaded.""");
		}
		else if (missing.isEmpty()) {
			report.say("Data: the complete demo world (%d parts, seed %d, loaded %s).".formatted(ordered.size(),
					settings.seed(), WHEN.format(ordered.stream().map(c -> recorded.get(c.name()))
						.max(Comparator.naturalOrder()).orElseThrow().atZone(China.ZONE))));
		}
		else if (!wanted) {
			if (recorded.isEmpty()) {
				report.say("Data: empty database. The demo world is not loaded: " + settings.whyNot() + ".");
			}
			else {
				status.phase(DemoStatus.Phase.INCOMPLETE);
				report.warn("""
						Data: an INCOMPLETE demo world (%d of %d parts; missing: %s). Its load was interrupted and is \
						not continued, because %s. Start with LVZHI_DEMO=true to complete it."""
					.formatted(present, ordered.size(), names(missing), settings.whyNot()));
			}
		}
		else if (!load(report, ordered, missing, present, recorded.isEmpty())) {
			return report.text();
		}
		accountsReport(report, wanted);
		return report.text();
	}

	/** Loads the missing parts; false when the application is stopping and nothing more should be said. */
	private boolean load(Report report, List<DemoContributor> ordered, List<DemoContributor> missing, int present,
			boolean fresh) {
		status.bringsAdministrator(true);
		report.say(fresh ? "Data: empty database. Loading the demo world (%d parts) …".formatted(ordered.size())
				: """
						Data: an INCOMPLETE demo world (%d of %d parts): an earlier load was interrupted. Loading the \
						missing %d parts now, from '%s' …""".formatted(present, ordered.size(), missing.size(),
						missing.get(0).name()));
		long started = System.nanoTime();
		DemoLoader.Outcome outcome = loader.load(missing, present, ordered.size(), new DemoContext(settings.seed()));
		if (outcome.interrupted()) {
			status.phase(DemoStatus.Phase.INTERRUPTED);
			return false;
		}
		if (!outcome.complete()) {
			status.phase(DemoStatus.Phase.INTERRUPTED);
			log.error("The demo part '{}' failed", outcome.stoppedAt(), outcome.error());
			report.warn("""
					Data: an INCOMPLETE demo world: the part '%s' failed (%s). The parts before it are saved and \
					nothing of '%s' is; the next start continues with it.""".formatted(outcome.stoppedAt(),
					Objects.toString(outcome.error().getMessage(), outcome.error().getClass().getSimpleName()),
					outcome.stoppedAt()));
			return true;
		}
		status.phase(DemoStatus.Phase.QUIET);
		report.say("Data: the complete demo world, loaded in %d s (%d parts, seed %d): %d persons, %d bodies."
			.formatted((System.nanoTime() - started) / 1_000_000_000L, ordered.size(), settings.seed(),
					directory.countPersons(), directory.countOrganizations()));
		return true;
	}

	private void accountsReport(Report report, boolean wanted) {
		List<DemoAccount> working = banner.working();
		if (!working.isEmpty() && wanted) {
			report.say("履职 Lvzhi demo: " + banner.url() + "\n\n" + DemoBanner.table(working));
		}
		else if (!working.isEmpty()) {
			report.warn("""
					These demo accounts sign in with the passwords published in the README, although the demo is \
					not asked for: %s. Change their passwords or disable them at %sadmin/accounts."""
				.formatted(String.join(", ", working.stream().map(DemoAccount::username).toList()), banner.url()));
		}
		else if (status.opensFirstAdministrator() || banner.anyExists()) {
			report.say("No demo account can sign in" + (status.phase() == DemoStatus.Phase.QUIET ? "."
					: " until the demo world is complete."));
		}
	}

	@EventListener(ContextClosedEvent.class)
	void stopping() {
		loader.stop();
		if (status.phase() == DemoStatus.Phase.LOADING) {
			log.warn("Lvzhi is stopping while the demo world loads: the part '{}' is not saved. The next start "
					+ "continues with it.", loader.current());
		}
	}

	private boolean emptyDatabase() {
		return directory.isEmpty() && accounts.count() == 0;
	}

	private boolean embedded() {
		return org.lvzhi.platform.Databases.isEmbedded(dataSource);
	}

	private static String names(List<DemoContributor> parts) {
		return String.join(", ", parts.stream().map(DemoContributor::name).toList());
	}

	/** What a start says: logged as it happens, and kept for the caller. */
	private static final class Report {

		private final List<String> lines = new ArrayList<>();

		void say(String text) {
			log.info("\n\n{}\n", indented(text));
			lines.add(text);
		}

		void warn(String text) {
			log.warn("\n\n{}\n", indented(text));
			lines.add(text);
		}

		private static String indented(String text) {
			return String.join("\n", text.lines().map(line -> line.isEmpty() ? line : "  " + line).toList());
		}

		String text() {
			return String.join("\n", lines);
		}
	}
}
