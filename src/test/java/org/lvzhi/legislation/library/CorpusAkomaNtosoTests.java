package org.lvzhi.legislation.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.lvzhi.legislation.LawId;
import org.lvzhi.legislation.text.AknSchema;
import org.lvzhi.legislation.text.AkomaNtoso;
import org.lvzhi.legislation.text.LawText;
import org.lvzhi.legislation.text.LawTextParser;

/**
 * Every text of the shared corpus ({@code ../shared/corpus/laws} or {@code ../../shared/corpus/laws},
 * or the folder named by the
 * system property {@code lvzhi.corpus.laws}) laid out as a folder import would store it, exported
 * as Akoma Ntoso with its identification and validated against the OASIS schema. Parser, exporter
 * and validator run in this JVM without the application; skipped where the corpus is not on the
 * machine. The bundled library and the corpus sample are validated in every build by {@link LibraryAkomaNtosoTests}.
 */
class CorpusAkomaNtosoTests {

	static final String COMMITTEE = "太原市人民代表大会常务委员会";
	static final LocalDate IMPORTED = LocalDate.of(2026, 11, 26);

	static Path corpus() {
		String configured = System.getProperty("lvzhi.corpus.laws");
		if (configured != null) {
			return Path.of(configured).toAbsolutePath().normalize();
		}
		// Beside the project, or beside the folder of its working copies.
		Path beside = Path.of("..", "shared", "corpus", "laws").toAbsolutePath().normalize();
		Path above = Path.of("..", "..", "shared", "corpus", "laws").toAbsolutePath().normalize();
		return Files.isDirectory(beside) || !Files.isDirectory(above) ? beside : above;
	}

	/** What an export found: the file, its validation errors and its identification. */
	record Checked(String path, List<String> errors, AkomaNtoso.Frbr frbr) {
	}

	/** Exports and validates the {@code .md} texts under a folder as a folder import would store them. */
	static List<Checked> check(Path folder) throws IOException {
		List<Path> paths;
		try (Stream<Path> files = Files.walk(folder)) {
			paths = files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
				.sorted()
				.toList();
		}
		LawTextParser parser = new LawTextParser();
		List<Law> laws = new ArrayList<>();
		Map<String, List<LawStore.TitleVersion>> titles = new LinkedHashMap<>();
		for (Path p : paths) {
			String relative = folder.relativize(p).toString().replace('\\', '/');
			LawText text = parser.parse(Files.readString(p, StandardCharsets.UTF_8));
			String title = text.title().isBlank()
					? p.getFileName().toString().replaceFirst("\\.md$", "").replaceFirst("\\(\\d{4}-\\d{2}-\\d{2}\\)$", "")
					: text.title();
			LawOrigin origin = LawOrigin.of(relative, text.header());
			long id = laws.size() + 1;
			laws.add(new Law(new LawId(id), title, origin.category(), origin.region(), origin.issuedOn(),
					LawStatus.IN_FORCE, "folder:" + relative, 0, text));
			titles.computeIfAbsent(title, t -> new ArrayList<>())
				.add(new LawStore.TitleVersion(id, text.notes(), origin.issuedOn(), IMPORTED));
		}
		Validator validator = AknSchema.validator();
		List<Checked> checked = new ArrayList<>();
		for (Law law : laws) {
			AkomaNtoso.Frbr frbr = RegulationExport.law(law, titles.get(law.title()), COMMITTEE, IMPORTED);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			AkomaNtoso.write(out, law.title(), law.text(), AkomaNtoso.articleIds(List.of(law.text())), frbr);
			checked.add(new Checked(law.source(), AknSchema.errors(validator, out.toByteArray()), frbr));
		}
		return checked;
	}

	@Test
	void everyTextOfTheCorpusIsValidAkomaNtoso() throws IOException {
		Path folder = corpus();
		assumeTrue(Files.isDirectory(folder), "no corpus at " + folder);
		long started = System.nanoTime();
		List<Checked> checked = check(folder);
		long millis = (System.nanoTime() - started) / 1_000_000;
		List<Checked> failed = checked.stream().filter(c -> !c.errors().isEmpty()).toList();
		Map<String, Integer> authors = new TreeMap<>();
		Map<String, Integer> expressions = new TreeMap<>();
		for (Checked c : checked) {
			String author = c.frbr().authorName();
			authors.merge(author.contains("及其") || author.equals("制定机关未载明") ? "presumed: " + author
					: author.startsWith("全国") || author.equals("国务院") ? author : "local: …" + author.replaceAll("^.*?(人民|人大)", "$1"),
					1, Integer::sum);
			expressions.merge(c.frbr().workUri(), 1, Integer::sum);
		}
		System.out.printf("Akoma Ntoso of the corpus: %d files checked, %d failures, in %d ms (parse, export, validate)%n",
				checked.size(), failed.size(), millis);
		System.out.printf("Works: %d, of which %d with more than one expression; authors: %s%n", expressions.size(),
				expressions.values().stream().filter(n -> n > 1).count(), authors);
		failed.stream().limit(10).forEach(c -> System.out.println("  " + c.path() + ": " + c.errors().getFirst()));
		assertThat(failed).extracting(Checked::path).isEmpty();
		assertThat(checked).hasSizeGreaterThan(2700);
	}
}
