package org.lvzhi.suggestions.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.search.SearchDocument;
import org.lvzhi.suggestions.AnswerCategory;
import org.lvzhi.suggestions.AssignmentPlan;
import org.lvzhi.suggestions.MergeSuggestions;
import org.lvzhi.suggestions.ReopenSuggestion;
import org.lvzhi.suggestions.Suggestion;
import org.lvzhi.suggestions.SuggestionFixture;
import org.lvzhi.suggestions.SuggestionId;
import org.lvzhi.suggestions.WithdrawSuggestion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The rebuild's paged reading builds, for every suggestion, the very document that a change of the
 * suggestion publishes, so that a rebuilt index answers as the one kept up to date by events.
 */
@IntegrationTest
class SuggestionDocumentsTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	SuggestionDocuments documents;
	@Autowired
	WithdrawSuggestion withdraw;
	@Autowired
	MergeSuggestions merge;
	@Autowired
	ReopenSuggestion reopen;

	SuggestionFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new SuggestionFixture(context);
	}

	@Test
	void pagesHoldTheSameDocumentsAsEvents() {
		LocalDate on = LocalDate.of(2023, 3, 1);
		List<SuggestionId> indexed = new ArrayList<>();
		PersonId deputy = fixture.deputy();
		indexed.add(fixture.draftBy(deputy, fixture.deputy(), fixture.deputy()));
		indexed.add(fixture.submitted());
		OrganizationId lead = fixture.unit();
		indexed.add(fixture.assigned(AssignmentPlan.lead(lead, fixture.unit(), fixture.unit()), on));
		indexed.add(fixture.assigned(AssignmentPlan.split(fixture.unit(), fixture.unit()), on));
		OrganizationId answering = fixture.unit();
		SuggestionId twice = fixture.dissatisfied(answering, on.plusMonths(2));
		Suggestion unhappy = fixture.get(twice);
		reopen.reopen(twice, unhappy.version(), on.plusMonths(3));
		fixture.answer(twice, answering, AnswerCategory.A, on.plusMonths(4));
		indexed.add(twice);
		indexed.add(fixture.underFollowUp(fixture.unit(), on.plusMonths(2)));
		PersonId withdrawing = fixture.deputy();
		SuggestionId withdrawn = fixture.submittedBy(withdrawing);
		withdraw.withdraw(withdrawn, fixture.get(withdrawn).version(), withdrawing, on);
		SuggestionId kept = fixture.accepted();
		SuggestionId merged = fixture.accepted();
		merge.merge(List.of(merged), kept, on);
		indexed.add(kept);

		long first = indexed.stream().mapToLong(SuggestionId::value).min().orElseThrow();
		long last = indexed.stream().mapToLong(SuggestionId::value).max().orElseThrow();
		// Small pages, so that the keyset moves across several of them.
		List<SearchDocument> read = new ArrayList<>();
		long after = first - 1;
		while (after < last) {
			List<SearchDocument> page = documents.page(after, 3);
			if (page.isEmpty()) {
				break;
			}
			read.addAll(page);
			after = Long.parseLong(page.get(page.size() - 1).id());
		}
		Map<String, SearchDocument> paged = read.stream()
			.collect(Collectors.toMap(SearchDocument::id, Function.identity()));

		for (SuggestionId id : indexed) {
			SearchDocument fromEvent = SuggestionDocuments.document(fixture.get(id));
			assertThat(paged.get(id.toString())).as("suggestion %s", id).isEqualTo(fromEvent);
		}
		assertThat(paged).doesNotContainKeys(withdrawn.toString(), merged.toString());
		assertThat(paged.get(twice.toString()).body()).contains("答复：已按建议研究办理。\n答复：已按建议研究办理。");
		assertThat(paged.get(indexed.get(2).toString()).readers()).contains("org:" + lead, "staff")
			.hasSize(1 + 3 + 1);
	}

	@Test
	void documentsCarryTheCommonFacetsAndSayWhereTheyAreRead() {
		OrganizationId lead = fixture.unit();
		OrganizationId co = fixture.unit();
		SuggestionId id = fixture.assigned(AssignmentPlan.lead(lead, co), LocalDate.of(2026, 3, 2));
		Suggestion s = fixture.get(id);
		SearchDocument d = SuggestionDocuments.document(s);
		assertThat(d.facets().get(SearchDocument.ORG)).containsExactly(lead.toString());
		assertThat(d.facets().get("leadUnit")).containsExactly(lead.toString());
		assertThat(d.facets().get(SearchDocument.STATE)).containsExactly(s.state().name());
		assertThat(d.facets().get(SearchDocument.YEAR)).containsExactly(String.valueOf(s.year()));
		assertThat(documents.link(id.toString())).isEqualTo("/suggestions/" + id);
		assertThat(documents.publicLink(id.toString())).isEqualTo("/public/suggestions/" + id);

		org.lvzhi.search.FacetLabels states = context.getBeansOfType(org.lvzhi.search.FacetLabels.class)
			.values()
			.stream()
			.filter(l -> l.type().equals(SuggestionDocuments.TYPE) && l.facet().equals(SearchDocument.STATE))
			.findFirst()
			.orElseThrow();
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
		try {
			assertThat(states.label("DRAFT")).contains("草稿");
			org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
			assertThat(states.label("DRAFT")).contains("Draft");
			assertThat(states.label("NO_SUCH_STATE")).isEmpty();
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		}
	}
}
