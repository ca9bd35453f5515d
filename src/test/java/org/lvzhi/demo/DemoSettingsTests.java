package org.lvzhi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class DemoSettingsTests {

	/** As application.yml binds LVZHI_DEMO: unset gives an empty value. */
	private static DemoSettings bound(String demo) {
		return new Binder(new MapConfigurationPropertySource(Map.of("lvzhi.demo.enabled", demo, "lvzhi.demo.seed", "2023")))
			.bind("lvzhi.demo", DemoSettings.class)
			.get();
	}

	@Test
	void withoutLvzhiDemoTheDemoLoadsOnTheEmbeddedDatabaseOnly() {
		assertThat(bound("").wanted(true)).isTrue();
		assertThat(bound("").wanted(false)).isFalse();
	}

	@Test
	void anExplicitChoiceHoldsOnEveryDatabase() {
		assertThat(bound("true").wanted(false)).isTrue();
		assertThat(bound("false").wanted(true)).isFalse();
	}

	@Test
	void theReportSaysWhyTheDemoIsNotLoaded() {
		assertThat(bound("false").whyNot()).contains("LVZHI_DEMO=false");
		assertThat(bound("").whyNot()).contains("not the embedded one").contains("LVZHI_DEMO=true");
	}
}
