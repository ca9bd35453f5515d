package org.lvzhi.search;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** Names for the test notes' units, as a module would provide them from its directory. */
@Component
class TestUnitLabels implements FacetLabels {

	@Override
	public String type() {
		return TestNotes.TYPE;
	}

	@Override
	public String facet() {
		return "unit";
	}

	@Override
	public Optional<String> label(String value) {
		return SimilarityTests.HOUSING.equals(value) ? Optional.of("测试住房和城乡建设局") : Optional.empty();
	}
}
