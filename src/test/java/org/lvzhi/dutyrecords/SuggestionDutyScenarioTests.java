package org.lvzhi.dutyrecords;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.TestDatabaseConfig;
import org.lvzhi.directory.PersonId;
import org.lvzhi.suggestions.DraftSuggestion;
import org.lvzhi.suggestions.RejectSuggestion;
import org.lvzhi.suggestions.SubmitSuggestion;
import org.lvzhi.suggestions.SuggestionContent;
import org.lvzhi.suggestions.SuggestionId;
import org.lvzhi.suggestions.SuggestionRejected;
import org.lvzhi.suggestions.SuggestionSubmitted;
import org.lvzhi.suggestions.Suggestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The duty records started on their own with the modules they hear from, not the whole
 * application: what a deputy does in the suggestions module reaches her record only through its
 * events. All dependencies are started because the suggestions module needs the search, deadlines
 * and notifications modules, which the duty records do not use. The database is a third one (a
 * schema of its own on PostgreSQL), so that this context leaves the demo world of the others alone;
 * {@code LiaisonWorkScenarioTests} has the same configuration and shares the context.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@TestPropertySource(properties = { "lvzhi.demo.enabled=false",
		"spring.datasource.url=${lvzhi.test.module-scenario.url}",
		"spring.flyway.schemas=${lvzhi.test.module-scenario.schemas}" })
@Import(TestDatabaseConfig.class)
class SuggestionDutyScenarioTests {

	static final LocalDate DAY = LocalDate.of(2023, 4, 15);

	@Autowired
	ApplicationContext context;

	@Autowired
	DutyRecords records;

	@Autowired
	Suggestions suggestions;

	@Test
	void submittingASuggestionCountsForItsLeadDeputyAndCoSigner(Scenario scenario) {
		DutyFixture fixture = new DutyFixture(context);
		PersonId lead = fixture.deputy();
		PersonId coSigner = fixture.deputy();
		SuggestionId id = draft(lead, coSigner);

		scenario.stimulate(() -> context.getBean(SubmitSuggestion.class).submit(id, version(id), lead, DAY))
			.andWaitForEventOfType(SuggestionSubmitted.class)
			.matching(e -> e.id().equals(id))
			.toArriveAndVerify((e, number) -> {
				assertThat(e.number()).isEqualTo(number);
				assertThat(records.entriesOf(lead, DAY, DAY, EnumSet.of(DutyKind.SUGGESTION_LED))).singleElement()
					.satisfies(line -> {
						assertThat(line.reference()).isEqualTo(number);
						assertThat(line.title()).isEqualTo("关于增设社区养老服务站的建议");
					});
				assertThat(fixture.totals(coSigner).of(DutyKind.SUGGESTION_CO_SIGNED)).isEqualTo(1);
			});
	}

	@Test
	void aSuggestionReturnedAsNotASuggestionNoLongerCounts(Scenario scenario) {
		DutyFixture fixture = new DutyFixture(context);
		PersonId lead = fixture.deputy();
		SuggestionId id = draft(lead, fixture.deputy());
		context.getBean(SubmitSuggestion.class).submit(id, version(id), lead, DAY);
		assertThat(fixture.totals(lead).of(DutyKind.SUGGESTION_LED)).isEqualTo(1);

		scenario.stimulate(() -> context.getBean(RejectSuggestion.class).reject(id, version(id), "属于个人诉求", DAY))
			.andWaitForEventOfType(SuggestionRejected.class)
			.matching(e -> e.id().equals(id))
			.toArriveAndVerify(e -> assertThat(fixture.totals(lead).of(DutyKind.SUGGESTION_LED)).isZero());
	}

	private SuggestionId draft(PersonId lead, PersonId coSigner) {
		return context.getBean(DraftSuggestion.class).draft(lead,
				new SuggestionContent("关于增设社区养老服务站的建议", "建议内容", "社会保障", 2023), List.of(coSigner), DAY);
	}

	private int version(SuggestionId id) {
		return suggestions.get(id).orElseThrow().version();
	}

}
