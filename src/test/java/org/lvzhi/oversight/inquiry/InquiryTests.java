package org.lvzhi.oversight.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
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
import org.springframework.test.web.servlet.MockMvc;

/** A special inquiry's participants, questions and commitments followed until done. */
@IntegrationTest
class InquiryTests {

	@Autowired
	InquiryWorkflow workflow;
	@Autowired
	Inquiries inquiries;
	@Autowired
	Directory directory;

	@Autowired
	MockMvc mvc;

	@Test
	void theOfficeRecordsTheInquiryOnItsPageAndAUnitCannotOpenIt() throws Exception {
		List<PersonId> persons = directory.findPersons(new PersonQuery(null, null, null, null, null, null), 2, 2).items()
			.stream().map(PersonListItem::id).toList();
		var organ = directory.findOrganizations(new OrganizationQuery(null, Classification.GOVERNMENT_DEPARTMENT, null, null), 1, 1)
			.items().get(0).id();
		InquiryId id = workflow.hold("测试网页询问", LocalDate.of(2024, 8, 29), null);
		var staff = user("t-inq-staff").roles("STAFF");
		mvc.perform(post("/oversight/inquiries/" + id + "/participants").with(staff).with(csrf()).param("side", "QUESTIONER")
			.param("person", String.valueOf(persons.get(0).value()))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/oversight/inquiries/" + id + "/participants").with(staff).with(csrf()).param("side", "RESPONDENT")
			.param("person", String.valueOf(persons.get(1).value())).param("body", String.valueOf(organ.value())))
			.andExpect(status().is3xxRedirection());
		var participants = inquiries.participants(id);
		long asker = participants.stream().filter(p -> p.side().equals("QUESTIONER")).findFirst().orElseThrow().id();
		long answerer = participants.stream().filter(p -> p.side().equals("RESPONDENT")).findFirst().orElseThrow().id();
		mvc.perform(post("/oversight/inquiries/" + id + "/questions").with(staff).with(csrf())
			.param("questioner", String.valueOf(asker)).param("respondent", String.valueOf(answerer))
			.param("question", "测试网页问题？").param("answer", "测试网页回答。")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/oversight/inquiries/" + id + "/commitments").with(staff).with(csrf())
			.param("respondent", String.valueOf(answerer)).param("text", "测试网页承诺").param("due", "2024-12-31"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/oversight/inquiries/" + id).with(staff))
			.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("测试网页回答。")))
			.andExpect(content().string(Matchers.containsString("测试网页承诺")));
		mvc.perform(get("/oversight/inquiries/" + id).with(user("t-inq-unit").roles("UNIT"))).andExpect(status().isForbidden());
	}

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
