package org.lvzhi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonQuery;
import org.lvzhi.reporting.FigureRecord;
import org.lvzhi.reporting.Figures;
import org.lvzhi.suggestions.SuggestionQuery;
import org.lvzhi.suggestions.SuggestionState;
import org.lvzhi.suggestions.Suggestions;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DemoSuggestionsTests {

	@Autowired
	DemoSettings settings;
	@Autowired
	Deadlines deadlines;
	@Autowired
	Figures figures;
	@Autowired
	Suggestions suggestions;
	@Autowired
	Directory directory;

	SuggestionPlan plan() {
		return SuggestionPlanner.plan(new DemoContext(settings.seed()).random("suggestions"),
				d -> deadlines.isWorkingDay(d) ? d : deadlines.nextWorkingDay(d), 480);
	}

	@Test
	void thePlanClosesExactly416SuggestionsIn2023And18KeyOnesCarriedOut() {
		SuggestionPlan plan = plan();
		assertThat(plan.closing()).isEqualTo(SuggestionPlanner.CLOSED).isEqualTo(416);
		assertThat(plan.key()).isEqualTo(18);
		assertThat(plan.suggestions()).allSatisfy(p -> assertThat(p.steps()).allSatisfy(s -> {
			assertThat(s.on().getYear()).isEqualTo(2023);
			assertThat(deadlines.isWorkingDay(s.on()) || s.move() == SuggestionPlan.Move.CONTACT).as(s.toString()).isTrue();
		}));
		assertThat(plan.suggestions().stream().map(SuggestionPlan.Planned::title).distinct().count())
			.isGreaterThan(300);
		assertThat(plan()).isEqualTo(plan);
	}

	@Test
	void theReportFiguresCountTheDemoWorldsSuggestions() {
		// The demo world is written before any test runs, so its suggestions hold the first numbers of
		// 2023; suggestions that tests close in 2023 come after them and are left out here.
		int demo = plan().suggestions().size();
		List<FigureRecord> closed = figures.find("suggestions_closed").orElseThrow().records(2023);
		List<FigureRecord> key = figures.find("key_suggestions_implemented").orElseThrow().records(2023);

		assertThat(closed).hasSize((int) figures.find("suggestions_closed").orElseThrow().value(2023));
		assertThat(key).hasSize((int) figures.find("key_suggestions_implemented").orElseThrow().value(2023));
		assertThat(closed.stream().filter(r -> fromDemo(r, demo))).hasSize(416);
		assertThat(key.stream().filter(r -> fromDemo(r, demo))).hasSize(18);
		assertThat(closed).allSatisfy(r -> {
			assertThat(r.date()).isBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
			assertThat(r.link()).isEqualTo("/public/suggestions/" + r.id());
		});
	}

	@Test
	void theDemoDeputyHasSuggestionsOfHerOwnAndTheDemoUnitHasAssignments() {
		OrganizationId delegation = directory.organizationNamed(TaiyuanBodies.DEMO_DEPUTY_DELEGATION).orElseThrow().id();
		PersonId deputy = directory.findPersons(new PersonQuery(null, null, delegation, null, null, null), 1, 1)
			.items().get(0).id();
		SuggestionQuery hers = new SuggestionQuery(null, null, null, null, null, 2023, null, deputy);
		assertThat(suggestions.find(hers, 1, 50).items().stream().filter(i -> i.leadDeputyId() == deputy.value()))
			.hasSizeGreaterThanOrEqualTo(3);
		assertThat(suggestions.countOpen(deputy)).isGreaterThanOrEqualTo(1);

		OrganizationId unit = directory.organizationNamed(TaiyuanBodies.DEMO_UNIT).orElseThrow().id();
		assertThat(suggestions.count(SuggestionQuery.all().withUnit(unit).withState(SuggestionState.CLOSED)))
			.isGreaterThan(5);
		assertThat(suggestions.countOverdue(unit)).isGreaterThanOrEqualTo(1);
	}

	@Test
	void everyPlannedAnswerComesAfterTheThreeContactsAndTheCoHandlingView() {
		// The answer use case refuses otherwise (DESIGN §3, 三见面 and 会办意见), so the demo plans them first.
		for (SuggestionPlan.Planned p : plan().suggestions()) {
			java.util.Set<org.lvzhi.suggestions.ContactStage> met = java.util.EnumSet.noneOf(org.lvzhi.suggestions.ContactStage.class);
			boolean viewed = false;
			for (SuggestionPlan.Step step : p.steps()) {
				if (step.move() == SuggestionPlan.Move.CONTACT) {
					met.add(step.stage());
				}
				viewed |= step.move() == SuggestionPlan.Move.CO_VIEW;
				if (step.move() == SuggestionPlan.Move.ANSWER) {
					assertThat(met).as(p.title()).containsExactlyInAnyOrder(org.lvzhi.suggestions.ContactStage.values());
					assertThat(viewed || !p.withCoUnit()).as(p.title()).isTrue();
				}
			}
		}
	}

	private static boolean fromDemo(FigureRecord r, int demo) {
		String number = r.title().substring(0, r.title().indexOf(' '));
		return number.startsWith("2023-") && Integer.parseInt(number.substring(5)) <= demo;
	}
}
