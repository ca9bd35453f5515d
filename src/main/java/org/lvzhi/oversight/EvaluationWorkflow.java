package org.lvzhi.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;

/**
 * The satisfaction evaluation of government departments (满意度测评) for callers outside the pages:
 * a campaign over departments and their key tasks, rater groups with weights, raters who each
 * submit once by their access code, then closing and publishing the results. Refusals throw
 * {@link OversightException}.
 */
public interface EvaluationWorkflow {

	/**
	 * Opens an evaluation run by the general office (办公厅).
	 *
	 * @param weights each rater group's weight in the result; groups left out do not take part
	 */
	default EvaluationId open(String title, int year, LocalDate on, Map<RaterGroup, Integer> weights) {
		return open(title, year, on, weights, "GENERAL_OFFICE");
	}

	/**
	 * @param weights each rater group's weight in the result; groups left out do not take part
	 * @param officeCode the office that runs it: only its staff handle the access codes and manage it
	 */
	EvaluationId open(String title, int year, LocalDate on, Map<RaterGroup, Integer> weights, String officeCode);

	/** @return the department's ID within the evaluation */
	long addDepartment(EvaluationId evaluation, OrganizationId department);

	/** @return the key task's ID */
	long addTask(EvaluationId evaluation, OrganizationId department, String title);

	/** Issues access codes to new raters of a group, one per person (or anonymous when persons is empty). */
	List<String> addRaters(EvaluationId evaluation, RaterGroup group, int count, List<PersonId> persons);

	/**
	 * One rater's sheet: an overall score for every department and a score for every key task. A rater
	 * submits once; a second submission, even a concurrent one, is refused.
	 *
	 * @param overall department ID within the evaluation → score
	 * @param tasks key task ID → score
	 */
	void submit(String accessCode, Map<Long, Satisfaction> overall, Map<Long, Satisfaction> tasks);

	void close(EvaluationId evaluation, LocalDate on);

	void publish(EvaluationId evaluation, LocalDate on);

	/** A department's follow-up on one of its key tasks the raters marked unsatisfactory. */
	void followUp(long task, OrganizationId department, String note, LocalDate on);
}
