package org.lvzhi.oversight.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.lvzhi.oversight.EvaluationId;
import org.lvzhi.oversight.Satisfaction;
import org.lvzhi.oversight.evaluation.EvaluationState;
import org.lvzhi.oversight.evaluation.Evaluations;
import org.lvzhi.oversight.reports.ReportView;
import org.lvzhi.oversight.reports.WorkReports;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the oversight dashboard: deliberation opinions and handling reports still open, per
 * reporting organ and by age since the deliberation; overdue work-report steps, inquiry commitments
 * and filing-review steps; satisfaction vote results and evaluation results per year.
 */
@Service
@Transactional(readOnly = true)
public class OversightDashboard {

	/** Open items of one organ, by months since the deliberation: under 1, 1–3, 3–6, over 6. */
	public record OrganAges(long organId, long under1, long from1to3, long from3to6, long over6) {

		public long total() {
			return under1 + from1to3 + from3to6 + over6;
		}
	}

	/** Closed satisfaction votes of one report year, by result. */
	public record VoteYear(int year, long satisfied, long basicallySatisfied, long dissatisfied) {
	}

	/** Counted evaluations of one year: departments rated, their mean score, and how many fell below the bar. */
	public record EvaluationYear(int year, long departments, double meanScore, long unsatisfactory) {
	}

	public record Summary(long opinionsOpen, long handlingOpen, long overdueCommitments, long overdueFilings,
			List<OrganAges> byOrgan, List<ReportView> handlingOverdue, List<ReportView> opinionsOverdue,
			List<VoteYear> votes, List<EvaluationYear> evaluations) {
	}

	/** How many organs the chart shows; the table lists all. */
	static final int TOP_ORGANS = 15;

	private final JdbcClient jdbc;
	private final WorkReports reports;
	private final Evaluations evaluations;

	OversightDashboard(JdbcClient jdbc, WorkReports reports, Evaluations evaluations) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.evaluations = evaluations;
	}

	private record OpenItem(long organId, String state, LocalDate since) {
	}

	public Summary summary(LocalDate today) {
		// A report sent back for rework is open again until the organ reports anew.
		List<OpenItem> open = jdbc.sql("""
				SELECT organ_id, state, COALESCE(deliberated_on, planned_on) AS since FROM oversight_report
				WHERE state IN ('DELIBERATED', 'OPINIONS_SENT', 'REWORK')""")
			.query(OpenItem.class).list();
		Map<Long, long[]> ages = new LinkedHashMap<>();
		long opinionsOpen = 0;
		long handlingOpen = 0;
		for (OpenItem item : open) {
			if (item.state().equals("DELIBERATED")) {
				opinionsOpen++;
			}
			else {
				handlingOpen++;
			}
			long months = ChronoUnit.MONTHS.between(item.since(), today);
			int bucket = months < 1 ? 0 : months < 3 ? 1 : months < 6 ? 2 : 3;
			ages.computeIfAbsent(item.organId(), k -> new long[4])[bucket]++;
		}
		List<OrganAges> byOrgan = new ArrayList<>();
		ages.forEach((organ, a) -> byOrgan.add(new OrganAges(organ, a[0], a[1], a[2], a[3])));
		byOrgan.sort(Comparator.comparingLong(OrganAges::total).reversed().thenComparingLong(OrganAges::organId));
		long commitments = jdbc.sql("SELECT COUNT(*) FROM oversight_inquiry_commitment WHERE done_on IS NULL AND due_on < ?")
			.param(today).query(Long.class).single();
		long filings = jdbc.sql("""
				SELECT COUNT(*) FROM oversight_filing
				WHERE (state = 'FILED' AND check_due < :today) OR (state = 'UNDER_REVIEW' AND review_due < :today)
				   OR (state = 'OPINION_SENT' AND answer_due < :today)""")
			.param("today", today).query(Long.class).single();
		return new Summary(opinionsOpen, handlingOpen, commitments, filings, byOrgan, reports.handlingOverdue(today),
				reports.opinionsOverdue(today), votes(), evaluationYears());
	}

	private List<VoteYear> votes() {
		Map<Integer, Map<Satisfaction, Long>> byYear = new TreeMap<>();
		jdbc.sql("""
				SELECT r.report_year, v.result, COUNT(*) FROM oversight_report_vote v JOIN oversight_report r ON r.id = v.report_id
				WHERE v.result IS NOT NULL GROUP BY r.report_year, v.result""")
			.query(rs -> {
				byYear.computeIfAbsent(rs.getInt(1), y -> new EnumMap<>(Satisfaction.class))
					.put(Satisfaction.valueOf(rs.getString(2)), rs.getLong(3));
			});
		List<VoteYear> years = new ArrayList<>();
		byYear.forEach((year, counts) -> years.add(new VoteYear(year, counts.getOrDefault(Satisfaction.SATISFIED, 0L),
				counts.getOrDefault(Satisfaction.BASICALLY_SATISFIED, 0L), counts.getOrDefault(Satisfaction.DISSATISFIED, 0L))));
		return years;
	}

	private List<EvaluationYear> evaluationYears() {
		Map<Integer, double[]> byYear = new TreeMap<>();
		for (var e : evaluations.all()) {
			if (e.state() == EvaluationState.OPEN) {
				continue;
			}
			double[] acc = byYear.computeIfAbsent(e.evalYear(), y -> new double[3]);
			for (var r : evaluations.departmentResults(new EvaluationId(e.id()), Map.of())) {
				acc[0]++;
				acc[1] += r.score();
				if (r.unsatisfactory()) {
					acc[2]++;
				}
			}
		}
		List<EvaluationYear> years = new ArrayList<>();
		byYear.forEach((year, a) -> years.add(new EvaluationYear(year, (long) a[0],
				a[0] == 0 ? 0 : Math.round(a[1] / a[0] * 10) / 10.0, (long) a[2])));
		return years;
	}
}
