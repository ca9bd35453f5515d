package org.lvzhi.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.FilingId;
import org.lvzhi.oversight.FilingOutcome;
import org.lvzhi.oversight.FilingWorkflow;
import org.lvzhi.oversight.ReviewType;

/**
 * The 20 normative documents of the government, court, procuratorate and supervision commission
 * filed for review in 2023: two filed late, one corrected after a written opinion, one reviewed on
 * a citizen's request, one still under review at the end of the year.
 */
final class TaiyuanFilings {

	private record Doc(String title, String number, String maker, LocalDate published, int filedAfter) {
	}

	private static final String GOV = TaiyuanBodies.GOVERNMENT;

	private static final List<Doc> DOCS = List.of(
			new Doc("太原市城市供水管理办法", "太政发〔2023〕1号", GOV, LocalDate.of(2023, 1, 16), 12),
			new Doc("太原市既有住宅加装电梯实施办法", "太政发〔2023〕3号", GOV, LocalDate.of(2023, 2, 8), 20),
			new Doc("太原市促进民营经济高质量发展若干措施", "太政发〔2023〕5号", GOV, LocalDate.of(2023, 2, 27), 15),
			new Doc("太原市生活垃圾分类管理实施细则", "太政办发〔2023〕8号", GOV, LocalDate.of(2023, 3, 14), 18),
			new Doc("太原市国有建设用地使用权出让管理办法", "太政发〔2023〕9号", GOV, LocalDate.of(2023, 3, 28), 38),
			new Doc("太原市最低生活保障实施办法", "太政发〔2023〕11号", GOV, LocalDate.of(2023, 4, 12), 21),
			new Doc("太原市城镇老旧小区改造实施办法", "太政办发〔2023〕15号", GOV, LocalDate.of(2023, 4, 25), 14),
			new Doc("太原市重污染天气应急预案", "太政办发〔2023〕18号", GOV, LocalDate.of(2023, 5, 19), 10),
			new Doc("太原市政府投资项目管理办法", "太政发〔2023〕20号", GOV, LocalDate.of(2023, 6, 2), 25),
			new Doc("太原市高层次人才引进实施办法", "太政发〔2023〕22号", GOV, LocalDate.of(2023, 6, 20), 16),
			new Doc("太原市机动车停放管理办法", "太政发〔2023〕25号", GOV, LocalDate.of(2023, 7, 7), 19),
			new Doc("太原市优化营商环境若干措施", "太政发〔2023〕28号", GOV, LocalDate.of(2023, 7, 26), 13),
			new Doc("太原市城市道路挖掘管理办法", "太政办发〔2023〕30号", GOV, LocalDate.of(2023, 8, 15), 22),
			new Doc("太原市集中供热管理实施细则", "太政办发〔2023〕33号", GOV, LocalDate.of(2023, 9, 1), 41),
			new Doc("太原市医疗保障基金监督管理办法", "太政发〔2023〕36号", GOV, LocalDate.of(2023, 9, 20), 17),
			new Doc("关于审理企业破产案件若干问题的规定（试行）", "并中法发〔2023〕6号", "太原市中级人民法院", LocalDate.of(2023, 5, 10), 20),
			new Doc("关于规范网络司法拍卖工作的规定", "并中法发〔2023〕11号", "太原市中级人民法院", LocalDate.of(2023, 10, 9), 15),
			new Doc("关于加强公益诉讼检察工作的实施意见", "并检发〔2023〕4号", "太原市人民检察院", LocalDate.of(2023, 4, 3), 18),
			new Doc("关于深化认罪认罚从宽制度适用的指导意见", "并检发〔2023〕9号", "太原市人民检察院", LocalDate.of(2023, 8, 21), 24),
			new Doc("太原市监察机关谈话函询工作规定", "并监发〔2023〕3号", "太原市监察委员会", LocalDate.of(2023, 11, 6), 21));

	private final FilingWorkflow filings;
	private final Function<String, OrganizationId> body;

	TaiyuanFilings(FilingWorkflow filings, Function<String, OrganizationId> body) {
		this.filings = filings;
		this.body = body;
	}

	void contribute() {
		String request = filings.requestReview("太原市机动车停放管理办法",
				"该办法关于拖移车辆费用由车辆所有人承担的规定，缺乏上位法依据，建议审查。", "王建国", "138****5216",
				LocalDate.of(2023, 8, 14));
		for (int i = 0; i < DOCS.size(); i++) {
			Doc d = DOCS.get(i);
			LocalDate filed = d.published().plusDays(d.filedAfter());
			FilingId id = filings.file(d.title(), d.number(), body.apply(d.maker()), d.published(), filed);
			if (i == DOCS.size() - 1) {
				filings.check(id, ReviewType.ACTIVE, filed.plusDays(6));
				continue;
			}
			boolean requested = d.title().equals("太原市机动车停放管理办法");
			filings.check(id, requested ? ReviewType.ON_REQUEST : i % 5 == 2 ? ReviewType.SPECIAL : ReviewType.ACTIVE,
					filed.plusDays(5 + i % 4));
			if (requested) {
				filings.linkRequest(request, id);
				LocalDate opinion = filed.plusDays(30);
				filings.sendOpinion(id, "经审查，该办法第二十一条关于拖移车辆费用由车辆所有人承担的规定，缺乏上位法依据，建议制定机关予以修改。",
						opinion);
				filings.recordAnswer(id, "市人民政府已研究采纳审查意见，删除相关条款并重新公布。", opinion.plusDays(24));
				filings.conclude(id, FilingOutcome.CORRECTED, opinion.plusDays(30));
				filings.replyToRequest(request, "经审查，您提出的问题成立，制定机关已对相关条款作出修改。", opinion.plusDays(32));
			}
			else {
				filings.conclude(id, FilingOutcome.NO_PROBLEM, filed.plusDays(45 + i));
			}
		}
	}
}
