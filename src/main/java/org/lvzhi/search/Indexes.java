package org.lvzhi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The open indexes, one folder per document type under the configured directory. An index is
 * opened when first written; reading a type that was never written finds nothing rather than
 * creating an empty folder.
 */
@Component
class Indexes implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Indexes.class);

	/** Types become folder names, so they are kept to names that are safe as such. */
	private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

	private final Path root;
	private final Analyzer analyzer = new ChineseAnalysis();
	private final Map<String, TypeIndex> open = new ConcurrentHashMap<>();
	private final ScheduledExecutorService committer;

	Indexes(SearchProperties properties) {
		this.root = properties.directory().toAbsolutePath();
		long interval = Math.max(1, properties.commitInterval().toMillis());
		this.committer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
			.name("search-commit")
			.daemon(true)
			.factory());
		committer.scheduleWithFixedDelay(this::commitAll, interval, interval, TimeUnit.MILLISECONDS);
	}

	Analyzer analyzer() {
		return analyzer;
	}

	static boolean validType(String type) {
		return type != null && TYPE.matcher(type).matches();
	}

	/** The index of a type, opened or created. */
	TypeIndex forWriting(String type) {
		if (!validType(type)) {
			throw new IllegalArgumentException("Not a document type: " + type);
		}
		return open.computeIfAbsent(type, t -> new TypeIndex(root.resolve(t), analyzer));
	}

	/** The index of a type if it exists on disk or is open. */
	Optional<TypeIndex> forReading(String type) {
		if (!validType(type)) {
			return Optional.empty();
		}
		TypeIndex index = open.get(type);
		if (index != null) {
			return Optional.of(index);
		}
		return Files.isDirectory(root.resolve(type)) ? Optional.of(forWriting(type)) : Optional.empty();
	}

	/** Types with an index on disk or open, in name order. */
	Collection<String> types() {
		TreeSet<String> types = new TreeSet<>(open.keySet());
		if (Files.isDirectory(root)) {
			try (Stream<Path> folders = Files.list(root)) {
				folders.filter(Files::isDirectory)
					.map(p -> p.getFileName().toString())
					.filter(Indexes::validType)
					.forEach(types::add);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return types;
	}

	void commitAll() {
		for (TypeIndex index : List.copyOf(open.values())) {
			try {
				index.commit();
			}
			catch (RuntimeException e) {
				log.warn("Could not commit a search index", e);
			}
		}
	}

	@Override
	public void destroy() {
		committer.shutdownNow();
		for (TypeIndex index : List.copyOf(open.values())) {
			try {
				index.close();
			}
			catch (IOException | RuntimeException e) {
				log.warn("Could not close a search index", e);
			}
		}
		open.clear();
		analyzer.close();
	}
}
