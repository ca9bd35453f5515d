package org.lvzhi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lvzhi.EmptyInstallationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A new installation on a database without accounts, the demo not asked for. */
@EmptyInstallationTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

	private static final Pattern TOKEN = Pattern.compile("[0-9A-Z]{4}(-[0-9A-Z]{4}){5}");

	@Autowired
	MockMvc mvc;
	@Autowired
	FirstAdministrator first;
	@Autowired
	Accounts accounts;
	@Autowired
	JdbcClient jdbc;

	@Test
	void theTokenPrintedAtStartCreatesTheFirstAdministratorOnceAndThePageIsGoneAfterwards(CapturedOutput output)
			throws Exception {
		assertThat(accounts.countByRole(Role.ADMIN)).isZero();
		// Open since start-up: a token was issued then.
		mvc.perform(get("/setup")).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("安装令牌")));
		mvc.perform(formLogin().user("admin").password("admin2023")).andExpect(unauthenticated());

		first.offerSetup(); // what every start without an administrator does: a new token in the log
		Matcher printed = TOKEN.matcher(output.getOut() + output.getErr());
		assertThat(printed.find()).as("a token in the log").isTrue();
		String token = printed.group();
		assertThat(output.getAll()).contains("/setup");

		mvc.perform(setup("ABCD-EFGH-JKMN-PQRS-TVWX-YZ23", "Firstadmin-2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("安装令牌不正确")));
		mvc.perform(setup(token, "short1"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("密码至少需要 12 个字符")));
		assertThat(accounts.countByRole(Role.ADMIN)).as("refusals open nothing").isZero();

		mvc.perform(setup(token.toLowerCase(), "Firstadmin-2026")).andExpect(redirectedUrl("/login"));

		mvc.perform(formLogin().user("chief").password("Firstadmin-2026")).andExpect(authenticated().withRoles("ADMIN"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'accounts.setup.firstAdministrator' AND summary = 'chief'")
			.query(Long.class).single()).isEqualTo(1);
		mvc.perform(setup(token, "Secondadmin-2026")).andExpect(status().isNotFound());
		mvc.perform(get("/setup")).andExpect(status().isNotFound());
		assertThat(accounts.countByRole(Role.ADMIN)).isEqualTo(1);
		first.offerSetup(); // a later start: no new token once an administrator exists
		mvc.perform(get("/setup")).andExpect(status().isNotFound());
	}

	private static MockHttpServletRequestBuilder setup(String token, String password) {
		return post("/setup").with(csrf())
			.param("token", token)
			.param("username", "chief")
			.param("displayName", "系统管理员")
			.param("password", password)
			.param("passwordRepeat", password);
	}
}
