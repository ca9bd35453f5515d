package org.lvzhi.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hourly allowance of the online form is counted in the database: two separately built use
 * cases (as on two nodes, or before and after a restart) share one count.
 */
@IntegrationTest
class IntakeLimitTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	JdbcClient jdbc;

	private LeaveOpinionOnline node(Clock clock) {
		LiaisonFixture f = new LiaisonFixture(context);
		IntakeLimiter limiter = new IntakeLimiter(jdbc, f.bean(LiaisonSettings.class), clock);
		return new LeaveOpinionOnline(f.bean(Stations.class), f.bean(DeputyIntakeCodes.class),
				f.bean(ReceiveOpinion.class), limiter);
	}

	private static LeaveOpinionOnline.Form form(int i) {
		return new LeaveOpinionOnline.Form(null, null, "第" + i + "条网上意见", null, "其他", null);
	}

	@Test
	void theAllowanceHoldsAcrossTwoInstancesAndFreesAfterAnHour() {
		LiaisonFixture f = new LiaisonFixture(context);
		String code = f.get(f.station(f.deputy())).intakeCode();
		String client = "10.7.0.1%" + System.nanoTime();
		int allowance = f.bean(LiaisonSettings.class).intakePerHour();
		Instant t = Instant.parse("2031-05-06T02:00:00Z");
		LeaveOpinionOnline first = node(Clock.fixed(t, ZoneOffset.UTC));
		LeaveOpinionOnline second = node(Clock.fixed(t.plusSeconds(600), ZoneOffset.UTC));
		LocalDate today = LocalDate.of(2031, 5, 6);
		for (int i = 0; i < allowance - 1; i++) {
			first.leave(code, form(i), client, today);
		}
		second.leave(code, form(allowance), client, today);
		assertThatThrownBy(() -> second.leave(code, form(99), client, today)).isInstanceOf(LiaisonException.class)
			.hasMessageContaining("rateLimited");
		assertThatThrownBy(() -> first.leave(code, form(99), client, today)).isInstanceOf(LiaisonException.class);
		// Another address is not held back by this one.
		first.leave(code, form(100), client + "-other", today);
		// An hour after the first submissions they no longer count, and are pruned.
		LeaveOpinionOnline later = node(Clock.fixed(t.plusSeconds(3600 + 60), ZoneOffset.UTC));
		later.leave(code, form(101), client, today);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM liaison_intake_submission WHERE submitted_at < ?")
			.param(java.time.LocalDateTime.of(2031, 5, 6, 1, 1)).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM liaison_intake_submission").query(Long.class).single())
			.isGreaterThanOrEqualTo(2);
	}
}
