package org.lvzhi.demo;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.oversight.PlanItemKind;
import org.lvzhi.oversight.PlanRecord;
import org.lvzhi.oversight.SupervisionPlanWorkflow;
import org.springframework.stereotype.Component;

/**
 * The 2023 supervision plan as the council of chairpersons adopted and published it: every work
 * report heard that year, the special inquiry, the satisfaction evaluation and the inspections, each
 * item tied to its record. The inspection of the Fen River regulation, done with the provincial
 * congress, came in an amendment adopted in July. Writes no report or inspection, so no figure moves.
 */
@Component
class TaiyuanSupervisionPlan implements DemoContributor {

	private static final int YEAR = 2023;

	private final SupervisionPlanWorkflow plans;
	private final Directory directory;

	TaiyuanSupervisionPlan(SupervisionPlanWorkflow plans, Directory directory) {
		this.plans = plans;
		this.directory = directory;
	}

	@Override
	public int order() {
		return 965;
	}

	@Override
	public String name() {
		return "supervision-plan";
	}

	@Override
	public void contribute(DemoContext context) {
		List<PlanRecord> reports = plans.records(YEAR, PlanItemKind.WORK_REPORT);
		if (reports.isEmpty()) {
			return;
		}
		plans.draft(YEAR, "太原市人大常委会2023年度监督工作计划");
		for (PlanRecord r : reports) {
			item(r, committee(r.committeeId()), "听取和审议" + r.title().replaceFirst("^关于", ""));
		}
		for (PlanItemKind kind : List.of(PlanItemKind.INQUIRY, PlanItemKind.EVALUATION)) {
			for (PlanRecord r : plans.records(YEAR, kind)) {
				if (r.on() != null) {
					item(r, kind == PlanItemKind.INQUIRY ? "财政经济委员会" : "常委会办公厅", r.title());
				}
			}
		}
		List<PlanRecord> inspections = plans.records(YEAR, PlanItemKind.INSPECTION);
		for (PlanRecord r : inspections.subList(0, inspections.size() - 1)) {
			item(r, r.leadBody(), r.title());
		}
		plans.adopt(YEAR, LocalDate.of(2023, 2, 7), "主任会议讨论通过《太原市人大常委会2023年度监督工作计划》，"
				+ "印发常委会组成人员、各专门委员会和市人民政府、市监察委员会、市中级人民法院、市人民检察院，并向社会公布。");
		plans.publish(YEAR, LocalDate.of(2023, 2, 10));
		plans.amend(YEAR, "根据省人大常委会统一部署，增加配合开展《山西省汾河保护条例》执法检查。");
		item(inspections.get(inspections.size() - 1), inspections.get(inspections.size() - 1).leadBody(),
				inspections.get(inspections.size() - 1).title());
		plans.adopt(YEAR, LocalDate.of(2023, 8, 22), "主任会议同意对2023年度监督工作计划作出调整，增加一项执法检查。");
		plans.publish(YEAR, LocalDate.of(2023, 8, 25));
	}

	private void item(PlanRecord r, String leadBody, String title) {
		long item = plans.addItem(YEAR, r.kind(), title, r.organId() == null ? null : new OrganizationId(r.organId()),
				leadBody, r.on() == null ? null : r.on().getMonthValue(), null);
		plans.link(YEAR, item, r.id());
	}

	private String committee(Long id) {
		return id == null ? null : directory.organization(new OrganizationId(id)).map(OrganizationView::name)
			.map(n -> n.replace("太原市人民代表大会", "")).orElse(null);
	}
}
