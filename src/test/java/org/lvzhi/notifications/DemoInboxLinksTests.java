package org.lvzhi.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.demo.DemoAccount;
import org.lvzhi.demo.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every notification in the demo world's inboxes, opened by its recipient as she would click it,
 * leads to a page she may see: the inbox sends her on, and the page answers 200.
 */
@IntegrationTest
class DemoInboxLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Inbox inbox;

	@Test
	void everyNotificationInTheDemoInboxesOpensAPageItsRecipientMaySee() throws Exception {
		List<String> refused = new ArrayList<>();
		Map<String, Integer> followed = new LinkedHashMap<>();
		for (DemoAccount account : demo.list()) {
			UserDetails principal = users.loadUserByUsername(account.username());
			Reader reader = Reader.of(UsernamePasswordAuthenticationToken.authenticated(principal, null,
					principal.getAuthorities()));
			OffsetDateTime started = OffsetDateTime.now().minusSeconds(1);
			// One notification per page it links to: the same link leads the same reader to the same place.
			List<Notice> notices = jdbc.sql("""
					SELECT MIN(n.id) AS id, n.link FROM notifications_notification n
					WHERE n.link IS NOT NULL AND EXISTS (SELECT 1 FROM notifications_recipient k
					    WHERE k.notification_id = n.id AND k.recipient_key IN (:keys))
					GROUP BY n.link ORDER BY MIN(n.id)""")
				.param("keys", reader.keys())
				.query((rs, row) -> new Notice(rs.getLong("id"), rs.getString("link")))
				.list();
			try {
				for (Notice notice : notices) {
					String problem = follow(principal, notice);
					if (problem != null) {
						refused.add(account.username() + ": " + notice.link() + " " + problem);
					}
				}
			}
			finally {
				// Opening reads; the demo accounts' inboxes stay as they were for the other tests.
				jdbc.sql("DELETE FROM notifications_read WHERE account_id = :account AND read_at >= :started")
					.param("account", reader.accountId())
					.param("started", started)
					.update();
			}
			followed.put(account.username(), notices.size());
		}

		assertThat(refused).as("notifications whose recipient cannot open what they lead to").isEmpty();
		assertThat(followed).as("the demo world notifies every role that works in it")
			.allSatisfy((username, count) -> {
				// The legislative office's and the petitions office's notices are reminders of overdue
				// work, and the 2023 demo world leaves none of theirs overdue.
				if (!java.util.Set.of("admin", "gongzhong", "fagongwei", "xinfang").contains(username)) {
					assertThat(count).as(username).isPositive();
				}
			});
	}

	@Test
	void theCommissionsDemoInboxKeepsWaitingOnlyWhatStillWaitsForIt() {
		UserDetails principal = users.loadUserByUsername("daibiao-gw");
		Reader commission = Reader.of(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities()));
		// Each waiting notice of the commission about a suggestion, with the state the suggestion is in now.
		List<String> stale = jdbc.sql("""
				SELECT n.category, s.state FROM notifications_notification n
				JOIN suggestions_suggestion s ON n.subject = CONCAT('suggestion:', CAST(s.id AS VARCHAR(20)))
				LEFT JOIN notifications_read r ON r.notification_id = n.id AND r.account_id = :account
				WHERE n.settled_at IS NULL AND r.notification_id IS NULL AND EXISTS (SELECT 1 FROM notifications_recipient k
				    WHERE k.notification_id = n.id AND k.recipient_key IN (:keys))""")
			.param("keys", commission.keys())
			.param("account", commission.accountId())
			.query((rs, row) -> rs.getString("category") + " " + rs.getString("state"))
			.list()
			.stream()
			.filter(notice -> !notice.equals("suggestion.submitted SUBMITTED") && !notice.equals("suggestion.dissatisfied DISSATISFIED")
					&& !notice.startsWith("suggestion.returnRequested ") && !notice.startsWith("suggestion.extensionRequested "))
			.toList();

		assertThat(stale).as("waiting notices whose request is done, or that never asked the commission anything").isEmpty();
		assertThat(inbox.unread(commission)).as("records waiting for the commission in the demo world (887 notices before)")
			.isLessThan(20);
	}

	/** @return why the notice does not lead its reader to a page, or {@code null} when it does */
	private String follow(UserDetails principal, Notice notice) throws Exception {
		MvcResult opened = mvc.perform(get("/inbox/" + notice.id()).with(user(principal))).andReturn();
		String target = opened.getResponse().getRedirectedUrl();
		if (target == null || target.equals("/inbox")) {
			return "opens nothing (" + opened.getResponse().getStatus() + ", "
					+ opened.getFlashMap().get("errorKey") + ")";
		}
		int status = mvc.perform(get(target).with(user(principal))).andReturn().getResponse().getStatus();
		return status == 200 ? null : "-> " + target + " answers " + status;
	}

	record Notice(long id, String link) {
	}
}
