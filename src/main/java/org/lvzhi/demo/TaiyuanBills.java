package org.lvzhi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonListItem;
import org.lvzhi.directory.PersonQuery;
import org.lvzhi.suggestions.BillContent;
import org.lvzhi.suggestions.BillId;
import org.lvzhi.suggestions.BillOutcome;
import org.lvzhi.suggestions.BillWorkflow;
import org.springframework.stereotype.Component;

/**
 * The five bills of the second session of the 15th municipal congress (January 2023), each signed
 * by 10 to 14 municipal deputies, referred by the presidium to the matching special committee and
 * fully deliberated within 2023 ("5件议案审议完毕").
 */
@Component
class TaiyuanBills implements DemoContributor {

	private record Plan(String title, String grounds, String proposal, String committee, BillOutcome outcome,
			List<String> organs, String report) {
	}

	private static final LocalDate FILED = LocalDate.of(2023, 1, 9);
	private static final LocalDate REFERRED = LocalDate.of(2023, 1, 12);

	private static final List<Plan> PLANS = List.of(
			new Plan("关于制定《太原市汾河流域生态保护条例》的议案",
					"汾河是太原的母亲河。近年来汾河治理成效明显，但流域内支流水质不稳定、河道岸线侵占、生态流量保障不足等问题仍然存在，现有规定分散在多部规章中，缺乏统一的地方性法规保障。",
					"建议市人大常委会将制定《太原市汾河流域生态保护条例》列入立法计划，明确流域生态保护红线、生态流量保障、岸线管控和跨区协同治理机制，建立河长制与执法衔接制度。",
					"城乡建设环境保护委员会", BillOutcome.PLANNED, List.of(),
					"城乡建设环境保护委员会经审议认为，议案提出的问题客观存在，制定汾河流域生态保护专项法规必要且可行，建议列入常委会2023年度立法计划。"),
			new Plan("关于制定《太原市历史文化街区保护条例》的议案",
					"我市钟楼街、桥头街、太原府城等历史文化街区承载着城市记忆，但保护范围不清、修缮标准不一、活化利用缺少规范，部分街区存在拆真建假、过度商业化等问题。",
					"建议制定《太原市历史文化街区保护条例》，明确保护名录和保护规划的编制程序，规范修缮和活化利用，建立保护资金保障和公众参与机制。",
					"教育科学文化卫生委员会", BillOutcome.SCHEDULED, List.of(),
					"教育科学文化卫生委员会经审议，建议将条例草案提请常委会会议审议，并与《太原市历史文化名城保护条例》做好衔接。"),
			new Plan("关于修订《太原市物业管理条例》的议案",
					"现行物业管理条例施行多年，业主大会成立难、物业服务收费与质量不匹配、老旧小区无物业管理、维修资金使用难等问题群众反映强烈。",
					"建议修订《太原市物业管理条例》，完善业主组织建设和街道社区指导监督职责，建立物业服务质量评价和信用管理制度，简化专项维修资金使用程序。",
					"城乡建设环境保护委员会", BillOutcome.HANDED, List.of("市住房和城乡建设局"),
					"城乡建设环境保护委员会经审议认为，修订条例的前期调研尚需深入，建议交市住房和城乡建设局研究办理，并在3个月内报告办理情况。"),
			new Plan("关于制定《太原市养老服务条例》的议案",
					"我市60岁以上老年人口已超过总人口的五分之一，居家社区养老服务设施不足，医养结合不够紧密，养老服务人才短缺，亟需以法规形式加以规范和保障。",
					"建议制定《太原市养老服务条例》，明确居家社区机构相协调、医养康养相结合的服务体系，规定新建住宅小区配建养老服务设施的标准，建立养老护理员培训和激励制度。",
					"社会建设委员会", BillOutcome.HANDED, List.of("市民政局", "市卫生健康委员会"),
					"社会建设委员会经审议，建议交市民政局、市卫生健康委员会就立法调研和配套政策研究办理，在3个月内报告办理情况。"),
			new Plan("关于制定《太原市优化营商环境条例》的议案",
					"优化营商环境是推动高质量发展的关键。我市在政务服务、市场准入、涉企执法等方面仍有短板，企业对审批效率、政策兑现和公平竞争反映较多。",
					"建议制定《太原市优化营商环境条例》，固化“一枚印章管审批”等改革成果，规范涉企检查和行政执法，建立惠企政策直达和营商环境投诉处理机制。",
					"财政经济委员会", BillOutcome.PLANNED, List.of(),
					"财政经济委员会经审议认为，议案所提立法项目符合我市发展需要，建议列入常委会立法规划，由市人民政府组织起草。"));

	private final BillWorkflow bills;
	private final Directory directory;

	TaiyuanBills(BillWorkflow bills, Directory directory) {
		this.bills = bills;
		this.directory = directory;
	}

	@Override
	public int order() {
		return 950;
	}

	@Override
	public String name() {
		return "bills";
	}

	@Override
	public void contribute(DemoContext context) {
		OrganizationId congress = directory.organizationNamed(TaiyuanBodies.CONGRESS).map(OrganizationView::id)
			.orElse(null);
		if (congress == null) {
			return;
		}
		Random random = context.random(name());
		List<PersonId> deputies = new ArrayList<>(directory
			.findPersons(new PersonQuery(null, null, congress, MembershipRole.DEPUTY, null, null), 1, 1000).items()
			.stream().map(PersonListItem::id).toList());
		Collections.shuffle(deputies, random);
		int next = 0;
		for (int i = 0; i < PLANS.size(); i++) {
			Plan plan = PLANS.get(i);
			int count = 10 + random.nextInt(5);
			List<PersonId> signers = deputies.subList(next, next + count);
			next += count;
			run(plan, signers, i, random);
		}
	}

	private void run(Plan plan, List<PersonId> signers, int i, Random random) {
		PersonId lead = signers.get(0);
		List<PersonId> coSigners = signers.subList(1, signers.size());
		BillId id = bills.draft(lead, new BillContent(plan.title(), plan.grounds(), plan.proposal(), 2023), coSigners,
				FILED.minusDays(3));
		for (PersonId p : coSigners) {
			bills.sign(id, p, FILED.minusDays(2 - random.nextInt(2)));
		}
		bills.file(id, lead, FILED.plusDays(i % 3));
		bills.refer(id, body("太原市人民代表大会" + plan.committee()), "经大会主席团第三次会议决定，交" + plan.committee() + "审议。",
				REFERRED);
		LocalDate reported = LocalDate.of(2023, 3, 20).plusDays(i * 2L);
		bills.recordCommitteeReport(id, plan.report(), plan.outcome(), reported);
		LocalDate decided = LocalDate.of(2023, 4, 25);
		bills.settle(id, plan.outcome(), "经市人大常委会主任会议研究决定。", plan.organs().stream().map(this::body).toList(), decided);
		for (String organ : plan.organs()) {
			bills.recordOrganReport(id, body(organ), organ + "已会同有关部门开展专题调研，形成立法建议稿和配套政策清单，报市人大常委会。",
					LocalDate.of(2023, 7, 10).plusDays(random.nextInt(10)));
		}
		LocalDate completed = switch (plan.outcome()) {
			case PLANNED -> LocalDate.of(2023, 5, 30);
			case SCHEDULED -> LocalDate.of(2023, 10, 27);
			case HANDED -> LocalDate.of(2023, 8, 29);
		};
		bills.complete(id, "常委会会议听取审议结果报告，议案审议完毕。", completed);
	}

	private OrganizationId body(String name) {
		return directory.organizationNamed(name).map(OrganizationView::id)
			.orElseThrow(() -> new IllegalStateException("Demo body missing: " + name));
	}
}
