package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.lvzhi.directory.OrganizationId;

/**
 * Which units handle a suggestion: one lead unit with any co-handling units (主办 + 会办), or two
 * or more units each answering its part (分办).
 */
public record AssignmentPlan(OrganizationId lead, List<OrganizationId> coHandling, List<OrganizationId> split) {

	public AssignmentPlan {
		coHandling = coHandling == null ? List.of() : List.copyOf(coHandling);
		split = split == null ? List.of() : List.copyOf(split);
		boolean leadPlan = lead != null && split.isEmpty();
		boolean splitPlan = lead == null && coHandling.isEmpty() && split.size() >= 2;
		if (!leadPlan && !splitPlan) {
			throw new SuggestionException("suggestions.error.plan");
		}
		if (new HashSet<>(units(lead, coHandling, split)).size() != units(lead, coHandling, split).size()) {
			throw new SuggestionException("suggestions.error.planDuplicate");
		}
	}

	public static AssignmentPlan lead(OrganizationId lead, OrganizationId... coHandling) {
		return new AssignmentPlan(lead, List.of(coHandling), List.of());
	}

	public static AssignmentPlan split(OrganizationId... units) {
		return new AssignmentPlan(null, List.of(), List.of(units));
	}

	/** The plan's shares as assigned on {@code on}: answers due by {@code answerDue}, views by {@code viewDue}. */
	List<Assignment> assignments(LocalDate on, LocalDate answerDue, LocalDate viewDue) {
		List<Assignment> shares = new ArrayList<>();
		if (lead != null) {
			shares.add(Assignment.of(lead, AssignmentRole.LEAD, on, answerDue));
		}
		coHandling.forEach(u -> shares.add(Assignment.of(u, AssignmentRole.CO, on, viewDue)));
		split.forEach(u -> shares.add(Assignment.of(u, AssignmentRole.SPLIT, on, answerDue)));
		return shares;
	}

	/** Every unit of the plan, the lead first. */
	public List<OrganizationId> units() {
		return units(lead, coHandling, split);
	}

	private static List<OrganizationId> units(OrganizationId lead, List<OrganizationId> co, List<OrganizationId> split) {
		List<OrganizationId> all = new ArrayList<>();
		if (lead != null) {
			all.add(lead);
		}
		all.addAll(co);
		all.addAll(split);
		return all;
	}
}
