package org.lvzhi.oversight.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonListItem;
import org.lvzhi.directory.PersonQuery;
import org.lvzhi.oversight.InquiryId;
import org.lvzhi.oversight.InquiryWorkflow;
import org.lvzhi.oversight.OversightException;
import org.springframework.beans.factory.annotation.Autowired;

/** A special inquiry's participants, questions and commitments followed until done. */
@IntegrationTest
class InquiryTests {

	@Autowired
	InquiryWorkflow workflow;
	@Autowired
	Inquiries inquiries;
	@Autowired
	Directory directory;

	@Test
	void aCommitmentIsOwedByTheRespondentsOrganUntilDone() {
		List<PersonId> persons = directory.findPersons(new PersonQuery(null, null, null, null, null, null), 1, 3).items()
			.stream().map(PersonListItem::id).toList();
		var organ = directory.findOrganizations(new OrganizationQuery(null, Classification.GOVERNMENT_DEPARTMENT, null, null), 1, 1)
			.items().get(0).id();
		InquiryId id = workflow.hold("测试专题询问", LocalDate.of(2024, 8, 29), null);
		long asker = workflow.addQuestioner(id, persons.get(0), null, "委员");
		long answerer = workflow.addRespondent(id, persons.get(1), organ, "局长");
		assertThatThrownBy(() -> workflow.addQuestioner(id, persons.get(0), null, null))
			.isInstanceOf(OversightException.class).hasMessage("oversight.error.alreadyParticipant");
		assertThatThrownBy(() -> workflow.recordQuestion(id, answerer, asker, "反了？", null))
			.isInstanceOf(OversightException.class).hasMessage("oversight.error.participant");
		long q = workflow.recordQuestion(id, asker, answerer, "如何整改？", "年底前完成。");
		long c = workflow.commit(id, q, answerer, "年底前完成整改", LocalDate.of(2024, 12, 31));
		var commitment = inquiries.commitment(c).orElseThrow();
		assertThat(commitment.organizationId()).isEqualTo(organ.value());
		assertThat(commitment.overdue(LocalDate.of(2025, 1, 2))).isTrue();
		workflow.fulfil(c, "已完成。", LocalDate.of(2024, 12, 20));
		assertThat(inquiries.commitment(c).orElseThrow().overdue(LocalDate.of(2025, 1, 2))).isFalse();
		assertThatThrownBy(() -> workflow.fulfil(c, null, LocalDate.of(2024, 12, 21)))
			.isInstanceOf(OversightException.class).hasMessage("oversight.error.alreadyDone");
	}
}
