package org.lvzhi.oversight.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Role;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonListItem;
import org.lvzhi.directory.PersonQuery;
import org.lvzhi.oversight.InquiryId;
import org.lvzhi.oversight.InquiryWorkflow;
import org.lvzhi.oversight.OversightSearch;
import org.lvzhi.search.SearchDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A special inquiry in the search index: what was asked, answered and promised, the same document
 * from every move and from a rebuild; the office and the members find it, the answering organ's
 * unit does not (it reads its commitments elsewhere).
 */
@IntegrationTest
@RecordApplicationEvents
class InquirySearchTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	InquiryIndex index;
	@Autowired
	InquiryWorkflow workflow;
	@Autowired
	Directory directory;
	@Autowired
	ApplicationEvents events;

	@Test
	void theQuestionsAnswersAndCommitmentsAreFoundByTheOfficeAndTheMembersOnly() {
		List<PersonId> persons = directory.findPersons(new PersonQuery(null, null, null, null, null, null), 1, 2).items()
			.stream().map(PersonListItem::id).toList();
		var organ = directory.findOrganizations(new OrganizationQuery(null, Classification.GOVERNMENT_DEPARTMENT, null, null), 1, 1)
			.items().get(0).id();
		InquiryId inquiry = workflow.prepare("关于全市学前教育普惠发展情况的专题询问", null);
		String id = inquiry.toString();
		SearchDocument prepared = OversightSearch.published(events, InquiryIndex.TYPE, id);
		assertThat(OversightSearch.rebuilt(index, id)).isEqualTo(prepared);
		assertThat(prepared.facets()).containsEntry(SearchDocument.STATE, Set.of(InquiryIndex.PREPARED))
			.doesNotContainKey(SearchDocument.YEAR);

		workflow.schedule(inquiry, LocalDate.of(2026, 9, 24));
		workflow.addTopic(inquiry, "普惠性幼儿园覆盖率偏低", organ, null, LocalDate.of(2026, 9, 1));
		long asker = workflow.addQuestioner(inquiry, persons.get(0), null, "委员");
		long answerer = workflow.addRespondent(inquiry, persons.get(1), organ, "局长");
		long question = workflow.recordQuestion(inquiry, asker, answerer, "公办幼儿园学位缺口如何解决？", "明年新建改扩建公办园二十所。");
		long commitment = workflow.commit(inquiry, question, answerer, "新建改扩建公办幼儿园二十所", LocalDate.of(2027, 8, 31));
		workflow.fulfil(commitment, "已建成并招生。", LocalDate.of(2027, 8, 20));
		SearchDocument done = OversightSearch.published(events, InquiryIndex.TYPE, id);
		assertThat(OversightSearch.rebuilt(index, id)).isEqualTo(done);
		assertThat(done.body()).contains("普惠性幼儿园覆盖率偏低", "公办幼儿园学位缺口", "新建改扩建公办园二十所", "已建成并招生");
		assertThat(done.facets()).containsEntry(SearchDocument.YEAR, Set.of("2026"))
			.containsEntry(SearchDocument.ORG, Set.of(organ.toString()))
			.containsEntry(SearchDocument.STATE, Set.of(InquiryIndex.DATED));
		assertThat(done.readers()).containsExactly(SearchDocument.STAFF, SearchDocument.MEMBERS);

		OversightSearch search = new OversightSearch(context);
		String words = "公办幼儿园学位";
		assertThat(search.found(InquiryIndex.TYPE, words, search.keysOf("bangongting"))).contains(id);
		assertThat(search.found(InquiryIndex.TYPE, words, search.keysOf("weimin"))).contains(id);
		assertThat(search.found(InquiryIndex.TYPE, words, search.keysOfNew(Role.UNIT, organ.value()))).doesNotContain(id);
		assertThat(search.found(InquiryIndex.TYPE, words, OversightSearch.visitor())).doesNotContain(id);
		assertThat(index.link(id)).isEqualTo("/oversight/inquiries/" + id);
		assertThat(index.publicLink(id)).isNull();
	}
}
