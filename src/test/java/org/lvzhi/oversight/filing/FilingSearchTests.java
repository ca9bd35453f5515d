package org.lvzhi.oversight.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Role;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.CreateOrganization;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.FilingId;
import org.lvzhi.oversight.FilingOutcome;
import org.lvzhi.oversight.FilingWorkflow;
import org.lvzhi.oversight.OversightSearch;
import org.lvzhi.oversight.ReviewType;
import org.lvzhi.search.SearchDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A filing-review case in the search index: from filing to the maker's correction each move puts
 * the document a rebuild reads; the office and the members find it, the public and the maker do
 * not, even once the review is concluded (its opinions stay inside).
 */
@IntegrationTest
@RecordApplicationEvents
class FilingSearchTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	FilingIndex index;
	@Autowired
	FilingWorkflow workflow;
	@Autowired
	CreateOrganization organizations;
	@Autowired
	ApplicationEvents events;

	@Test
	void eachMovePublishesTheDocumentTheRebuildReadsAndOnlyTheOfficeAndMembersFindIt() {
		OrganizationId maker = organizations.create(new OrganizationDetails("测试检索制定机关" + System.nanoTime(),
				Classification.GOVERNMENT, null, null, null, null, null, null));
		FilingId filing = workflow.file("测试市网络预约出租汽车经营服务管理办法", "测试〔2026〕7号", maker,
				LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20));
		String id = filing.toString();
		SearchDocument filed = OversightSearch.published(events, FilingIndex.TYPE, id);
		assertThat(OversightSearch.rebuilt(index, id)).isEqualTo(filed);
		assertThat(filed.facets()).containsEntry(SearchDocument.YEAR, Set.of("2026"))
			.containsEntry(SearchDocument.ORG, Set.of(maker.toString()))
			.containsEntry(SearchDocument.STATE, Set.of("FILED"));

		workflow.check(filing, ReviewType.ACTIVE, LocalDate.of(2026, 3, 25));
		workflow.sendOpinion(filing, "第十二条对驾驶员户籍的限制缺乏上位法依据。", LocalDate.of(2026, 4, 8));
		workflow.recordAnswer(filing, "已删除户籍限制。", LocalDate.of(2026, 4, 30));
		workflow.conclude(filing, FilingOutcome.CORRECTED, LocalDate.of(2026, 5, 6));
		SearchDocument concluded = OversightSearch.published(events, FilingIndex.TYPE, id);
		assertThat(OversightSearch.rebuilt(index, id)).isEqualTo(concluded);
		assertThat(concluded.body()).contains("测试〔2026〕7号", "户籍的限制缺乏上位法依据", "已删除户籍限制", "制定机关已纠正");
		assertThat(concluded.facets()).containsEntry(SearchDocument.STATE, Set.of("CONCLUDED"))
			.containsEntry(FilingIndex.OUTCOME, Set.of("CORRECTED"));

		OversightSearch search = new OversightSearch(context);
		String words = "网络预约出租汽车 户籍";
		assertThat(search.found(FilingIndex.TYPE, words, search.keysOf("bangongting"))).contains(id);
		assertThat(search.found(FilingIndex.TYPE, words, search.keysOf("weimin"))).contains(id);
		assertThat(search.found(FilingIndex.TYPE, words, search.keysOfNew(Role.UNIT, maker.value())))
			.doesNotContain(id);
		assertThat(search.found(FilingIndex.TYPE, words, search.keysOf("daibiao"))).doesNotContain(id);
		assertThat(search.found(FilingIndex.TYPE, words, OversightSearch.visitor())).doesNotContain(id);
		assertThat(index.link(id)).isEqualTo("/oversight/filings/" + id);
		assertThat(index.publicLink(id)).isNull();
	}
}
