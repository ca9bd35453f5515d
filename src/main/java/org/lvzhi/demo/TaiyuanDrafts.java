package org.lvzhi.demo;

import java.time.LocalDate;

import org.lvzhi.legislation.AddDraftVersion;
import org.lvzhi.legislation.CreateProject;
import org.lvzhi.legislation.MoveProject;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.ProjectStatus;
import org.springframework.stereotype.Component;

/**
 * A legislative project of 2023 with the texts of two readings, so that the article-by-article
 * comparison and the comparison table have something to show: the 养老服务条例 asked for by a
 * deputies' bill, its first-reading text and the second-reading text after the public comment. The
 * project goes through both readings on their dates, so that its stage and timeline match its texts.
 */
@Component
class TaiyuanDrafts implements DemoContributor {

	static final String TITLE = "太原市养老服务条例";

	static final String FIRST_READING = """
			太原市养老服务条例（草案）

			第一章　总　　则

			第一条　为了规范养老服务，满足老年人养老服务需求，根据《中华人民共和国老年人权益保障法》等法律、法规，结合本市实际，制定本条例。

			第二条　本市行政区域内的养老服务及其监督管理，适用本条例。

			本条例所称养老服务，是指在家庭成员承担赡养、扶养义务的基础上，由政府、社会为老年人提供的生活照料、康复护理、健康管理、精神慰藉等服务。

			第三条　市、县（市、区）人民政府应当将养老服务事业纳入国民经济和社会发展规划，建立与经济社会发展水平相适应的养老服务资金保障机制。

			第四条　民政部门负责本行政区域内养老服务的统筹规划、指导和监督管理。

			卫生健康、发展改革、财政、人力资源社会保障、自然资源和规划、住房城乡建设等部门按照各自职责，做好养老服务相关工作。

			第二章　居家社区养老服务

			第五条　街道办事处、乡（镇）人民政府应当依托社区养老服务设施，为老年人提供助餐、助浴、助洁、助医等服务。

			第六条　新建住宅小区应当按照每百户不低于二十平方米的标准配套建设养老服务设施，与住宅同步规划、同步建设、同步验收、同步交付使用。

			第七条　鼓励物业服务企业开展居家社区养老服务。

			第三章　机构养老服务

			第八条　设立养老机构，应当依法办理登记，并向所在地县级人民政府民政部门备案。

			第九条　养老机构应当与老年人或者其代理人签订服务协议，明确服务内容、收费标准、权利义务等事项。

			第十条　养老机构应当建立健全安全管理制度，配备必要的消防、安全设施设备。

			第四章　法律责任

			第十一条　违反本条例第六条规定，未按照标准配套建设养老服务设施的，由住房城乡建设部门责令限期改正；逾期不改正的，处五万元以上十万元以下罚款。

			第十二条　养老机构未与老年人签订服务协议的，由民政部门责令改正。

			第十三条　本条例自　　年　　月　　日起施行。
			""";

	static final String SECOND_READING = """
			太原市养老服务条例（草案修改稿）

			第一章　总　　则

			第一条　为了规范养老服务，满足老年人养老服务需求，根据《中华人民共和国老年人权益保障法》等法律、法规，结合本市实际，制定本条例。

			第二条　本市行政区域内的养老服务及其监督管理，适用本条例。

			本条例所称养老服务，是指在家庭成员承担赡养、扶养义务的基础上，由政府、社会为老年人提供的生活照料、康复护理、健康管理、精神慰藉等服务。

			第三条　养老服务坚持政府主导、社会参与、市场运作、普惠优先的原则，构建居家社区机构相协调、医养康养相结合的养老服务体系。

			第四条　市、县（市、区）人民政府应当将养老服务事业纳入国民经济和社会发展规划，建立与经济社会发展水平相适应的养老服务资金保障机制。

			第五条　民政部门负责本行政区域内养老服务的统筹规划、指导和监督管理。

			卫生健康、发展改革、财政、人力资源社会保障、自然资源和规划、住房城乡建设等部门按照各自职责，做好养老服务相关工作。

			第二章　居家社区养老服务

			第六条　新建住宅小区应当按照每百户不低于二十五平方米的标准配套建设养老服务设施，与住宅同步规划、同步建设、同步验收、同步交付使用。

			第七条　街道办事处、乡（镇）人民政府应当依托社区养老服务设施，为老年人提供助餐、助浴、助洁、助医等服务。

			第八条　鼓励物业服务企业、家政服务企业开展居家社区养老服务，为老年人提供上门服务。

			第三章　机构养老服务

			第九条　设立养老机构，应当依法办理登记，并向所在地县级人民政府民政部门备案。

			第十条　养老机构应当与老年人或者其代理人签订服务协议，明确服务内容、收费标准、权利义务等事项。

			第十一条　养老机构应当建立健全安全管理制度，配备必要的消防、安全设施设备。

			第十二条　养老机构应当建立老年人健康档案，与医疗卫生机构签订合作协议，为老年人提供医疗卫生服务。

			第四章　法律责任

			第十三条　违反本条例第六条规定，未按照标准配套建设养老服务设施的，由住房城乡建设部门责令限期改正；逾期不改正的，处十万元以上二十万元以下罚款。

			第十四条　本条例自2024年3月1日起施行。
			""";

	static final LocalDate FIRST_READING_ON = LocalDate.of(2023, 8, 29);
	static final LocalDate SECOND_READING_ON = LocalDate.of(2023, 10, 27);

	private final CreateProject createProject;
	private final AddDraftVersion addDraftVersion;
	private final MoveProject moveProject;

	TaiyuanDrafts(CreateProject createProject, AddDraftVersion addDraftVersion, MoveProject moveProject) {
		this.createProject = createProject;
		this.addDraftVersion = addDraftVersion;
		this.moveProject = moveProject;
	}

	@Override
	public int order() {
		return 410;
	}

	@Override
	public String name() {
		return "drafts";
	}

	@Override
	public void contribute(DemoContext context) {
		ProjectId project = createProject.create(TITLE, null);
		addDraftVersion.add(project, 1, FIRST_READING, null, null, FIRST_READING_ON.minusDays(7));
		move(project, ProjectStatus.FIRST_READING, FIRST_READING_ON);
		addDraftVersion.add(project, 2, SECOND_READING, null, null, SECOND_READING_ON.minusDays(7));
		move(project, ProjectStatus.SECOND_READING, SECOND_READING_ON);
	}

	private void move(ProjectId project, ProjectStatus to, LocalDate on) {
		moveProject.move(project, moveProject.currentVersion(project), to, on, null, null);
	}
}
