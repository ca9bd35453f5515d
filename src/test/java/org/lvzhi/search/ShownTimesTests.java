package org.lvzhi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.audit.AuditEntry;
import org.lvzhi.audit.AuditEvent;
import org.lvzhi.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times are shown in the committee's one zone (China Standard Time by default, {@code lvzhi.zone}),
 * whatever zone the server or the database runs in: the audit log and the search index page give a
 * moment the same wall-clock time.
 */
@IntegrationTest
class ShownTimesTests {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;
	@Autowired
	Search search;
	@Autowired
	Indexes indexes;
	@Autowired
	GatedNotes notes;
	@Autowired
	AuditLog log;
	@Autowired
	ApplicationEventPublisher events;
	@Autowired
	TransactionTemplate tx;

	private static String inChina(Instant moment, String pattern) {
		return LocalDateTime.ofInstant(moment, CHINA).format(DateTimeFormatter.ofPattern(pattern));
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url).with(user("times-admin").roles("ADMIN"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}

	@Test
	void theAuditLogAndTheSearchPageShowTheirMomentsInChinaStandardTime() throws Exception {
		notes.serve(java.util.List.of(GatedNotes.note(NoteFixture.privateScope() + "-t", "时区测试", "t")));
		search.rebuild(GatedNotes.TYPE);
		Instant rebuilt = indexes.forReading(GatedNotes.TYPE).orElseThrow().lastRebuild();
		tx.executeWithoutResult(s -> events.publishEvent(AuditEvent.changed("test.zone.shown", "Zone", 7, "时区",
				Map.of("at", "before"), Map.of("at", "after"))));
		AuditEntry logged = log.historyOf("Zone", "7").getLast();

		String searchPage = page("/admin/search");
		String row = searchPage.substring(searchPage.indexOf("data-type=\"" + GatedNotes.TYPE + "\""));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains(inChina(rebuilt, "yyyy-MM-dd HH:mm"));

		String auditPage = page("/admin/audit?action=test.zone.shown");
		assertThat(auditPage).contains(inChina(logged.occurredAt().toInstant(), "yyyy-MM-dd HH:mm:ss"));
	}
}
