package org.lvzhi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditLogTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditLog log;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	MockMvc mvc;

	@Test
	void aChangeIsLoggedWithItsBeforeAndAfterState() {
		tx.executeWithoutResult(s -> events.publishEvent(AuditEvent.changed("test.thing.renamed", "Thing", 41,
				"改名", java.util.Map.of("name", "旧名"), java.util.Map.of("name", "新名"))));

		AuditEntry entry = log.historyOf("Thing", "41").getLast();
		assertThat(entry.action()).isEqualTo("test.thing.renamed");
		assertThat(entry.actor()).isEqualTo("system");
		assertThat(entry.before()).contains("旧名");
		assertThat(entry.after()).contains("新名");
	}

	@Test
	void aRolledBackChangeLeavesNoEntry() {
		try {
			tx.executeWithoutResult(s -> {
				events.publishEvent(AuditEvent.created("test.thing.created", "Thing", 42, "新建", "{}"));
				throw new IllegalStateException("the change failed");
			});
		}
		catch (IllegalStateException expected) {
			// the change and its log line go together
		}
		assertThat(log.historyOf("Thing", "42")).isEmpty();
	}

	@Test
	void filtersByActionPrefixAndDate() {
		tx.executeWithoutResult(s -> events.publishEvent(AuditEvent.created("test.filter.made", "Filtered", 1, "x", null)));

		AuditFilter today = new AuditFilter(null, "test.filter", null, null, LocalDate.now(org.lvzhi.platform.China.ZONE), LocalDate.now(org.lvzhi.platform.China.ZONE));
		AuditFilter yesterday = new AuditFilter(null, "test.filter", null, null, null, LocalDate.now(org.lvzhi.platform.China.ZONE).minusDays(2));
		assertThat(log.count(today)).isEqualTo(1);
		assertThat(log.count(yesterday)).isZero();
	}

	@Test
	void administratorsExportTheLogAsARealWorkbookAndOthersAreRefused() throws Exception {
		tx.executeWithoutResult(s -> events.publishEvent(AuditEvent.created("test.export.made", "Exported", 7, "导出测试", null)));

		byte[] xlsx = mvc.perform(get("/admin/audit/export.xlsx").param("action", "test.export")
			.with(user("admin-x").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("操作");
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("test.export.made");
			assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("导出测试");
		}
		mvc.perform(get("/admin/audit").with(user("staff-x").roles("STAFF"))).andExpect(status().isForbidden());
	}
}
