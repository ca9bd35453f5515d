package org.lvzhi.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.lvzhi.platform.DomainException;

/**
 * The index of one document type: one writer, and a near-real-time searcher manager refreshed
 * before a search when something was written since, so a change is visible to the next search
 * in any thread once its transaction has committed.
 *
 * <p>A rebuild writes a new index in a folder beside this one while this one keeps answering
 * searches and taking changes; changes that arrive meanwhile are also noted, and replayed on the
 * new index before it takes this one's place (decision 0007).
 */
final class TypeIndex implements Closeable {

	private static final String LAST_REBUILD = "lastRebuild";
	private static final String FORMAT = "format";
	/** Documents handed to a worker at a time during a parallel rebuild. */
	private static final int BATCH = 100;

	private final Path folder;
	private final Analyzer analyzer;
	/** Every use of the current generation holds the read lock; the swap to a rebuilt one, the write lock. */
	private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
	/** One rebuild at a time. */
	private final Lock rebuildLock = new ReentrantLock();
	private volatile Generation current;
	/** The changes made since a running rebuild started reading its source; {@code null} when none runs. */
	private volatile Journal journal;

	TypeIndex(Path folder, Analyzer analyzer) {
		this.folder = folder;
		this.analyzer = analyzer;
		this.current = Generation.open(folder, analyzer);
	}

	void put(SearchDocument document) {
		Lock read = swap.readLock();
		read.lock();
		try {
			io(() -> current.writer.updateDocument(new Term(Fields.ID, document.id()), Fields.toLucene(document)));
			current.changed();
			Journal noting = journal;
			if (noting != null) {
				noting.put(document.id(), document);
			}
		}
		finally {
			read.unlock();
		}
	}

	void remove(String id) {
		Lock read = swap.readLock();
		read.lock();
		try {
			io(() -> current.writer.deleteDocuments(new Term(Fields.ID, id)));
			current.changed();
			Journal noting = journal;
			if (noting != null) {
				noting.put(id, null);
			}
		}
		finally {
			read.unlock();
		}
	}

	/**
	 * Builds a new index from the documents the loader hands over, replays the changes made
	 * meanwhile, and puts it in this one's place; searches and changes go on against the old index
	 * until then. Returns how many documents the new index holds.
	 */
	long replaceAll(Consumer<Consumer<SearchDocument>> loader, Instant now) {
		return replaceAll(loader, now, () -> {
		});
	}

	/** As {@link #replaceAll(Consumer, Instant)}, calling {@code added} after each document read. */
	long replaceAll(Consumer<Consumer<SearchDocument>> loader, Instant now, Runnable added) {
		return replaceAll(loader, now, added, 1);
	}

	/**
	 * As {@link #replaceAll(Consumer, Instant, Runnable)}, with {@code threads} threads analysing and
	 * adding the documents while the loader reads the next ones (the writer takes documents from
	 * several threads at once).
	 */
	long replaceAll(Consumer<Consumer<SearchDocument>> loader, Instant now, Runnable added, int threads) {
		if (!rebuildLock.tryLock()) {
			throw new RebuildRunning();
		}
		Path staging = folder.resolveSibling(".rebuild-" + folder.getFileName());
		Path retired = folder.resolveSibling(".retired-" + folder.getFileName());
		try {
			deleteFolder(staging);
			deleteFolder(retired);
			journal = new Journal();
			try (FSDirectory directory = FSDirectory.open(staging);
					IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
						.setOpenMode(IndexWriterConfig.OpenMode.CREATE)
						.setRAMBufferSizeMB(64))) {
				// Each document once, so adding is enough; the journal's replay updates by ID.
				Consumer<SearchDocument> add = document -> {
					io(() -> writer.addDocument(Fields.toLucene(document)));
					added.run();
				};
				if (threads <= 1) {
					loader.accept(add);
				}
				else {
					addInParallel(loader, add, threads);
				}
				writer.setLiveCommitData(commitData(now));
				writer.commit();
				Lock write = swap.writeLock();
				write.lock();
				try {
					journal.replay(writer);
					journal = null;
					writer.setLiveCommitData(commitData(now));
					writer.commit();
					writer.close();
					current.discard();
					try {
						if (Files.exists(folder)) {
							Files.move(folder, retired, StandardCopyOption.ATOMIC_MOVE);
						}
						Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
					}
					finally {
						// Whatever the folder holds now (the new index, or the old one if the moves
						// failed, which the next commit keeps) is opened again, so searches go on.
						if (!Files.exists(folder) && Files.exists(retired)) {
							Files.move(retired, folder, StandardCopyOption.ATOMIC_MOVE);
						}
						current = Generation.open(folder, analyzer);
					}
				}
				finally {
					write.unlock();
				}
			}
			deleteFolder(retired);
			return count();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			journal = null;
			deleteQuietly(staging);
			rebuildLock.unlock();
		}
	}

	/** The loader reads on this thread; {@code threads} workers add, at most a few pages behind. */
	private static void addInParallel(Consumer<Consumer<SearchDocument>> loader, Consumer<SearchDocument> add,
			int threads) {
		ThreadPoolExecutor workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(256), Thread.ofPlatform().name("search-rebuild-worker-", 0).daemon(true).factory(),
				new ThreadPoolExecutor.CallerRunsPolicy());
		AtomicReference<RuntimeException> failed = new AtomicReference<>();
		List<SearchDocument> batch = new ArrayList<>(BATCH);
		try {
			loader.accept(document -> {
				if (failed.get() != null) {
					throw failed.get();
				}
				batch.add(document);
				if (batch.size() == BATCH) {
					List<SearchDocument> full = List.copyOf(batch);
					batch.clear();
					workers.execute(() -> addAll(full, add, failed));
				}
			});
			addAll(batch, add, failed);
		}
		finally {
			workers.shutdown();
			try {
				if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
					throw new IllegalStateException("indexing did not finish");
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		if (failed.get() != null) {
			throw failed.get();
		}
	}

	private static void addAll(List<SearchDocument> documents, Consumer<SearchDocument> add,
			AtomicReference<RuntimeException> failed) {
		try {
			documents.forEach(add);
		}
		catch (RuntimeException e) {
			failed.compareAndSet(null, e);
		}
	}

	boolean rebuilding() {
		return journal != null;
	}

	/** Runs a search on a current searcher. */
	<T> T withSearcher(SearcherWork<T> work) {
		Lock read = swap.readLock();
		read.lock();
		try {
			Generation g = current;
			if (g.unrefreshed.getAndSet(false)) {
				g.searchers.maybeRefreshBlocking();
			}
			IndexSearcher searcher = g.searchers.acquire();
			try {
				return work.apply(searcher);
			}
			finally {
				g.searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			read.unlock();
		}
	}

	long count() {
		return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
	}

	Instant lastRebuild() {
		return current.lastRebuild;
	}

	void commit() {
		Lock read = swap.readLock();
		read.lock();
		try {
			current.commit();
		}
		finally {
			read.unlock();
		}
	}

	@Override
	public void close() throws IOException {
		Lock write = swap.writeLock();
		write.lock();
		try {
			current.close();
		}
		finally {
			write.unlock();
		}
	}

	private static Iterable<Map.Entry<String, String>> commitData(Instant rebuilt) {
		return rebuilt == null ? Map.of(FORMAT, Fields.FORMAT).entrySet()
				: Map.of(FORMAT, Fields.FORMAT, LAST_REBUILD, rebuilt.toString()).entrySet();
	}

	private static void deleteFolder(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			deleteFolder(path);
		}
		catch (IOException | UncheckedIOException e) {
			// A left-over staging folder is removed by the next rebuild.
		}
	}

	private static void io(IoAction action) {
		try {
			action.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One index folder opened: its writer and searchers. */
	private static final class Generation {

		final FSDirectory directory;
		final IndexWriter writer;
		final SearcherManager searchers;
		final AtomicBoolean unrefreshed = new AtomicBoolean();
		final AtomicBoolean uncommitted = new AtomicBoolean();
		final Instant lastRebuild;

		private Generation(FSDirectory directory, IndexWriter writer, SearcherManager searchers, Instant lastRebuild) {
			this.directory = directory;
			this.writer = writer;
			this.searchers = searchers;
			this.lastRebuild = lastRebuild;
		}

		static Generation open(Path folder, Analyzer analyzer) {
			try {
				FSDirectory directory = FSDirectory.open(folder);
				IndexWriterConfig config = new IndexWriterConfig(analyzer)
					.setOpenMode(currentFormat(directory) ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
							: IndexWriterConfig.OpenMode.CREATE);
				IndexWriter writer = new IndexWriter(directory, config);
				return new Generation(directory, writer, new SearcherManager(writer, null), readLastRebuild(writer));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		void changed() {
			unrefreshed.set(true);
			uncommitted.set(true);
		}

		void commit() {
			if (uncommitted.getAndSet(false) || writer.hasUncommittedChanges()) {
				writer.setLiveCommitData(commitData(lastRebuild));
				io(writer::commit);
			}
		}

		void close() throws IOException {
			try (directory; writer; searchers) {
				commit();
			}
		}

		/** Closes without committing: the folder is about to be replaced. */
		void discard() throws IOException {
			try (directory; searchers) {
				writer.rollback();
			}
		}

		/** Whether the folder holds an index of the current layout (an empty folder counts as current). */
		private static boolean currentFormat(FSDirectory directory) throws IOException {
			if (!DirectoryReader.indexExists(directory)) {
				return true;
			}
			return Fields.FORMAT.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT));
		}

		private static Instant readLastRebuild(IndexWriter writer) {
			Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
			if (data != null) {
				for (Map.Entry<String, String> entry : data) {
					if (LAST_REBUILD.equals(entry.getKey())) {
						return Instant.parse(entry.getValue());
					}
				}
			}
			return null;
		}
	}

	/**
	 * The latest change per document ID since a rebuild started: the document as changed, or
	 * {@code null} for a removal. Changes come from people at work, so it stays small.
	 */
	private static final class Journal {

		private final Map<String, SearchDocument> changes = new LinkedHashMap<>();

		synchronized void put(String id, SearchDocument document) {
			changes.put(id, document);
		}

		synchronized void replay(IndexWriter writer) throws IOException {
			for (Map.Entry<String, SearchDocument> change : changes.entrySet()) {
				Term id = new Term(Fields.ID, change.getKey());
				if (change.getValue() == null) {
					writer.deleteDocuments(id);
				}
				else {
					writer.updateDocument(id, Fields.toLucene(change.getValue()));
				}
			}
		}
	}

	/** Refused: a rebuild of this type is already running. */
	static final class RebuildRunning extends DomainException {

		RebuildRunning() {
			super("search.rebuild.running");
		}
	}

	@FunctionalInterface
	interface SearcherWork<T> {
		T apply(IndexSearcher searcher) throws IOException;
	}

	@FunctionalInterface
	private interface IoAction {
		void run() throws IOException;
	}
}
