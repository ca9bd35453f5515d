package org.lvzhi.meetings.sittings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.meetings.AgendaItemId;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingKind;
import org.lvzhi.platform.files.AttachmentOwner;
import org.lvzhi.platform.files.Attachments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * An agenda item's materials: the office attaches them while the sitting is not closed, a file of
 * a type it does not claim is refused with nothing stored, members download them, and a handling
 * unit, which does not read sittings, gets nothing.
 */
@IntegrationTest
class AgendaMaterialsTests {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;
	@Autowired
	ApplicationContext context;
	@Autowired
	Attachments attachments;
	@Autowired
	UserDetailsService users;

	@Test
	void theOfficeAttachesAnItemsMaterialsAndMembersReadThem() throws Exception {
		SittingFixture fixture = new SittingFixture(context);
		SittingId sitting = fixture.planned(SittingKind.STANDING_COMMITTEE, SittingFixture.DAY.plusDays(3));
		AgendaItemId item = fixture.item(sitting, "关于某项工作情况的报告");
		String action = "/meetings/" + sitting.value() + "/agenda/" + item.value() + "/materials";
		var office = user(users.loadUserByUsername("bangongting"));

		MvcResult refused = mvc.perform(multipart(action).file(new MockMultipartFile("files", "报告.pdf", "application/pdf",
				"not a pdf".getBytes(StandardCharsets.UTF_8))).with(office).with(csrf())).andReturn();
		assertThat(refused.getFlashMap().get("errorKey")).isEqualTo("attachments.error.type");
		AttachmentOwner owner = new AttachmentOwner(AgendaMaterials.MODULE, AgendaMaterials.KIND, item.value());
		assertThat(attachments.of(owner)).isEmpty();

		MvcResult attached = mvc.perform(multipart(action).file(new MockMultipartFile("files", "报告.pdf", "application/pdf", PDF))
			.with(office).with(csrf())).andReturn();
		assertThat(attached.getFlashMap().get("successKey")).isEqualTo("meetings.materials.attached");
		long file = attachments.of(owner).get(0).id();

		String page = mvc.perform(get("/meetings/" + sitting.value()).with(user(users.loadUserByUsername("weimin"))))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("报告.pdf");
		String download = action + "/" + file;
		var member = mvc.perform(get(download).with(user(users.loadUserByUsername("weimin")))).andReturn().getResponse();
		assertThat(member.getStatus()).isEqualTo(200);
		assertThat(member.getContentAsByteArray()).isEqualTo(PDF);
		assertThat(mvc.perform(get(download).with(user(users.loadUserByUsername("zhujianju")))).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
		// A file of another item is not found under this one.
		AgendaItemId other = fixture.item(sitting, "另一个议题");
		assertThat(mvc.perform(get("/meetings/" + sitting.value() + "/agenda/" + other.value() + "/materials/" + file)
			.with(user(users.loadUserByUsername("weimin")))).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(multipart(action).file(new MockMultipartFile("files", "报告.pdf", "application/pdf", PDF))
			.with(user(users.loadUserByUsername("weimin"))).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
	}
}
