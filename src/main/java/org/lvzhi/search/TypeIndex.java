package org.lvzhi.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * The index of one document type: one writer, and a near-real-time searcher manager refreshed
 * before a search when something was written since, so a change is visible to the next search
 * in any thread once its transaction has committed.
 */
final class TypeIndex implements Closeable {

	private static final String LAST_REBUILD = "lastRebuild";
	private static final String FORMAT = "format";

	private final FSDirectory directory;
	private final IndexWriter writer;
	private final SearcherManager searchers;
	private final AtomicBoolean unrefreshed = new AtomicBoolean();
	private final AtomicBoolean uncommitted = new AtomicBoolean();
	private volatile Instant lastRebuild;

	TypeIndex(Path folder, Analyzer analyzer) {
		try {
			directory = FSDirectory.open(folder);
			IndexWriterConfig config = new IndexWriterConfig(analyzer)
				.setOpenMode(currentFormat(directory) ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
						: IndexWriterConfig.OpenMode.CREATE);
			writer = new IndexWriter(directory, config);
			searchers = new SearcherManager(writer, null);
			lastRebuild = readLastRebuild();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void put(SearchDocument document) {
		io(() -> writer.updateDocument(new Term(Fields.ID, document.id()), Fields.toLucene(document)));
		changed();
	}

	void remove(String id) {
		io(() -> writer.deleteDocuments(new Term(Fields.ID, id)));
		changed();
	}

	/** Replaces every document with those the loader hands over, then commits. */
	long replaceAll(Consumer<Consumer<SearchDocument>> loader, Instant now) {
		io(writer::deleteAll);
		long[] added = { 0 };
		loader.accept(document -> {
			put(document);
			added[0]++;
		});
		lastRebuild = now;
		uncommitted.set(true);
		commit();
		return added[0];
	}

	/** Runs a search on a current searcher. */
	<T> T withSearcher(SearcherWork<T> work) {
		try {
			if (unrefreshed.getAndSet(false)) {
				searchers.maybeRefreshBlocking();
			}
			IndexSearcher searcher = searchers.acquire();
			try {
				return work.apply(searcher);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	long count() {
		return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
	}

	Instant lastRebuild() {
		return lastRebuild;
	}

	void commit() {
		if (uncommitted.getAndSet(false) || writer.hasUncommittedChanges()) {
			Instant rebuilt = lastRebuild;
			writer.setLiveCommitData(rebuilt == null ? Map.of(FORMAT, Fields.FORMAT).entrySet()
					: Map.of(FORMAT, Fields.FORMAT, LAST_REBUILD, rebuilt.toString()).entrySet());
			io(writer::commit);
		}
	}

	@Override
	public void close() throws IOException {
		try (directory; writer; searchers) {
			commit();
		}
	}

	private void changed() {
		unrefreshed.set(true);
		uncommitted.set(true);
	}

	/** Whether the folder holds an index of the current layout (an empty folder counts as current). */
	private static boolean currentFormat(FSDirectory directory) throws IOException {
		if (!DirectoryReader.indexExists(directory)) {
			return true;
		}
		return Fields.FORMAT.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT));
	}

	private Instant readLastRebuild() throws IOException {
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

	private static void io(IoAction action) {
		try {
			action.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
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
