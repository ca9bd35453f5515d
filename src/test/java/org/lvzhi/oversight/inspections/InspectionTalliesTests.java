package org.lvzhi.oversight.inspections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.OrganizationId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspection dashboard's summary of problems always equals a full recount: after the demo
 * world's load and after random moves through the use cases (problems found, assigned, reported,
 * closed, rejected, reinspected, escalated).
 */
@IntegrationTest
class InspectionTalliesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	static final String RECOUNT = """
			SELECT i.report_year, p.state, CASE WHEN p.unit_id IS NULL THEN FALSE ELSE TRUE END, COUNT(*)
			FROM oversight_inspection_problem p JOIN oversight_inspection i ON i.id = p.inspection_id
			GROUP BY i.report_year, p.state, CASE WHEN p.unit_id IS NULL THEN FALSE ELSE TRUE END""";

	static final String TALLY = "SELECT report_year, state, with_unit, problems FROM oversight_problem_tally"
			+ " WHERE problems <> 0";

	private Map<String, Long> rows(String sql) {
		Map<String, Long> rows = new TreeMap<>();
		jdbc.sql(sql).query((java.sql.ResultSet rs) -> {
			rows.put(rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getBoolean(3), rs.getLong(4));
		});
		return rows;
	}

	@Test
	void theSummaryEqualsARecountAfterRandomWrites() {
		assertThat(rows(TALLY)).isEqualTo(rows(RECOUNT));
		InspectionFixture fixture = new InspectionFixture(context);
		SplittableRandom random = new SplittableRandom(2026);
		List<OrganizationId> units = List.of(fixture.unit(), fixture.unit());
		List<ProblemId> problems = new ArrayList<>();
		LocalDate start = LocalDate.of(2025, 3, 3);
		InspectionId inspection = fixture.inspection(Topic.OTHER, start, List.of());
		for (int step = 0; step < 120; step++) {
			LocalDate on = start.plusDays(10 + random.nextInt(60));
			ProblemId p = problems.isEmpty() ? null : problems.get(random.nextInt(problems.size()));
			int move = problems.isEmpty() ? 0 : random.nextInt(8);
			try {
				switch (move) {
					case 0, 1 -> problems.addAll(fixture.site(inspection, on, null, "汇总测试问题甲", "汇总测试问题乙"));
					case 2 -> fixture.bean(AssignProblem.class).assign(p, fixture.problem(p).version,
							units.get(random.nextInt(2)), on);
					case 3 -> {
						Problem problem = fixture.problem(p);
						fixture.bean(ReportRectification.class).report(p, problem.version,
								problem.unitId == null ? units.get(0) : new OrganizationId(problem.unitId), "已整改", on);
					}
					case 4 -> fixture.bean(VerifyRectification.class).close(p, fixture.problem(p).version, "核实销号", on);
					case 5 -> fixture.bean(VerifyRectification.class).reject(p, fixture.problem(p).version, "整改不到位", on);
					case 6 -> fixture.bean(ReinspectProblem.class).reinspect(p, fixture.problem(p).version,
							random.nextBoolean(), "回头看", on);
					default -> fixture.bean(EscalateProblem.class).escalate(p, fixture.problem(p).version,
							Escalation.INQUIRY, on);
				}
			}
			catch (InspectionException | IllegalStateException | IllegalArgumentException e) {
				// A move the problem's state does not allow: rejected with nothing written.
			}
		}
		assertThat(problems).hasSizeGreaterThan(10);
		assertThat(rows(TALLY)).isEqualTo(rows(RECOUNT));
	}
}
