package org.lvzhi.oversight.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.CreateOrganization;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.FilingId;
import org.lvzhi.oversight.FilingOutcome;
import org.lvzhi.oversight.FilingWorkflow;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.ReviewType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Late filing at 30 days, the review's path, and the citizen who follows a request by its code. */
@IntegrationTest
class FilingTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	FilingWorkflow workflow;
	@Autowired
	Filings filings;
	@Autowired
	CreateOrganization organizations;
	@Autowired
	MockMvc mvc;

	private OrganizationId maker() {
		return organizations.create(new OrganizationDetails("测试制定机关" + System.nanoTime() + SEQUENCE.incrementAndGet(),
				Classification.GOVERNMENT, null, null, null, null, null, null));
	}

	@Test
	void aDocumentFiledOnTheThirtiethDayIsInTimeAndOnTheThirtyFirstLate() {
		OrganizationId maker = maker();
		// Published Wednesday 5 June 2024: the 30th day is Friday 5 July, a working day.
		LocalDate published = LocalDate.of(2024, 6, 5);
		FilingId inTime = workflow.file("测试办法甲", null, maker, published, LocalDate.of(2024, 7, 5));
		FilingId late = workflow.file("测试办法乙", null, maker, published, LocalDate.of(2024, 7, 6));
		assertThat(filings.get(inTime).orElseThrow().late()).isFalse();
		assertThat(filings.get(late).orElseThrow().late()).isTrue();
	}

	@Test
	void aThirtiethDayOnAHolidayMovesTheFilingDeadline() {
		OrganizationId maker = maker();
		// 30 days after 1 September 2024 is 1 October, National Day: filing on Tuesday 8 October is still in time.
		FilingId id = workflow.file("测试办法丙", null, maker, LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 8));
		var f = filings.get(id).orElseThrow();
		assertThat(f.filingDue()).isEqualTo(LocalDate.of(2024, 10, 8));
		assertThat(f.late()).isFalse();
		assertThat(f.checkDue()).isEqualTo(LocalDate.of(2024, 10, 18));
	}

	@Test
	void anOpinionIsAnsweredWithinThirtyDaysAndTheDocumentCorrected() {
		FilingId id = workflow.file("测试办法丁", "测试〔2023〕1号", maker(), LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 20));
		workflow.check(id, ReviewType.ACTIVE, LocalDate.of(2024, 5, 24));
		assertThatThrownBy(() -> workflow.conclude(id, FilingOutcome.CORRECTED, LocalDate.of(2024, 6, 1)))
			.isInstanceOf(OversightException.class);
		workflow.sendOpinion(id, "第五条缺乏上位法依据。", LocalDate.of(2024, 6, 5));
		workflow.recordAnswer(id, "已修改。", LocalDate.of(2024, 7, 10));
		workflow.conclude(id, FilingOutcome.CORRECTED, LocalDate.of(2024, 7, 12));
		var f = filings.get(id).orElseThrow();
		assertThat(f.answerDue()).isEqualTo(LocalDate.of(2024, 7, 5));
		assertThat(f.answerLate()).isTrue();
		assertThat(f.state()).isEqualTo(FilingState.CONCLUDED);
	}

	@Test
	void aCitizenFollowsTheRequestByItsCodeOnly() throws Exception {
		String code = workflow.requestReview("测试审查文件", "与上位法相抵触。", "测试公民", null, LocalDate.of(2024, 8, 1));
		workflow.replyToRequest(code, "经审查，制定机关已纠正。", LocalDate.of(2024, 9, 2));
		mvc.perform(get("/public/filing-review").param("code", code)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("经审查，制定机关已纠正。")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("测试公民"))));
		mvc.perform(get("/public/filing-review").param("code", "NOSUCHCODE")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("没有找到该查询码")));
	}
}
