package org.lvzhi.legislation.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lvzhi.TestDatabaseConfig;
import org.lvzhi.liaison.OpinionId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The flow from a liaison station to the legislative affairs commission, with the legislation
 * module and what it depends on, without the demo world: the station's move publishes the event,
 * the commission's inbox receives it. The one scenario class of the module; answering back is in
 * {@link LegislativeInputTests}. Its database is one of its own (a schema on PostgreSQL), cleaned
 * at start like the others, so that it neither sees nor leaves records in theirs.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@TestPropertySource(properties = { "lvzhi.demo.enabled=false",
		"spring.datasource.url=${lvzhi.test.legislation-scenario.url}",
		"spring.flyway.schemas=${lvzhi.test.legislation-scenario.schemas}" })
@Import(TestDatabaseConfig.class)
class LegislativeInputScenarioTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	InputStore store;

	@Test
	void anOpinionSentAsLegislativeInputArrivesInTheCommissionsInbox(Scenario scenario) {
		LegislativeInputFixture fixture = new LegislativeInputFixture(context);
		OpinionId opinion = fixture.receivedOpinion("社区养老服务设施配建");

		scenario.stimulate(() -> fixture.send(opinion))
			.andWaitForStateChange(() -> store.latestOf(opinion.value()), Optional::isPresent)
			.andVerify(input -> {
				LegislativeInput in = input.orElseThrow();
				assertThat(in.state()).isEqualTo(InputState.NEW);
				assertThat(in.subject()).isEqualTo("社区养老服务设施配建");
				assertThat(in.stationName()).startsWith("立法意见联络站");
				assertThat(in.note()).isEqualTo("请法工委研究");
				assertThat(in.body()).doesNotContain(LegislativeInputFixture.CONSTITUENT)
					.doesNotContain(LegislativeInputFixture.PHONE);
			});
	}
}
