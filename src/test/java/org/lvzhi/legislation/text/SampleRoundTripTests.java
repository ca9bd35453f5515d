package org.lvzhi.legislation.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The sample of the corpus kept in the test resources: every text comes back from its structure. */
class SampleRoundTripTests {

	static Path sample() throws URISyntaxException {
		return Path.of(SampleRoundTripTests.class.getResource("/legislation/corpus-sample").toURI());
	}

	@Test
	void everySampleTextIsRebuiltCharacterForCharacter() throws Exception {
		List<Path> paths = CorpusRoundTripTests.texts(sample());
		assertThat(paths).hasSizeGreaterThanOrEqualTo(40);
		LawTextParser parser = new LawTextParser();
		for (Path p : paths) {
			String source = Files.readString(p, StandardCharsets.UTF_8);
			assertThat(parser.parse(source).render()).as(p.getFileName().toString()).isEqualTo(source);
		}
	}

	@Test
	void theBundledLibraryIsRebuiltToo() throws IOException, URISyntaxException {
		Path library = Path.of(SampleRoundTripTests.class.getResource("/legislation/library").toURI());
		LawTextParser parser = new LawTextParser();
		for (Path p : CorpusRoundTripTests.texts(library)) {
			String source = Files.readString(p, StandardCharsets.UTF_8);
			LawText text = parser.parse(source);
			assertThat(text.render()).isEqualTo(source);
			assertThat(text.units()).as(p.getFileName().toString()).isNotEmpty();
		}
	}

	@Test
	void theCriminalLawHasItsPartsChaptersSectionsAndExtraArticles() throws Exception {
		LawText law = new LawTextParser().parse(Files.readString(sample().resolve("刑法/刑法.md")));
		assertThat(law.title()).isEqualTo("中华人民共和国刑法");
		assertThat(law.units().stream().filter(u -> u.kind() == UnitKind.PART)).hasSize(2);
		assertThat(law.units().stream().filter(u -> u.kind() == UnitKind.SECTION)).hasSizeGreaterThan(10);
		assertThat(law.articles()).anySatisfy(a -> assertThat(a.label()).isEqualTo("第一百二十条之一"));
		assertThat(law.articles().getLast().label()).isEqualTo("第四百五十二条");
		assertThat(law.units()).anySatisfy(u -> assertThat(u.body()).isEqualTo("附件一"));
	}

	@Test
	void theCivilCodesSubPartsAreDivisions() throws Exception {
		LawText book = new LawTextParser().parse(Files.readString(sample().resolve("民法典/物权编.md")));
		assertThat(book.units().stream().filter(u -> u.kind() == UnitKind.SUBPART)).hasSize(5);
		assertThat(book.articles().getFirst().label()).isEqualTo("第二百零五条");
	}
}
