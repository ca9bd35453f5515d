package org.lvzhi.legislation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lvzhi.AnonymousClient;
import org.lvzhi.IntegrationTest;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.legislation.process.ProcessStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The hourly allowance of public comment counts per draft and per client, where the client is the
 * visitor and not the reverse proxy in front of Lvzhi, and a whole IPv6 network shares one larger
 * allowance so that rotating addresses does not escape it.
 */
@IntegrationTest
class PublicCommentLimitsTests {

	/** The proxy the test configuration trusts ({@code lvzhi.abuse.trusted-proxies}). */
	static final String PROXY = "10.255.0.1";

	@Autowired
	MockMvc mvc;
	@Autowired
	CreateProject createProject;
	@Autowired
	AddDraftVersion addDraftVersion;
	@Autowired
	MoveProject moveProject;
	@Autowired
	OpenForComment openForComment;
	@Autowired
	ProcessStore store;

	DraftId openDraft(String title) {
		ProjectId id = createProject.create(title + System.nanoTime(), null);
		DraftId draft = addDraftVersion.add(id, 1, LegislationFixture.FIRST, null, null);
		int version = store.process(id).orElseThrow().version();
		moveProject.move(id, version, ProjectStatus.FIRST_READING, LocalDate.of(2040, 3, 1), null, null);
		LocalDate today = LocalDate.now(LegislationYears.CHINA);
		openForComment.open(draft, today.minusDays(10), today.plusDays(20), null);
		return draft;
	}

	private ResultActions comment(AnonymousClient client, DraftId draft, String body) throws Exception {
		String page = "/public/drafts/" + draft.value();
		return mvc.perform(client.post(page, page + "/comments").param("body", body));
	}

	private int commentsOn(DraftId draft) {
		return store.comments(draft).size();
	}

	@Test
	void aCommenterWhoUsedUpOneDraftsAllowanceStillCommentsOnAnother() throws Exception {
		DraftId first = openDraft("太原市测试条例（甲）");
		DraftId second = openDraft("太原市测试条例（乙）");
		AnonymousClient visitor = AnonymousClient.fresh(mvc);
		for (int i = 0; i < 6; i++) {
			comment(visitor, first, "对甲草案的第" + i + "条意见");
		}
		assertThat(commentsOn(first)).isEqualTo(5);
		comment(visitor, second, "对乙草案的意见").andExpect(status().is3xxRedirection());
		assertThat(commentsOn(second)).isEqualTo(1);
	}

	@Test
	void addressesRotatedWithinOneIpv6NetworkShareItsAllowance() throws Exception {
		DraftId draft = openDraft("太原市测试条例（轮换）");
		String network = "2001:db8:" + Integer.toHexString((int) (System.nanoTime() & 0xffff)) + ":1::";
		for (int i = 1; i <= 40; i++) {
			comment(AnonymousClient.at(mvc, network + Integer.toHexString(i)), draft, "轮换地址的第" + i + "条意见");
		}
		assertThat(commentsOn(draft)).isEqualTo(20);
		// A neighbour outside that /64 is not held back.
		comment(AnonymousClient.at(mvc, "2001:db8:ffff:2::1"), draft, "别处网络的意见").andExpect(status().is3xxRedirection());
	}

	@Test
	void behindTheTrustedProxyEachForwardedClientHasItsOwnAllowance() throws Exception {
		DraftId draft = openDraft("太原市测试条例（代理）");
		String page = "/public/drafts/" + draft.value();
		String alice = AnonymousClient.newAddress();
		String bob = AnonymousClient.newAddress();
		AnonymousClient proxy = AnonymousClient.at(mvc, PROXY);
		for (int i = 0; i < 6; i++) {
			mvc.perform(proxy.post(page, page + "/comments").header("X-Forwarded-For", alice).param("body", "甲的第" + i + "条"));
		}
		assertThat(commentsOn(draft)).isEqualTo(5);
		mvc.perform(proxy.post(page, page + "/comments").header("X-Forwarded-For", "203.0.113.9, " + bob)
			.param("body", "乙的意见")).andExpect(status().is3xxRedirection());
		assertThat(commentsOn(draft)).isEqualTo(6);
	}

	@Test
	void aForwardedForHeaderFromAnUntrustedPeerIsIgnored() throws Exception {
		DraftId draft = openDraft("太原市测试条例（伪造）");
		String page = "/public/drafts/" + draft.value();
		AnonymousClient visitor = AnonymousClient.fresh(mvc);
		for (int i = 0; i < 6; i++) {
			mvc.perform(visitor.post(page, page + "/comments").header("X-Forwarded-For", AnonymousClient.newAddress())
				.param("body", "伪造来源的第" + i + "条"));
		}
		assertThat(commentsOn(draft)).isEqualTo(5);
	}

	@Test
	void theSameCommentFormSentTwiceSavesOneComment() throws Exception {
		DraftId draft = openDraft("太原市测试条例（重复）");
		String page = "/public/drafts/" + draft.value();
		AnonymousClient visitor = AnonymousClient.fresh(mvc);
		Map<String, String> guard = visitor.guardOf(page);
		mvc.perform(visitor.prepared(page + "/comments", guard).param("body", "只说一次的意见"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(visitor.prepared(page + "/comments", guard).param("body", "只说一次的意见"))
			.andExpect(status().is3xxRedirection());
		assertThat(commentsOn(draft)).isEqualTo(1);
	}
}
