package org.lvzhi.oversight.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Role;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.OversightSearch;
import org.lvzhi.oversight.WorkReportId;
import org.lvzhi.search.SearchDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A work report in the search index: each move puts the document a rebuild reads, with the
 * opinions and the government's handling report; the office, the committee's members and the
 * reporting organ find it, nobody else.
 */
@IntegrationTest
@RecordApplicationEvents
class ReportSearchTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	ReportIndex index;
	@Autowired
	ApplicationEvents events;

	@Test
	void theMovesPublishTheDocumentTheRebuildReads() {
		ReportFixture f = new ReportFixture(context);
		OrganizationId organ = f.organ();
		WorkReportId id = f.opinionsSent(organ);
		f.workflow().recordHandlingReport(id, "已完成老旧供热管网改造四十公里，建立冬季供热投诉快速响应机制。",
				ReportFixture.SITTING.plusMonths(2));
		SearchDocument handled = OversightSearch.published(events, ReportIndex.TYPE, id.toString());
		assertThat(OversightSearch.rebuilt(index, id.toString())).isEqualTo(handled);
		assertThat(handled.title()).isEqualTo("关于测试工作情况的报告");
		assertThat(handled.body()).contains("进一步完善制度", "供热投诉快速响应机制");
		assertThat(handled.facets()).containsEntry(SearchDocument.YEAR, Set.of("2024"))
			.containsEntry(SearchDocument.ORG, Set.of(organ.toString()))
			.containsEntry(SearchDocument.STATE, Set.of("HANDLED"));
		assertThat(handled.date()).isEqualTo(ReportFixture.SITTING);

		f.workflow().close(id, "跟踪监督供热质量。", ReportFixture.SITTING.plusMonths(3));
		SearchDocument closed = OversightSearch.published(events, ReportIndex.TYPE, id.toString());
		assertThat(closed.facets()).containsEntry(SearchDocument.STATE, Set.of("CLOSED"));
		assertThat(OversightSearch.rebuilt(index, id.toString())).isEqualTo(closed);
	}

	@Test
	void theOfficeTheMembersAndTheOrganFindTheReportAndNobodyElse() {
		ReportFixture f = new ReportFixture(context);
		OrganizationId organ = f.organ();
		WorkReportId id = f.opinionsSent(organ);
		f.workflow().recordHandlingReport(id, "全面推行河湖长制巡河打卡，整治入河排污口一百二十个。",
				ReportFixture.SITTING.plusMonths(2));
		OversightSearch search = new OversightSearch(context);
		String words = "入河排污口整治";

		assertThat(search.found(ReportIndex.TYPE, words, search.keysOf("bangongting"))).contains(id.toString());
		// 魏民, the committee's chair, reads every report as a member; the demo deputy, though on the
		// committee too, signs in as a deputy and does not.
		assertThat(search.found(ReportIndex.TYPE, words, search.keysOf("weimin"))).contains(id.toString());
		assertThat(search.found(ReportIndex.TYPE, words, search.keysOfNew(Role.UNIT, organ.value())))
			.contains(id.toString());

		assertThat(search.found(ReportIndex.TYPE, words, search.keysOfNew(Role.UNIT, f.organ().value())))
			.doesNotContain(id.toString());
		assertThat(search.found(ReportIndex.TYPE, words, search.keysOf("daibiao"))).doesNotContain(id.toString());
		assertThat(search.found(ReportIndex.TYPE, words, OversightSearch.visitor())).doesNotContain(id.toString());
		assertThat(index.link(id.toString())).isEqualTo("/oversight/reports/" + id);
		assertThat(index.publicLink(id.toString())).isNull();
	}
}
