package org.lvzhi.oversight.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.CreateOrganization;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.EvaluationId;
import org.lvzhi.oversight.EvaluationWorkflow;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.RaterGroup;
import org.lvzhi.oversight.Satisfaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A rater scores once, even when the same sheet is sent many times at once; results are weighted by group. */
@IntegrationTest
class EvaluationTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	EvaluationWorkflow workflow;
	@Autowired
	Evaluations evaluations;
	@Autowired
	CreateOrganization organizations;
	@Autowired
	JdbcClient jdbc;

	private OrganizationId department() {
		return organizations.create(new OrganizationDetails("测试测评局" + System.nanoTime() + SEQUENCE.incrementAndGet(),
				Classification.GOVERNMENT_DEPARTMENT, null, null, null, null, null, null));
	}

	private record Campaign(EvaluationId id, long dept, long task) {
	}

	private Campaign campaign() {
		EvaluationId id = workflow.open("测试测评", 2024, LocalDate.of(2024, 11, 20),
				Map.of(RaterGroup.MEMBERS, 3, RaterGroup.BUSINESS, 1));
		OrganizationId organ = department();
		long dept = workflow.addDepartment(id, organ);
		long task = workflow.addTask(id, organ, "测试重点工作");
		return new Campaign(id, dept, task);
	}

	@Test
	void aRaterCannotScoreTwice() {
		Campaign c = campaign();
		String code = workflow.addRaters(c.id(), RaterGroup.BUSINESS, 1, List.of()).get(0);
		workflow.submit(code, Map.of(c.dept(), Satisfaction.SATISFIED), Map.of(c.task(), Satisfaction.SATISFIED));
		assertThatThrownBy(() -> workflow.submit(code, Map.of(c.dept(), Satisfaction.DISSATISFIED),
				Map.of(c.task(), Satisfaction.DISSATISFIED)))
			.isInstanceOf(OversightException.class).hasMessage("oversight.error.alreadySubmitted");
	}

	@Test
	void concurrentSubmissionsOfOneSheetCountOnce() throws Exception {
		Campaign c = campaign();
		String code = workflow.addRaters(c.id(), RaterGroup.BUSINESS, 1, List.of()).get(0);
		int threads = 8;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> outcomes = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			outcomes.add(pool.submit(() -> {
				start.await();
				try {
					workflow.submit(code, Map.of(c.dept(), Satisfaction.SATISFIED), Map.of(c.task(), Satisfaction.SATISFIED));
					return true;
				}
				catch (RuntimeException e) {
					return false;
				}
			}));
		}
		start.countDown();
		List<Boolean> results = Collections.synchronizedList(new ArrayList<>());
		for (Future<Boolean> f : outcomes) {
			results.add(f.get());
		}
		pool.shutdown();
		assertThat(results).containsOnlyOnce(true);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM oversight_evaluation_score s JOIN oversight_evaluation_rater r ON r.id = s.rater_id WHERE r.access_code = ?")
			.param(code).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void anIncompleteSheetIsRefused() {
		Campaign c = campaign();
		String code = workflow.addRaters(c.id(), RaterGroup.MEMBERS, 1, List.of()).get(0);
		assertThatThrownBy(() -> workflow.submit(code, Map.of(c.dept(), Satisfaction.SATISFIED), Map.of()))
			.isInstanceOf(OversightException.class).hasMessage("oversight.error.sheetIncomplete");
		assertThat(evaluations.submitted(evaluations.rater(code).orElseThrow().id())).isFalse();
	}

	@Test
	void resultsWeighTheGroupsAndMarkUnsatisfactoryItems() {
		Campaign c = campaign();
		// Members (weight 3) all satisfied: 100; business (weight 1) all dissatisfied: 0 → (300 + 0) / 4 = 75.
		for (String code : workflow.addRaters(c.id(), RaterGroup.MEMBERS, 2, List.of())) {
			workflow.submit(code, Map.of(c.dept(), Satisfaction.SATISFIED), Map.of(c.task(), Satisfaction.DISSATISFIED));
		}
		for (String code : workflow.addRaters(c.id(), RaterGroup.BUSINESS, 3, List.of())) {
			workflow.submit(code, Map.of(c.dept(), Satisfaction.DISSATISFIED), Map.of(c.task(), Satisfaction.DISSATISFIED));
		}
		var dept = evaluations.departmentResults(c.id(), Map.of()).get(0);
		assertThat(dept.score()).isEqualTo(75.0);
		assertThat(dept.scores()).isEqualTo(5);
		assertThat(dept.unsatisfactory()).isFalse();
		var task = evaluations.taskResults(c.id()).get(0);
		assertThat(task.score()).isZero();
		assertThat(task.unsatisfactory()).isTrue();
	}

	@Test
	void aClosedEvaluationTakesNoMoreSheets() {
		Campaign c = campaign();
		String code = workflow.addRaters(c.id(), RaterGroup.MEMBERS, 1, List.of()).get(0);
		workflow.close(c.id(), LocalDate.of(2024, 12, 5));
		assertThatThrownBy(() -> workflow.submit(code, Map.of(c.dept(), Satisfaction.SATISFIED),
				Map.of(c.task(), Satisfaction.SATISFIED)))
			.isInstanceOf(OversightException.class).hasMessage("oversight.error.evaluationClosed");
	}
}
