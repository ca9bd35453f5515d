package org.lvzhi.oversight.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.CreateOrganization;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonListItem;
import org.lvzhi.directory.PersonQuery;
import org.lvzhi.directory.Directory;
import org.lvzhi.oversight.InquiryId;
import org.lvzhi.oversight.InquiryWorkflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The office picks participants by name instead of typing directory numbers. */
@IntegrationTest
class InquiryPickerTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	CreateOrganization organizations;
	@Autowired
	Directory directory;
	@Autowired
	InquiryWorkflow workflow;
	@Autowired
	Inquiries inquiries;

	@Test
	void aBodyIsFoundByPartOfItsNameChosenAndATypedFullNameCounts() throws Exception {
		String name = "测试询问选择局" + System.nanoTime();
		OrganizationId organ = organizations.create(new OrganizationDetails(name, Classification.GOVERNMENT_DEPARTMENT, null,
				null, null, null, null, null));
		var staff = user("t-pick-staff").roles("STAFF");
		mvc.perform(get("/oversight/pick/body").with(staff).param("field", "body").param("id", "participant-body")
			.param("placeholder", "oversight.inquiry.bodyId").param("bodyName", name.substring(0, 12)))
			.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(name)));
		mvc.perform(get("/oversight/pick/body/choose").with(staff).param("field", "body").param("id", "participant-body")
			.param("placeholder", "oversight.inquiry.bodyId").param("value", String.valueOf(organ.value())).param("label", name))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("value=\"" + organ.value() + "\"")));
		mvc.perform(get("/oversight/pick/body").with(user("t-pick-unit").roles("UNIT")).param("field", "body")
			.param("id", "x").param("placeholder", "oversight.inquiry.bodyId").param("bodyName", "测试"))
			.andExpect(status().isForbidden());

		PersonListItem person = directory.findPersons(new PersonQuery(null, null, null, null, null, null), 1, 1).items().get(0);
		InquiryId id = workflow.hold("测试选择询问", LocalDate.of(2024, 8, 29), null);
		mvc.perform(post("/oversight/inquiries/" + id + "/participants").with(staff).with(csrf()).param("side", "RESPONDENT")
			.param("person", String.valueOf(person.id().value())).param("body", "").param("bodyName", name))
			.andExpect(status().is3xxRedirection());
		assertThat(inquiries.participants(id)).singleElement()
			.satisfies(p -> assertThat(p.organizationId()).isEqualTo(organ.value()));
		mvc.perform(get("/oversight/inquiries/" + id).with(staff)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("participant-person")));
	}
}
