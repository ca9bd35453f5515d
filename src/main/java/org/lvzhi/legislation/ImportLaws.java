package org.lvzhi.legislation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.legislation.library.LawDocuments;
import org.lvzhi.legislation.library.LawListItem;
import org.lvzhi.legislation.library.LawOrigin;
import org.lvzhi.legislation.library.LawStatus;
import org.lvzhi.legislation.library.LawStore;
import org.lvzhi.legislation.text.LawText;
import org.lvzhi.legislation.text.LawTextParser;
import org.lvzhi.search.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings texts into the library: one uploaded text, a folder of the server laid out like the
 * shared corpus, or the sample bundled with the application (the demo's library). Each text is
 * parsed into units and stored in its own transaction, so that one bad file costs only itself;
 * a text already imported from the same source is skipped. When a later version of a title
 * arrives, the earlier one is marked superseded.
 *
 * <p>A single text reaches the search index through the usual events; a folder rebuilds the index
 * once at the end, which is much faster than thousands of events.
 */
@Component
public class ImportLaws {

	private static final Logger log = LoggerFactory.getLogger(ImportLaws.class);
	static final String BUNDLED = "legislation/library";

	private final LawStore store;
	private final LawDocuments documents;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Search search;
	private final Clock clock;
	private final LawTextParser parser = new LawTextParser();

	ImportLaws(LawStore store, LawDocuments documents, ApplicationEventPublisher events,
			TransactionTemplate transactions, Search search, Clock clock) {
		this.store = store;
		this.documents = documents;
		this.events = events;
		this.transactions = transactions;
		this.search = search;
		this.clock = clock;
	}

	/** What a bulk import did. */
	public record Result(int imported, int skipped, List<String> failed) {
	}

	/** Loads the texts bundled with the application (the demo library). */
	public Result importBundled() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + BUNDLED + "/**/*.md");
			List<Source> sources = new ArrayList<>();
			for (Resource r : resources) {
				String url = java.net.URLDecoder.decode(r.getURL().toString(), StandardCharsets.UTF_8);
				String relative = url.substring(url.indexOf(BUNDLED) + BUNDLED.length() + 1);
				sources.add(new Source(relative, r.getContentAsString(StandardCharsets.UTF_8)));
			}
			sources.sort(Comparator.comparing(Source::path));
			// An empty index is built from the database in the background once the application is
			// up (search's start-up rebuild), which keeps the demo load short; a stale one is rebuilt now.
			return importAll(sources, "bundled:", search.count(LawDocuments.TYPE) > 0);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Imports every {@code .md} text under a folder of the server, e.g. the shared corpus. */
	public Result importFolder(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new LegislationException("legislation.import.noFolder", folder.toString());
		}
		List<Source> sources = new ArrayList<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path p : files.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().equals("README.md"))
				.sorted()
				.toList()) {
				sources.add(new Source(folder.relativize(p).toString().replace('\\', '/'), Files.readString(p)));
			}
		}
		catch (IOException e) {
			throw new LegislationException("legislation.import.unreadable", folder.toString());
		}
		return importAll(sources, "folder:", true);
	}

	/**
	 * Imports one uploaded text (Markdown or plain text, already read from a .docx when it was one).
	 *
	 * @param title used when the text has no {@code # title} line
	 */
	public LawId importUpload(String fileName, String text, String title, String category, String region) {
		String source = "upload:" + fileName;
		if (store.hasSource(source)) {
			throw new LegislationException("legislation.import.duplicate", fileName);
		}
		LawText parsed = parser.parse(text);
		if (parsed.units().isEmpty()) {
			throw new LegislationException("legislation.import.empty", fileName);
		}
		String name = !parsed.title().isBlank() ? parsed.title() : title == null ? "" : title.strip();
		if (name.isBlank()) {
			throw new LegislationException("legislation.import.noTitle");
		}
		LawOrigin origin = new LawOrigin(blankToDefault(category, "其他"), blankToNull(region),
				LawOrigin.date(fileName, parsed.header()));
		return transactions.execute(status -> {
			LawId id = store.insert(parsed, name, origin, source, text.length(), clock.instant());
			audit(id, name, source);
			for (LawId changed : refreshStatuses(name)) {
				store.find(changed).ifPresent(documents::publish);
			}
			store.find(id).ifPresent(documents::publish);
			return id;
		});
	}

	private record Source(String path, String text) {
	}

	private Result importAll(List<Source> sources, String prefix, boolean index) {
		int imported = 0;
		int skipped = 0;
		List<String> failed = new ArrayList<>();
		Set<String> titles = new LinkedHashSet<>();
		long started = System.nanoTime();
		for (Source s : sources) {
			String source = prefix + s.path();
			if (store.hasSource(source)) {
				skipped++;
				continue;
			}
			try {
				LawText parsed = parser.parse(s.text());
				String title = parsed.title().isBlank() ? fileTitle(s.path()) : parsed.title();
				LawOrigin origin = LawOrigin.of(s.path(), parsed.header());
				transactions.executeWithoutResult(status -> {
					LawId id = store.insert(parsed, title, origin, source, s.text().length(), clock.instant());
					audit(id, title, source);
				});
				titles.add(title);
				imported++;
			}
			catch (RuntimeException e) {
				log.warn("Could not import {}", s.path(), e);
				failed.add(s.path());
			}
		}
		transactions.executeWithoutResult(status -> titles.forEach(this::refreshStatuses));
		long stored = System.nanoTime();
		long documents = imported > 0 && index ? search.rebuild(LawDocuments.TYPE) : 0;
		log.info("Library import: {} texts imported, {} skipped, {} failed; stored in {} ms, {} search documents in {} ms",
				imported, skipped, failed.size(), (stored - started) / 1_000_000, documents,
				(System.nanoTime() - stored) / 1_000_000);
		return new Result(imported, skipped, failed);
	}

	/** The newest version of a title is in force, the others superseded; repealed texts stay repealed. */
	private List<LawId> refreshStatuses(String title) {
		List<LawId> changed = new ArrayList<>();
		boolean first = true;
		for (LawListItem v : store.versions(title)) {
			if (v.status() == LawStatus.REPEALED) {
				continue;
			}
			LawStatus wanted = first ? LawStatus.IN_FORCE : LawStatus.SUPERSEDED;
			first = false;
			if (v.status() != wanted) {
				store.setStatus(new LawId(v.id()), wanted);
				changed.add(new LawId(v.id()));
				events.publishEvent(AuditEvent.changed("legislation.law.status", "Law", v.id(), title,
						Map.of("status", v.status().name()), Map.of("status", wanted.name())));
			}
		}
		return changed;
	}

	private void audit(LawId id, String title, String source) {
		events.publishEvent(AuditEvent.created("legislation.law.imported", "Law", id, title, Map.of("source", source)));
	}

	private static String fileTitle(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
		return name.replaceFirst("\\(\\d{4}-\\d{2}-\\d{2}\\)$", "");
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static String blankToDefault(String s, String fallback) {
		return s == null || s.isBlank() ? fallback : s.strip();
	}
}
