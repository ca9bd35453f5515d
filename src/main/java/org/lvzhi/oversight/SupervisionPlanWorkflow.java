package org.lvzhi.oversight;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.OrganizationId;

/**
 * The annual supervision plan (年度监督工作计划) for callers outside the pages: the office drafts the
 * plan's items, the council of chairpersons (主任会议) adopts it on a meeting date with its decision,
 * the office publishes it. After adoption the plan is only amended by a new revision, adopted in
 * turn; nothing of an adopted revision is overwritten. Refusals throw {@link OversightException}.
 */
public interface SupervisionPlanWorkflow {

	/** Starts the year's plan as a draft (revision 1). */
	void draft(int year, String title);

	/** Adds an item to the draft revision. @return the item's ID */
	long addItem(int year, PlanItemKind kind, String title, OrganizationId organ, String leadBody, Integer month,
			String note);

	/** Ends an item in the draft revision (it stays in the revisions adopted before). */
	void removeItem(int year, long item);

	/** Ties an item to the record that carries it out (a work report, an inspection …). */
	void link(int year, long item, long record);

	/** The council of chairpersons adopted the draft revision at its meeting. */
	void adopt(int year, LocalDate meeting, String decision);

	/** Publishes the latest adopted revision. */
	void publish(int year, LocalDate on);

	/** Opens a new draft revision of an adopted plan. */
	void amend(int year, String reason);

	/** The year's records of a kind, for tying items to them. */
	List<PlanRecord> records(int year, PlanItemKind kind);
}
