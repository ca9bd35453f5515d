package org.lvzhi.directory.picking;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.platform.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Each picker path lists the directory only to those who may use the forms that call it: a
 * handling unit and the public are refused everywhere; staff outside the deputies' affairs office
 * pick inquiry participants but not that office's suggestion and station fields.
 */
@IntegrationTest
class PickerAccessTests {

	@Autowired
	MockMvc mvc;

	private static MockHttpServletRequestBuilder suggestions() {
		return get("/suggestions/pick/deputy").param("field", "f").param("id", "f").param("f", "王");
	}

	private static MockHttpServletRequestBuilder liaison() {
		return get("/liaison/pick/station").param("field", "f").param("id", "f").param("f", "站");
	}

	private static MockHttpServletRequestBuilder oversight() {
		return get("/oversight/pick/person").param("field", "f").param("id", "f").param("placeholder", "picker.placeholder")
			.param("fName", "王");
	}

	private static UserRequestPostProcessor as(String role, String... offices) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
		for (String office : offices) {
			authorities.add(new SimpleGrantedAuthority(Roles.OFFICE_PREFIX + office));
		}
		return user("t-picker-" + role).authorities(authorities);
	}

	@Test
	void handlingUnitsAndThePublicListNothing() throws Exception {
		for (String role : new String[] { "UNIT", "PUBLIC" }) {
			mvc.perform(suggestions().with(as(role))).andExpect(status().isForbidden());
			mvc.perform(liaison().with(as(role))).andExpect(status().isForbidden());
			mvc.perform(oversight().with(as(role))).andExpect(status().isForbidden());
		}
		mvc.perform(suggestions()).andExpect(status().is3xxRedirection());
	}

	@Test
	void theDeputiesAffairsOfficePicksForItsFormsAndOtherStaffOnlyInquiryParticipants() throws Exception {
		var office = as("STAFF", "DEPUTY_AFFAIRS");
		mvc.perform(suggestions().with(office)).andExpect(status().isOk());
		mvc.perform(liaison().with(office)).andExpect(status().isOk());
		mvc.perform(oversight().with(office)).andExpect(status().isOk());

		var research = as("STAFF", "RESEARCH");
		mvc.perform(suggestions().with(research)).andExpect(status().isForbidden());
		mvc.perform(liaison().with(research)).andExpect(status().isForbidden());
		mvc.perform(oversight().with(research)).andExpect(status().isOk());
	}
}
