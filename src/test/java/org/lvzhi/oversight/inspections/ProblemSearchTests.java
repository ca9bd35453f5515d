package org.lvzhi.oversight.inspections;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Role;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.OversightSearch;
import org.lvzhi.search.SearchDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A problem an inspection found, in the search index: found, assigned and reported, each move puts
 * the document a rebuild reads; the office, the members and the unit it is assigned to find it.
 */
@IntegrationTest
@RecordApplicationEvents
class ProblemSearchTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	ProblemIndex index;
	@Autowired
	AssignProblem assign;
	@Autowired
	ReportRectification report;
	@Autowired
	ApplicationEvents events;

	InspectionFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new InspectionFixture(context);
	}

	@Test
	void eachMovePublishesTheDocumentTheRebuildReadsAndOnlyItsReadersFindIt() {
		InspectionId inspection = fixture.inspection(Topic.OTHER, of(2026, 3, 2), List.of());
		ProblemId p = fixture.site(inspection, of(2026, 3, 10), null, "危险化学品仓库未按规定设置防爆照明").get(0);
		String id = p.toString();
		SearchDocument found = OversightSearch.published(events, ProblemIndex.TYPE, id);
		assertThat(OversightSearch.rebuilt(index, id)).isEqualTo(found);
		assertThat(found.title()).isEqualTo("危险化学品仓库未按规定设置防爆照明");
		// The inspection and the law are named in the body, with the article and the site.
		assertThat(found.body()).contains("第十条", "测试执法检查", "测试条例", "小店区 测试点位");
		assertThat(found.facets()).containsEntry(SearchDocument.YEAR, Set.of("2026"))
			.containsEntry(SearchDocument.STATE, Set.of("FOUND"))
			.doesNotContainKey(SearchDocument.ORG);
		assertThat(found.readers()).containsExactly(SearchDocument.STAFF, SearchDocument.MEMBERS);

		OrganizationId unit = fixture.unit();
		assign.assign(p, 0, unit, of(2026, 3, 12));
		report.report(p, 1, unit, "已加装防爆灯具并通过消防验收。", of(2026, 4, 1));
		SearchDocument reported = OversightSearch.published(events, ProblemIndex.TYPE, id);
		assertThat(OversightSearch.rebuilt(index, id)).isEqualTo(reported);
		assertThat(reported.body()).contains("已加装防爆灯具");
		assertThat(reported.facets()).containsEntry(SearchDocument.ORG, Set.of(unit.toString()))
			.containsEntry(SearchDocument.STATE, Set.of("REPORTED"));

		OversightSearch search = new OversightSearch(context);
		String words = "防爆照明";
		assertThat(search.found(ProblemIndex.TYPE, words, search.keysOf("bangongting"))).contains(id);
		assertThat(search.found(ProblemIndex.TYPE, words, search.keysOf("weimin"))).contains(id);
		assertThat(search.found(ProblemIndex.TYPE, words, search.keysOfNew(Role.UNIT, unit.value()))).contains(id);
		assertThat(search.found(ProblemIndex.TYPE, words, search.keysOfNew(Role.UNIT, fixture.unit().value())))
			.doesNotContain(id);
		assertThat(search.found(ProblemIndex.TYPE, words, search.keysOf("daibiao"))).doesNotContain(id);
		assertThat(search.found(ProblemIndex.TYPE, words, OversightSearch.visitor())).doesNotContain(id);
		assertThat(index.link(id)).isEqualTo("/oversight/inspections/problems/" + id);
		assertThat(index.publicLink(id)).isNull();
	}
}
