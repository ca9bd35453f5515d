package org.lvzhi.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.AnonymousClient;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.lvzhi.audit.AuditLog;
import org.lvzhi.directory.Directory;
import org.lvzhi.petitions.handling.Petition;
import org.lvzhi.petitions.handling.PetitionMoves;
import org.lvzhi.petitions.handling.PetitionStore;
import org.lvzhi.platform.files.Attachments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Files sent with a petition: online and at registration, checked for size and real type before
 * anything is written, and downloaded only by the petitions office and the body a matter was
 * transferred or assigned to, each download logged.
 */
@IntegrationTest
class PetitionAttachmentTests {

	private static final String FORM = "/public/petitions/new";
	private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;
	@Autowired
	ApplicationContext context;
	@Autowired
	PetitionStore store;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Attachments attachments;
	@Autowired
	AuditLog audit;
	@Autowired
	Accounts accounts;
	@Autowired
	UserDetailsService users;
	@Autowired
	Directory directory;

	private static String body(MvcResult r) throws Exception {
		return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private long storedFiles() {
		return jdbc.sql("SELECT COUNT(*) FROM platform_attachment").query(Long.class).single();
	}

	private MockMultipartHttpServletRequestBuilder online(AnonymousClient visitor, MockMultipartFile file) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart(FORM).file(file);
		request.session(visitor.session()).with(csrf()).with(AnonymousClient.from(visitor.address()));
		visitor.guardOf(FORM).forEach(request::param);
		request.param("name", "测试人").param("phone", "13700003333").param("subject", "附件测试：路灯长期不亮")
			.param("matter", "我家门口的路灯已经坏了三个月，夜里出行很不安全。").param("category", "城乡建设").param("area", "迎泽区");
		return request;
	}

	@Test
	void anOnlinePetitionKeepsItsFileWithItsHashAndTheStoreIsAudited() throws Exception {
		AnonymousClient visitor = AnonymousClient.fresh(mvc);
		MvcResult sent = mvc.perform(online(visitor, new MockMultipartFile("attachments", "路灯照片.pdf",
				"application/pdf", PDF))).andReturn();
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/public/petitions/done");
		Petition p = store.findByTrackingCode((String) sent.getFlashMap().get("trackingCode")).orElseThrow();
		var files = attachments.of(PetitionMoves.owner(p.id()));
		assertThat(files).singleElement().satisfies(a -> {
			assertThat(a.fileName()).isEqualTo("路灯照片.pdf");
			assertThat(a.contentType()).isEqualTo("application/pdf");
			assertThat(a.size()).isEqualTo(PDF.length);
			assertThat(a.sha256()).hasSize(64);
		});
		assertThat(audit.historyOf("Petition", p.id().toString()))
			.anySatisfy(e -> assertThat(e.action()).isEqualTo("petitions.attached"));
	}

	@Test
	void aFileAboveTenMegabytesIsRefusedWithItsMessageWhatWasTypedKeptAndNothingWritten() throws Exception {
		long petitions = store.count();
		long files = storedFiles();
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		MvcResult r = mvc.perform(online(AnonymousClient.fresh(mvc),
				new MockMultipartFile("attachments", "扫描件.pdf", "application/pdf", large))).andReturn();
		assertThat(r.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(r)).contains("附件超过 10 MB").contains("扫描件.pdf").contains("附件测试：路灯长期不亮")
			.contains("我家门口的路灯已经坏了三个月").contains("13700003333");
		assertThat(store.count()).isEqualTo(petitions);
		assertThat(storedFiles()).isEqualTo(files);
	}

	@Test
	void aFileWhoseBytesAreNotItsTypeOrOfNoAcceptedTypeIsRefusedAndNothingWritten() throws Exception {
		long petitions = store.count();
		long files = storedFiles();
		String page = body(mvc.perform(online(AnonymousClient.fresh(mvc), new MockMultipartFile("attachments", "照片.pdf",
				"application/pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))).andReturn());
		assertThat(page).contains("附件类型不符").contains("照片.pdf").contains("附件测试：路灯长期不亮");
		String exe = body(mvc.perform(online(AnonymousClient.fresh(mvc), new MockMultipartFile("attachments", "工具.exe",
				"application/octet-stream", new byte[] { 'M', 'Z', 0, 1 }))).andReturn());
		assertThat(exe).contains("附件类型不符").contains("工具.exe");
		assertThat(store.count()).isEqualTo(petitions);
		assertThat(storedFiles()).isEqualTo(files);
	}

	@Test
	void theOfficeRegistersALetterWithItsScanAndMoreThanFiveFilesAreRefused() throws Exception {
		RequestPostProcessor office = user(users.loadUserByUsername("xinfang"));
		var request = multipart("/petitions/new");
		for (int i = 1; i <= 6; i++) {
			request.file(new MockMultipartFile("attachments", "第" + i + "页.pdf", "application/pdf", PDF));
		}
		long petitions = store.count();
		String refused = body(mvc.perform(fields(request).with(office).with(csrf())).andReturn());
		assertThat(refused).contains("附件最多 5 个").contains("来信附件登记测试");
		assertThat(store.count()).isEqualTo(petitions);

		MvcResult done = mvc.perform(fields(multipart("/petitions/new")
			.file(new MockMultipartFile("attachments", "来信.pdf", "application/pdf", PDF))).with(office).with(csrf()))
			.andReturn();
		String location = done.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/petitions/");
		assertThat(body(mvc.perform(get(location).with(office)).andReturn())).contains("来信.pdf");
	}

	private static MockMultipartHttpServletRequestBuilder fields(MockMultipartHttpServletRequestBuilder r) {
		r.param("kind", "LETTER").param("receivedOn", "2025-03-03").param("headCount", "1").param("name", "测试人")
			.param("subject", "来信附件登记测试").param("matter", "来信附有材料。").param("category", "其他");
		return r;
	}

	@Test
	void theOfficeAndTheBodyTheMatterWasTransferredToDownloadTheFileAndNobodyElse() throws Exception {
		PetitionFixture fixture = new PetitionFixture(context);
		Petition p = fixture.moves.registered(fixture.letter(LocalDate.of(2025, 4, 1), PetitionFixture.uniqueName(),
				"13812345678", null), attachments.check(List.of(new MockMultipartFile("attachments", "现场.pdf",
						"application/pdf", PDF)), 0));
		long file = attachments.of(PetitionMoves.owner(p.id())).get(0).id();
		String office = "/petitions/" + p.id() + "/attachments/" + file;
		String unit = "/unit/petitions/" + p.id() + "/attachments/" + file;
		long body = directory.organizationNamed("市城乡管理局").orElseThrow().id().value();
		long other = directory.organizationNamed("市教育局").orElseThrow().id().value();

		// Before routing, the body has nothing to open.
		assertThat(status(unit, unit(body))).isEqualTo(404);
		fixture.moves.route(p.id(), Route.TRANSFER, "市城乡管理局", null, null, LocalDate.of(2025, 4, 3));

		MvcResult got = mvc.perform(get(office).with(user(users.loadUserByUsername("xinfang")))).andReturn();
		assertThat(got.getResponse().getStatus()).isEqualTo(200);
		assertThat(got.getResponse().getContentAsByteArray()).isEqualTo(PDF);
		assertThat(got.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(status(unit, unit(body))).isEqualTo(200);
		assertThat(audit.historyOf("Petition", p.id().toString()))
			.filteredOn(e -> e.action().equals("petitions.attachment.downloaded")).hasSize(2);

		assertThat(status(unit, unit(other))).isEqualTo(404);
		assertThat(status("/unit/petitions/" + p.id() + "/attachments/" + file + "1", unit(body))).isEqualTo(404);
		for (String name : List.of("bangongting", "admin", "daibiao", "zhujianju", "gongzhong")) {
			assertThat(status(office, user(users.loadUserByUsername(name)))).as(name).isEqualTo(403);
		}
		assertThat(mvc.perform(get(office)).andReturn().getResponse().getStatus()).isEqualTo(302);
		for (String path : List.of("/public/petitions/attachments/" + file, "/public/petitions/" + p.id() + "/attachments/" + file)) {
			assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isIn(403, 404);
		}
	}

	private int status(String path, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(path).with(who)).andReturn().getResponse().getStatus();
	}

	private RequestPostProcessor unit(long organization) {
		String username = "t-attach-unit" + System.nanoTime() % 1000000;
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试单位", Role.UNIT, null, null, organization));
		return user(users.loadUserByUsername(username));
	}
}
