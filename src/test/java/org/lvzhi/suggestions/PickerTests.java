package org.lvzhi.suggestions;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.Gender;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonDetails;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonalData;
import org.lvzhi.directory.Picker;
import org.lvzhi.directory.RegisterPerson;
import org.lvzhi.platform.DomainException;
import org.lvzhi.platform.PickedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * The pickers: choices by part of a name, picked values turned back into records, and the forms
 * refusing by name what names nothing or more than one record, in Chinese.
 */
@IntegrationTest
class PickerTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	Picker picks;
	@Autowired
	Directory directory;
	@Autowired
	RegisterPerson register;
	@Autowired
	MockMvc mvc;
	@Autowired
	Accounts accounts;
	@Autowired
	UserDetailsService users;
	@Autowired
	MessageSource messages;

	SuggestionFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new SuggestionFixture(context);
	}

	private RequestPostProcessor office() {
		String username = "t-pick-" + System.nanoTime();
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试代表工委", Role.STAFF, "DEPUTY_AFFAIRS", null, null));
		return user(users.loadUserByUsername(username));
	}

	private String refusal(Runnable pick) {
		Throwable t = org.assertj.core.api.Assertions.catchThrowable(pick::run);
		assertThat(t).isInstanceOf(DomainException.class);
		DomainException e = (DomainException) t;
		return messages.getMessage(e.messageKey(), e.args(), Locale.SIMPLIFIED_CHINESE);
	}

	/** The choices the office's picker offers for what was typed, as the page receives them. */
	private String choices(String kind, String typed) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(get("/suggestions/pick/" + kind).with(office()).param("field", "f")
			.param("id", "f").param("f", typed)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void unitsArePickedByNameAndTypedNamesResolveOrAreRefusedByName() throws Exception {
		OrganizationId unit = fixture.unit();
		String name = directory.organization(unit).orElseThrow().name();

		assertThat(choices("unit", name.substring(0, name.length() - 2))).contains("data-value=\"" + name + "\"");
		assertThat(picks.unit(name)).isEqualTo(unit);
		assertThat(picks.unit("#" + unit.value())).isEqualTo(unit);
		assertThat(picks.unit("  ")).isNull();
		OrganizationId other = fixture.unit();
		String otherName = directory.organization(other).orElseThrow().name();
		assertThat(picks.units(name + "、" + otherName + "、" + name)).containsExactly(unit, other);

		assertThat(refusal(() -> picks.unit("并不存在的单位"))).isEqualTo("找不到单位“并不存在的单位”，请从查找结果中选择。");
		assertThat(refusal(() -> picks.unit(name + "、" + otherName))).contains("只能选择一项");
		assertThat(refusal(() -> picks.unit("测试承办单位"))).contains("对应多个单位");
	}

	@Test
	void namesakesAreToldApartByTheirNumber() throws Exception {
		String name = "同名代表" + System.nanoTime() % 100000;
		PersonId first = register.register(new PersonDetails(name, Gender.MALE, "汉族", "教师", PersonalData.none()));
		PersonId second = register.register(new PersonDetails(name, Gender.MALE, "汉族", "医生", PersonalData.none()));

		assertThat(choices("person", name)).contains("data-value=\"" + name + " #" + first.value() + "\"",
				"data-value=\"" + name + " #" + second.value() + "\"");
		assertThat(picks.person(name + " #" + second.value())).isEqualTo(second);
		assertThat(picks.persons(name + " #" + first.value() + "、" + name + " #" + second.value()))
			.containsExactly(first, second);
		assertThat(refusal(() -> picks.person(name))).contains("不止一位", "#" + first.value());
		assertThat(refusal(() -> picks.person("别人 #" + first.value()))).contains("与姓名不符");
		assertThat(PickedText.withChoice(name + " #" + first.value() + "、同名", name + " #" + second.value(), true))
			.isEqualTo(name + " #" + first.value() + "、" + name + " #" + second.value() + "、");
	}

	@Test
	void thePickerOffersChoicesAndPutsTheChosenOneInTheField() throws Exception {
		OrganizationId unit = fixture.unit();
		String name = directory.organization(unit).orElseThrow().name();
		RequestPostProcessor office = office();

		String choices = mvc.perform(get("/suggestions/pick/unit").with(office).param("field", "lead").param("id", "lead-1")
			.param("label", "suggestions.picker.lead").param("lead", name)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(choices)).contains("data-value=\"" + name + "\"", "/suggestions/pick/unit/choose");

		String chosen = mvc.perform(get("/suggestions/pick/unit/choose").with(office).param("field", "coHandling")
			.param("id", "co-1").param("multiple", "true").param("typed", "甲单位、乙").param("value", name)
			.param("label", "suggestions.picker.coHandling")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(chosen)).contains("value=\"甲单位、" + name + "、\"", "name=\"coHandling\"",
				"hx-get=\"/suggestions/pick/unit?field=coHandling&multiple=true&id=co-1");
		mvc.perform(get("/suggestions/pick/unit").param("field", "lead").param("id", "x").param("lead", name))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void theAssignmentFormTakesUnitNamesAndRefusesAnUnknownOneInChinese() throws Exception {
		OrganizationId lead = fixture.unit();
		OrganizationId co = fixture.unit();
		SuggestionId id = fixture.accepted();
		RequestPostProcessor office = office();

		mvc.perform(post("/suggestions/" + id + "/assign").with(office).with(csrf())
			.param("version", "" + fixture.get(id).version()).param("lead", "没有这个单位"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("errorKey", "picker.error.unknownUnit"));
		assertThat(fixture.get(id).state()).isEqualTo(SuggestionState.ACCEPTED);

		mvc.perform(post("/suggestions/" + id + "/assign").with(office).with(csrf())
			.param("version", "" + fixture.get(id).version())
			.param("lead", directory.organization(lead).orElseThrow().name())
			.param("coHandling", directory.organization(co).orElseThrow().name() + "、"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("successKey", "suggestions.assigned"));
		Suggestion s = fixture.get(id);
		assertThat(s.leadUnit()).isEqualTo(lead);
		assertThat(s.assignmentOf(co).orElseThrow().role()).isEqualTo(AssignmentRole.CO);
	}

	@Test
	void aKeySuggestionsLeaderAndAMergeTargetArePickedByNameAndNumber() throws Exception {
		String name = "督办领导" + System.nanoTime() % 100000;
		PersonId leader = register.register(new PersonDetails(name, Gender.FEMALE, "汉族", "干部", PersonalData.none()));
		SuggestionId id = fixture.accepted();
		RequestPostProcessor office = office();

		mvc.perform(post("/suggestions/" + id + "/key").with(office).with(csrf())
			.param("version", "" + fixture.get(id).version()).param("leader", name + " #" + leader.value()))
			.andExpect(flash().attribute("successKey", "suggestions.markedKey"));
		assertThat(fixture.get(id).supervisingLeader()).isEqualTo(leader);

		SuggestionId duplicate = fixture.accepted();
		mvc.perform(post("/suggestions/" + duplicate + "/merge").with(office).with(csrf()).param("into", "2023-99999"))
			.andExpect(flash().attribute("errorKey", "suggestions.error.unknownNumber"));
		mvc.perform(post("/suggestions/" + duplicate + "/merge").with(office).with(csrf())
			.param("into", fixture.get(id).number())).andExpect(flash().attribute("successKey", "suggestions.merged"));
		assertThat(fixture.get(duplicate).mergedInto()).isEqualTo(id);
		assertThat(List.of(fixture.get(duplicate).state())).containsExactly(SuggestionState.MERGED);
		assertThatThrownBy(() -> context.getBean(Suggestions.class).numbered("不是编号"))
			.isInstanceOf(SuggestionException.class);
	}
}
