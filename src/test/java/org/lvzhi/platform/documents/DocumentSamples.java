package org.lvzhi.platform.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lvzhi.platform.documents.OfficialDocument.Align;
import org.lvzhi.platform.documents.OfficialDocument.Block;
import org.lvzhi.platform.documents.OfficialDocument.Heading;
import org.lvzhi.platform.documents.OfficialDocument.Line;
import org.lvzhi.platform.documents.OfficialDocument.Paragraph;

/**
 * Sample official documents for looking at the layouts: a letter of appointment and a long report
 * with headings of three levels. Other samples (the annual work report …) are added to {@link #all()}.
 * The persons and figures are made up; the dates lie outside the demo year.
 */
public final class DocumentSamples {

	private DocumentSamples() {
	}

	/** Every sample by the file name (without extension) it is written under. */
	public static Map<String, OfficialDocument> all() {
		Map<String, OfficialDocument> samples = new LinkedHashMap<>();
		samples.put("letter-of-appointment", letter());
		samples.put("inspection-report", report());
		return samples;
	}

	/** A letter of appointment (任命书) as the appointments module writes it, for a made-up person. */
	public static OfficialDocument letter() {
		return new OfficialDocument("任　命　书", "并任字〔2026〕第7号", List.of(
				new Line("王某某：", Align.LEFT),
				new Paragraph("根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》的规定，经太原市人民代表大会常务委员会于"
						+ OfficialDates.chinese(LocalDate.of(2026, 6, 25)) + "表决通过，任命你为太原市人民政府副市长。"),
				new Paragraph("特发此书。")),
				"太原市人民代表大会常务委员会", LocalDate.of(2026, 6, 26));
	}

	/** A report of several pages: headings of three levels and some thirty paragraphs of prose. */
	public static OfficialDocument report() {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Line("主任、各位副主任、秘书长、各位委员：", Align.LEFT));
		blocks.add(new Paragraph("根据市人大常委会2026年度监督工作计划，常委会组成执法检查组，于今年4月至6月对《太原市优化营商环境条例》"
				+ "（以下简称《条例》）的实施情况进行了检查。现将检查情况报告如下，请予审议。"));
		blocks.add(new Heading(1, "一、执法检查工作的基本情况"));
		blocks.add(new Paragraph("常委会高度重视此次执法检查，把检查《条例》实施情况作为推动全市经济高质量发展的重要举措。检查组由常委会副主任任组长，"
				+ "财政经济委员会、法制委员会的组成人员以及部分市人大代表参加。检查前，检查组召开动员会，明确检查重点、方法步骤和时间安排，"
				+ "并委托各县（市、区）人大常委会同步开展检查，形成上下联动的工作格局。"));
		blocks.add(new Paragraph("检查中，检查组听取了市政府及发展改革、市场监管、行政审批、税务等12个部门的汇报，先后深入6个县（市、区）、"
				+ "3个开发区，实地察看政务服务大厅、企业开办专区和重点项目现场28处，召开企业家座谈会5场，听取了76家企业和个体工商户的意见建议。"
				+ "同时，通过“太原人大”网站和微信公众号向社会公开征集意见，共收到有效意见213条。"));
		blocks.add(new Paragraph("检查组坚持问题导向，采取明察与暗访相结合、随机抽查与重点检查相结合的方式，对照《条例》逐条梳理法定职责的落实情况，"
				+ "力求把情况摸清、把问题找准、把建议提实。"));
		blocks.add(new Heading(1, "二、《条例》实施取得的主要成效"));
		blocks.add(new Paragraph("《条例》施行以来，市政府及其有关部门认真贯彻落实，坚持把优化营商环境作为“一号工程”，持续深化“放管服”改革，"
				+ "全市营商环境不断改善，市场主体活力进一步激发。截至2026年5月底，全市实有经营主体约58.6万户，同比增长8.3%。"));
		blocks.add(new Heading(2, "（一）学习宣传不断深入"));
		blocks.add(new Paragraph("市政府将《条例》纳入各级领导干部学法清单和公务员培训课程，组织开展专题培训40余场次。各部门通过政务服务窗口、"
				+ "新闻媒体、网络平台等多种渠道宣传解读《条例》，编印《优化营商环境政策汇编》2万册，免费发放给企业和群众，"
				+ "社会各界对《条例》的知晓度明显提高。"));
		blocks.add(new Paragraph("在宣传过程中，各地注重以案释法，选取了一批企业关心的典型案例进行解读，增强了宣传的针对性和实效性。"));
		blocks.add(new Heading(2, "（二）政务服务效能持续提升"));
		blocks.add(new Heading(3, "1.审批事项进一步精简。"));
		blocks.add(new Paragraph("全市共取消、下放、调整行政审批事项136项，企业开办时间压缩至1个工作日以内，工程建设项目审批时间压缩至60个工作日以内。"
				+ "推行“告知承诺制”的事项达到218项，企业和群众办事的便利程度显著提高。"));
		blocks.add(new Heading(3, "2.“一网通办”加快推进。"));
		blocks.add(new Paragraph("市政务服务平台上线运行，可网上办理的政务服务事项占比达到96.5%，“掌上办”事项达到1500余项。"
				+ "12345政务服务便民热线整合了38条部门热线，受理企业诉求的按时办结率为98.2%，满意率为93.7%。"));
		blocks.add(new Heading(3, "3.涉企收费清理规范。"));
		blocks.add(new Paragraph("有关部门对涉企行政事业性收费、经营服务性收费和行业协会商会收费开展专项检查，清退违规收费1260余万元，"
				+ "并在政府网站公开收费目录清单，做到清单之外无收费。"));
		blocks.add(new Heading(2, "（三）市场环境更加公平"));
		blocks.add(new Paragraph("市场监管部门全面推行“双随机、一公开”监管，将随机抽查结果通过国家企业信用信息公示系统向社会公示。"
				+ "对新业态、新模式实行包容审慎监管，制定了轻微违法行为不予行政处罚清单，累计对1800余家市场主体免予处罚。"));
		blocks.add(new Paragraph("公平竞争审查制度得到落实，各部门对新出台的涉及市场主体经济活动的政策措施全部进行了审查，"
				+ "并对存量政策开展了清理，废止或者修订妨碍统一市场和公平竞争的文件23件。"));
		blocks.add(new Heading(2, "（四）法治保障逐步加强"));
		blocks.add(new Paragraph("市中级人民法院设立了涉企案件快立快审通道，民商事案件平均审理周期缩短至62天。市人民检察院开展涉企“挂案”清理，"
				+ "依法保护了企业家的合法权益。司法行政部门组织律师开展“法治体检”进企业活动，为630余家中小企业提供了免费法律服务。"));
		blocks.add(new Heading(1, "三、存在的主要问题"));
		blocks.add(new Paragraph("检查中也发现，《条例》的实施与企业和群众的期盼相比还有一定差距，一些法定制度尚未完全落实到位，主要表现在以下几个方面："));
		blocks.add(new Heading(2, "（一）政策落实存在“最后一公里”问题"));
		blocks.add(new Paragraph("部分惠企政策知晓度不高，申报程序较为繁琐，一些企业反映“政策看得见、享受不容易”。少数部门制定的配套措施针对性、"
				+ "可操作性不强，政策兑现周期较长，企业获得感有待增强。"));
		blocks.add(new Paragraph("有的县（市、区）对《条例》规定的政策制定听取企业意见制度执行不到位，出台涉企政策前征求意见的范围较窄、时间较短。"));
		blocks.add(new Heading(2, "（二）数据共享仍有壁垒"));
		blocks.add(new Paragraph("各部门业务系统之间的数据共享不够充分，“数据跑路”代替“群众跑腿”还没有完全实现。部分事项虽然能够网上申请，"
				+ "但仍需要线下提交纸质材料，存在“线上线下两张皮”的现象。电子证照的归集和应用范围有待扩大。"));
		blocks.add(new Heading(2, "（三）执法监管还需规范"));
		blocks.add(new Paragraph("个别领域仍存在多头检查、重复检查的问题，一些企业反映一年内接受的各类检查超过10次。"
				+ "行政执法自由裁量权基准制度执行不够统一，同类违法行为在不同地区的处罚尺度有所差异。"));
		blocks.add(new Paragraph("少数执法人员服务意识不强，重处罚、轻指导，“以罚代管”的现象还不同程度地存在。"));
		blocks.add(new Heading(1, "四、进一步做好《条例》实施工作的意见建议"));
		blocks.add(new Paragraph("优化营商环境只有进行时，没有完成时。为进一步推动《条例》全面有效实施，检查组提出以下建议："));
		blocks.add(new Heading(2, "（一）进一步提高政策落实的精准度"));
		blocks.add(new Paragraph("市政府要建立惠企政策统一发布平台，推动政策“免申即享”“直达快享”。各部门出台涉企政策，应当充分听取企业和行业协会商会的意见，"
				+ "合理设置过渡期，增强政策的稳定性和可预期性。要建立政策落实情况的跟踪评估机制，及时发现和解决执行中的问题。"));
		blocks.add(new Heading(2, "（二）进一步打通数据共享的堵点"));
		blocks.add(new Paragraph("加快建设全市统一的数据共享交换平台，明确各部门数据共享的责任清单，推动电子证照、电子印章在更多领域互通互认。"
				+ "对确需提交纸质材料的事项要进行全面梳理，能减则减、能免则免，切实做到“一网通办、一次办好”。"));
		blocks.add(new Heading(2, "（三）进一步规范行政执法行为"));
		blocks.add(new Paragraph("全面推行跨部门综合监管和“综合查一次”，合理确定检查频次，减少对企业正常生产经营活动的干扰。"
				+ "统一和细化行政裁量权基准，推广“首违不罚”“轻微免罚”等柔性执法方式，做到宽严相济、法理相融。"));
		blocks.add(new Heading(2, "（四）进一步加强《条例》实施的监督"));
		blocks.add(new Paragraph("市人大常委会将持续跟踪《条例》的实施情况，综合运用听取专项工作报告、专题询问、代表视察等方式，"
				+ "督促有关方面落实审议意见。各级人大代表要密切联系企业和群众，及时反映营商环境方面的问题和建议。"));
		blocks.add(new Paragraph("各县（市、区）人大常委会要结合本地实际，加强对《条例》实施情况的监督，形成上下联动、齐抓共管的工作合力，"
				+ "为全市经济社会高质量发展营造更加优良的法治化营商环境。"));
		blocks.add(new Paragraph("以上报告，请予审议。"));
		return new OfficialDocument("太原市人大常委会执法检查组关于检查\n《太原市优化营商环境条例》实施情况的报告", null, blocks,
				"太原市人大常委会执法检查组", LocalDate.of(2026, 6, 23));
	}
}
