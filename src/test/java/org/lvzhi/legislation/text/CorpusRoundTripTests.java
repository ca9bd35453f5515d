package org.lvzhi.legislation.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text of the shared corpus ({@code ../shared/corpus/laws}, or the folder named by the
 * system property {@code lvzhi.corpus.laws}) is parsed and written back from its structure without
 * losing a character. Skipped where the corpus is not on the machine; the bundled sample is
 * checked by {@link SampleRoundTripTests} in every build.
 */
class CorpusRoundTripTests {

	static Path corpus() {
		String configured = System.getProperty("lvzhi.corpus.laws");
		Path folder = configured != null ? Path.of(configured) : Path.of("..", "shared", "corpus", "laws");
		return folder.toAbsolutePath().normalize();
	}

	static List<Path> texts(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
				.sorted()
				.toList();
		}
	}

	@Test
	void everyTextOfTheCorpusIsRebuiltFromItsStructure() throws IOException {
		Path folder = corpus();
		assumeTrue(Files.isDirectory(folder), "no corpus at " + folder);
		List<Path> paths = texts(folder);
		List<String> sources = new ArrayList<>();
		long chars = 0;
		for (Path p : paths) {
			String s = Files.readString(p, StandardCharsets.UTF_8);
			sources.add(s);
			chars += s.length();
		}
		LawTextParser parser = new LawTextParser();
		// Warm up, then time one pass over everything.
		for (int i = 0; i < Math.min(200, sources.size()); i++) {
			parser.parse(sources.get(i));
		}
		long started = System.nanoTime();
		List<LawText> parsed = sources.stream().map(parser::parse).toList();
		long nanos = System.nanoTime() - started;

		List<String> different = new ArrayList<>();
		long articles = 0;
		int inSequence = 0;
		List<String> outOfSequence = new ArrayList<>();
		for (int i = 0; i < paths.size(); i++) {
			LawText text = parsed.get(i);
			if (!text.render().equals(sources.get(i))) {
				different.add(folder.relativize(paths.get(i)).toString());
			}
			articles += text.articles().size();
			if (StructureChecks.numberedInSequence(text)) {
				inSequence++;
			}
			else {
				outOfSequence.add(paths.get(i).getFileName().toString());
			}
		}
		double seconds = nanos / 1e9;
		System.out.printf("Corpus: %d texts, %d characters, %d articles; %d rebuilt exactly; "
				+ "%d with articles numbered 1..n in sequence; parsed in %.0f ms (%.1f MB/s, %.0f texts/s)%n",
				paths.size(), chars, articles, paths.size() - different.size(), inSequence, seconds * 1000,
				chars * 3 / 1e6 / seconds, paths.size() / seconds);
		System.out.println("Articles not numbered 1..n: " + outOfSequence);
		assertThat(different).as("texts not rebuilt exactly").isEmpty();
		assertThat(paths).hasSizeGreaterThan(2700);
	}
}
