package org.lvzhi.legislation.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The demo library bundled with the application and the corpus sample of the test resources,
 * exported as Akoma Ntoso as the library would and validated against the OASIS schema, in every
 * build.
 */
class LibraryAkomaNtosoTests {

	@Test
	void everyTextOfTheBundledLibraryIsValidAkomaNtoso() throws Exception {
		List<CorpusAkomaNtosoTests.Checked> checked = CorpusAkomaNtosoTests
			.check(Path.of(getClass().getResource("/legislation/library").toURI()));
		assertThat(checked).hasSizeGreaterThanOrEqualTo(22);
		assertThat(checked).allSatisfy(c -> assertThat(c.errors()).as(c.path()).isEmpty());
	}

	@Test
	void everyTextOfTheCorpusSampleIsValidAkomaNtoso() throws Exception {
		List<CorpusAkomaNtosoTests.Checked> checked = CorpusAkomaNtosoTests
			.check(Path.of(getClass().getResource("/legislation/corpus-sample").toURI()));
		assertThat(checked).hasSizeGreaterThanOrEqualTo(40);
		assertThat(checked).allSatisfy(c -> assertThat(c.errors()).as(c.path()).isEmpty());
	}
}
