package org.lvzhi.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.lvzhi.directory.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the public intake form promises about a constituent's name and phone is what the code does:
 * the readers the promise names are read from the message bundle as the form shows it, and every
 * kind of account that may open an opinion sees the contact exactly when it is one of them.
 */
@IntegrationTest
class ConstituentContactPromiseTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;
	@Autowired
	ApplicationContext context;
	@Autowired
	Accounts accounts;
	@Autowired
	UserDetailsService users;
	@Autowired
	MessageSource messages;

	@Test
	void theIntakeFormsPromiseNamesTheReadersTheAccessRuleLetsSeeTheContact() throws Exception {
		LiaisonFixture fixture = new LiaisonFixture(context);
		PersonId deputy = fixture.deputy();
		StationId station = fixture.station(deputy);
		OpinionId opinion = fixture.opinionAt(station, deputy, LocalDate.of(2031, 7, 1));
		String form = page(get("/public/liaison/intake/" + fixture.get(station).intakeCode()), null);

		// The promise as the form shows it: the bundle's sentence around the readers it names.
		String sentence = messages.getMessage("liaison.intake.privacy", null, Locale.SIMPLIFIED_CHINESE);
		String[] around = sentence.split("\\{0\\}", 2);
		assertThat(around).as("the promise names its readers from the one declaration, not in its own words").hasSize(2);
		Matcher shown = Pattern.compile(Pattern.quote(around[0]) + "(.+?)" + Pattern.quote(around[1])).matcher(form);
		assertThat(shown.find()).as("the intake form shows the promise").isTrue();
		String readers = shown.group(1);
		Map<ConstituentContacts.Reader, Boolean> named = new LinkedHashMap<>();
		for (ConstituentContacts.Reader r : ConstituentContacts.Reader.values()) {
			named.put(r, readers.contains(reader(r)));
		}
		assertThat(named).as("readers the promise names").containsValue(true);
		assertThat(readers.replace(messages.getMessage("liaison.privacy.and", null, Locale.SIMPLIFIED_CHINESE), ""))
			.as("the promise names no one the declaration does not").isEqualTo(named.entrySet().stream()
				.filter(Map.Entry::getValue).map(e -> reader(e.getKey())).reduce("", String::concat));

		// Every kind of account that may open the opinion: the contact shows exactly for those named.
		Map<String, UserDetails> accounts = new LinkedHashMap<>();
		accounts.put("deputy of the station", account(Role.DEPUTY, null, deputy.value()));
		accounts.put("deputies' affairs staff", account(Role.STAFF, "DEPUTY_AFFAIRS", null));
		accounts.put("administrator", account(Role.ADMIN, null, null));
		for (var entry : accounts.entrySet()) {
			UserDetails who = entry.getValue();
			var response = mvc.perform(get("/liaison/opinions/" + opinion.value()).with(user(who))).andReturn().getResponse();
			if (response.getStatus() != 200) {
				continue;
			}
			boolean promised = named.entrySet().stream().anyMatch(e -> e.getValue() && matches(e.getKey(), who));
			String page = response.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page.contains("13912345678") || page.contains("张三"))
				.as("%s sees the constituent's contact (promised: %s)", entry.getKey(), promised).isEqualTo(promised);
		}
	}

	private String reader(ConstituentContacts.Reader r) {
		return messages.getMessage(r.labelKey(), null, Locale.SIMPLIFIED_CHINESE);
	}

	/** Whether an account is of a kind of reader, read from its granted authorities. */
	private static boolean matches(ConstituentContacts.Reader r, UserDetails who) {
		var authorities = who.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		return authorities.contains("ROLE_" + r.role())
				&& (r.office() == null || authorities.contains("OFFICE_" + r.office()));
	}

	private UserDetails account(Role role, String office, Long person) {
		String username = "t-promise-" + role.name().toLowerCase() + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试" + role, role, office, person, null));
		return users.loadUserByUsername(username);
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			UserDetails who) throws Exception {
		if (who != null) {
			request.with(user(who));
		}
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
