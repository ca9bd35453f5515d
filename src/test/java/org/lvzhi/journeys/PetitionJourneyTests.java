package org.lvzhi.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.petitions.NewPetition;
import org.lvzhi.petitions.PetitionFixture;
import org.lvzhi.petitions.PetitionKind;
import org.lvzhi.petitions.Route;
import org.lvzhi.petitions.handling.Petition;
import org.lvzhi.petitions.handling.PetitionStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A petitioner sends a petition from a phone with a photo of the meter attached; the petitions
 * office finds it, sees the similar petitions and the routing hint (similar matters went to the
 * housing bureau), takes the hinted body and transfers it there; the bureau reads the attachment and
 * reports back from its own account; the office replies, and the petitioner reads the reply with the
 * tracking code, without any name.
 */
@IntegrationTest
class PetitionJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	PetitionStore store;
	@Autowired
	ApplicationContext context;

	private static final String BUREAU = "市住房和城乡建设局";

	/** Earlier matters of the kind, handed to the bureau: the ground of the routing hint. */
	private void earlierRoutings() {
		PetitionFixture fixture = new PetitionFixture(context);
		for (int i = 0; i < 2; i++) {
			Petition earlier = fixture.moves.registered(new NewPetition(PetitionKind.LETTER, LocalDate.of(2025, 3, 3 + i), 1,
					PetitionFixture.uniqueName(), null, "13800001234", null, null, "高层住宅二次供水水压不足",
					"高层住户白天经常停水，二次供水设备老化，水压不足，请求督促物业更换二次供水设备。", "城乡建设", "小店区", null));
			fixture.moves.route(earlier.id(), Route.TRANSFER, BUREAU, null, null, LocalDate.of(2025, 3, 5 + i));
		}
	}

	@Test
	void anOnlinePetitionIsTransferredReportedBackRepliedAndTracked() throws Exception {
		String subject = "小区二次供水水压不足" + System.nanoTime() % 100000;
		earlierRoutings();
		Path photo = Files.createTempFile("lvzhi-journey", ".pdf");
		Files.write(photo, "%PDF-1.4\n% 水压表读数\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
		String fileName = photo.getFileName().toString();
		String code;
		try (Browser phone = Browser.phone(port)) {
			try {
				phone.open("/public/petitions/new");
				phone.type("#subject", subject);
				phone.type("#matter", "高层住户白天经常没水，物业说是二次供水设备老化，请求督促更换。");
				phone.find("#attachments").sendKeys(photo.toAbsolutePath().toString());
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
				assertThat(browser.text("#attachments")).contains(fileName);
				// The hint names the bureau with its similar routings; nothing is filled in until it is clicked.
				assertThat(browser.text("#routing-hint")).contains(BUREAU).containsPattern("相似 \\d+ 件");
				browser.find("#route-body").clear();
				browser.click("#routing-hint button[data-fill-value='" + BUREAU + "']");
				assertThat(browser.find("#route-body").getDomProperty("value")).isEqualTo(BUREAU);
				browser.click("#route-submit");
				browser.waitForText("#state", "办理中");
				browser.click("#logout");
				browser.waitForText("main", "已安全退出");

				browser.signIn("zhujianju", "zhujian2023");
				browser.open("/unit/petitions/" + p.id().value());
				assertThat(browser.text("main")).contains(subject).doesNotContain("钱先生").doesNotContain("13566667777");
				assertThat(browser.text("#attachments")).contains(fileName);
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
