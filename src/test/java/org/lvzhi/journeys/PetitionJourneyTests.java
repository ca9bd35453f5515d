package org.lvzhi.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.petitions.handling.Petition;
import org.lvzhi.petitions.handling.PetitionStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A petitioner sends a petition from a phone; the petitions office finds it, sees the similar
 * petitions and transfers it to the housing bureau, which reports back from its own account; the
 * office replies, and the petitioner reads the reply with the tracking code, without any name.
 */
@IntegrationTest
class PetitionJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	PetitionStore store;

	@Test
	void anOnlinePetitionIsTransferredReportedBackRepliedAndTracked() throws Exception {
		String subject = "小区二次供水水压不足" + System.nanoTime() % 100000;
		String code;
		try (Browser phone = Browser.phone(port)) {
			try {
				phone.open("/public/petitions/new");
				phone.type("#subject", subject);
				phone.type("#matter", "高层住户白天经常没水，物业说是二次供水设备老化，请求督促更换。");
				phone.type("#name", "钱先生");
				phone.type("#phone", "13566667777");
				phone.find("#phone").submit();
				phone.waitForPresent("#tracking-code", Duration.ofSeconds(60));
				code = phone.text("#tracking-code").strip();
				assertThat(code).hasSize(10);
			}
			catch (AssertionError | RuntimeException e) {
				phone.screenshot("petition-journey-online");
				throw e;
			}
		}
		Petition p = store.findByTrackingCode(code).orElseThrow();
		try (Browser browser = Browser.desktop(port)) {
			try {
				browser.signIn("xinfang", "xinfang2023");
				browser.open("/petitions?text=" + subject);
				assertThat(browser.text("#petitions")).contains("钱*").doesNotContain("钱先生");
				browser.click("#petitions a[href*='/petitions/']");
				assertThat(browser.text("#similar")).isNotBlank();
				browser.find("#route-body").clear();
				browser.type("#route-body", "市住房和城乡建设局");
				browser.click("#route-submit");
				browser.waitForText("#state", "办理中");
				browser.click("#logout");
				browser.waitForText("main", "已安全退出");

				browser.signIn("zhujianju", "zhujian2023");
				browser.open("/unit/petitions/" + p.id().value());
				assertThat(browser.text("main")).contains(subject).doesNotContain("钱先生").doesNotContain("13566667777");
				browser.type("#report-back-text", "已责成物业更换二次供水泵组，水压已恢复。");
				browser.click("#report-back-submit");
				browser.waitForText("#report-back", "已责成物业更换二次供水泵组");
				browser.click("#logout");
				browser.waitForText("main", "已安全退出");

				browser.signIn("xinfang", "xinfang2023");
				browser.open("/petitions/" + p.id().value());
				browser.type("#reply-text", "经督促，物业已更换二次供水设备，水压恢复正常。");
				browser.click("#reply-submit");
				browser.waitForText("#state", "已答复");
				browser.click("#logout");
				browser.waitForText("main", "已安全退出");

				browser.open("/public/petitions/track?code=" + code);
				assertThat(browser.text("#state")).isEqualTo("已答复");
				assertThat(browser.text("main")).contains("水压恢复正常").doesNotContain("钱先生", "13566667777");
			}
			catch (AssertionError | RuntimeException e) {
				browser.screenshot("petition-journey-office");
				throw e;
			}
		}
	}
}
