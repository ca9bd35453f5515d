package org.lvzhi.suggestions.bills;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.search.DocumentChanged;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchDocument;
import org.lvzhi.search.SearchHits;
import org.lvzhi.search.SearchQuery;
import org.lvzhi.suggestions.BillContent;
import org.lvzhi.suggestions.BillId;
import org.lvzhi.suggestions.BillOutcome;
import org.lvzhi.suggestions.BillWorkflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Bills in the search index along their whole path: each move publishes the document a rebuild
 * reads, and the document is found by exactly who opens the bill's page at that point: its
 * deputies from the draft on, staff once filed, the committee and the organs it went to, the
 * public once completed (and then without what the public page does not show).
 */
@IntegrationTest
@RecordApplicationEvents
class BillIndexTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	ApplicationEvents events;
	@Autowired
	BillIndex index;
	@Autowired
	BillWorkflow workflow;
	@Autowired
	Search search;

	@Test
	void aBillIsFoundByWhoOpensItAtEachStepAndAsARebuildReadsIt() {
		BillFixture fixture = new BillFixture(context);
		List<PersonId> deputies = fixture.deputies(10);
		PersonId lead = deputies.get(0);
		OrganizationId committee = fixture.organization("晋源测试城乡建设环境保护委员会", Classification.SPECIAL_COMMITTEE);
		OrganizationId organ = fixture.organization("晋源测试市水务局", Classification.GOVERNMENT_DEPARTMENT);
		BillId bill = workflow.draft(lead, new BillContent("关于制定《太原市晋祠泉域水资源保护条例》的议案",
				"晋祠泉水断流多年，泉域保护责任分散。", "建议制定晋祠泉域水资源保护条例，明确复流目标。", 2027), deputies.subList(1, 10),
				LocalDate.of(2027, 1, 6));
		String id = String.valueOf(bill.value());

		SearchDocument draft = current(bill);
		assertThat(draft.readers()).as("a draft is its deputies' alone").containsExactlyInAnyOrderElementsOf(
				deputies.stream().map(p -> SearchDocument.personReader(p.value())).toList());
		assertThat(ids("晋祠泉域", Set.of(SearchDocument.personReader(lead.value())))).contains(id);
		assertThat(ids("晋祠泉域", Set.of(SearchDocument.STAFF, SearchDocument.PUBLIC))).doesNotContain(id);

		deputies.subList(1, 10).forEach(p -> workflow.sign(bill, p, LocalDate.of(2027, 1, 8)));
		workflow.file(bill, lead, LocalDate.of(2027, 1, 10));
		workflow.refer(bill, committee, null, LocalDate.of(2027, 1, 12));
		SearchDocument referred = current(bill);
		assertThat(referred.readers()).contains(SearchDocument.STAFF, SearchDocument.orgReader(committee.value()))
			.doesNotContain(SearchDocument.PUBLIC, SearchDocument.orgReader(organ.value()));
		assertThat(referred.facets()).containsEntry(SearchDocument.STATE, Set.of("REFERRED"))
			.containsEntry(SearchDocument.YEAR, Set.of("2027"))
			.containsEntry(SearchDocument.ORG, Set.of(String.valueOf(committee.value())));
		assertThat(ids("晋祠泉域", Set.of(SearchDocument.STAFF))).contains(id);
		assertThat(ids("晋祠泉域", Set.of(SearchDocument.orgReader(organ.value()), SearchDocument.PUBLIC))).doesNotContain(id);

		workflow.recordCommitteeReport(bill, "委员会建议交市水务局研究办理。", BillOutcome.HANDED, LocalDate.of(2027, 3, 1));
		workflow.settle(bill, BillOutcome.HANDED, "交市水务局办理。", List.of(organ), LocalDate.of(2027, 3, 10));
		workflow.recordOrganReport(bill, organ, "已启动泉域保护规划编制。", LocalDate.of(2027, 5, 6));
		SearchDocument handed = current(bill);
		assertThat(handed.body()).contains("晋祠泉水断流多年", "已启动泉域保护规划编制");
		assertThat(ids("晋祠泉域", Set.of(SearchDocument.orgReader(organ.value())))).contains(id);

		workflow.complete(bill, "审议完毕，条例已列入立法计划。", LocalDate.of(2027, 6, 1));
		SearchDocument completed = current(bill);
		assertThat(completed.readers()).contains(SearchDocument.PUBLIC);
		assertThat(completed.body()).contains("建议制定晋祠泉域水资源保护条例", "交有关机关办理", "条例已列入立法计划")
			.as("the public page shows neither the grounds nor the reports")
			.doesNotContain("晋祠泉水断流多年", "已启动泉域保护规划编制", "委员会建议");
		assertThat(ids("晋祠泉域", Set.of(SearchDocument.PUBLIC))).contains(id);
		assertThat(index.link(id)).isEqualTo("/bills/" + id);
		assertThat(index.publicLink(id)).isEqualTo("/public/bills/" + id);
	}

	/** The document the last change published, checked against the one a rebuild reads. */
	private SearchDocument current(BillId bill) {
		String id = String.valueOf(bill.value());
		List<SearchDocument> published = events.stream(DocumentChanged.class).map(DocumentChanged::document)
			.filter(d -> d.type().equals(BillIndex.TYPE) && d.id().equals(id)).toList();
		assertThat(published).as("bill %s published", id).isNotEmpty();
		SearchDocument last = published.get(published.size() - 1);
		List<SearchDocument> all = new ArrayList<>();
		index.forEach(all::add);
		assertThat(last).isEqualTo(all.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow());
		return last;
	}

	private List<String> ids(String text, Set<String> readers) {
		return search.search(new SearchQuery(BillIndex.TYPE, text, Map.of(), readers, 0, 50)).hits().stream()
			.map(SearchHits.Hit::id).toList();
	}
}
