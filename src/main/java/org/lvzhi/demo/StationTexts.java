package org.lvzhi.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What constituents raise at Taiyuan's stations, by category: the matter in a line with a place,
 * what the station answered on the spot, and what the bodies answered. Streets are real; the
 * communities and matters are made up.
 */
final class StationTexts {

	private StationTexts() {
	}

	static final Map<String, List<String>> STREETS = Map.of(
			"小店区", List.of("坞城街道", "营盘街道", "北营街道", "平阳路街道", "黄陵街道", "龙城街道", "小店街道", "北格镇"),
			"迎泽区", List.of("柳巷街道", "文庙街道", "桥东街道", "庙前街道", "迎泽街道", "老军营街道", "郝庄镇", "桃园路街道"),
			"杏花岭区", List.of("巨轮街道", "三桥街道", "鼓楼街道", "杏花岭街道", "坝陵桥街道", "大东关街道", "职工新村街道", "敦化坊街道"),
			"尖草坪区", List.of("尖草坪街道", "光社街道", "上兰街道", "南寨街道", "汇丰街道", "柴村街道", "向阳镇", "阳曲镇"),
			"万柏林区", List.of("千峰街道", "下元街道", "和平街道", "兴华街道", "万柏林街道", "西铭街道", "小井峪街道", "化客头街道"),
			"晋源区", List.of("义井街道", "晋祠镇", "金胜镇", "姚村镇", "罗城街道", "晋源街道", "古城营街道", "晋阳街道"),
			"古交市", List.of("东曲街道", "西曲街道", "桃园街道", "屯兰街道", "河口镇", "镇城底镇", "马兰镇", "阁上乡"),
			"清徐县", List.of("清源镇", "徐沟镇", "东于镇", "孟封镇", "西谷乡", "王答乡", "集义乡", "柳杜乡"),
			"阳曲县", List.of("黄寨镇", "大盂镇", "东黄水镇", "泥屯镇", "高村乡", "侯村乡", "凌井店乡", "西凌井乡"),
			"娄烦县", List.of("娄烦镇", "静游镇", "杜家庄乡", "天池店乡", "米峪镇乡", "马家庄乡", "盖家庄乡", "庙湾乡"));

	private static final List<String> COMMUNITIES = List.of("和平", "新华", "幸福", "建设", "育才", "兴隆", "长风", "滨河",
			"南苑", "北苑", "东城", "西山", "锦绣", "康乐", "汾东", "晋阳", "龙湖", "怡园", "阳光", "学府");

	/** A matter: the subject with {c} for a community, its category, the on-spot answer, the body's answer. */
	record Matter(String subject, String category, String onSpot, String answer, String body) {
	}

	static final List<Matter> MATTERS = List.of(
			new Matter("{c}小区门前道路坑洼积水，雨天出行困难", "城市建设", "已联系街道城管科现场查看，承诺一周内修补", "区住建局已完成路面修补并疏通雨水口", "区住房和城乡建设局"),
			new Matter("{c}小区冬季供暖温度不达标，室温不足十六度", "供暖供气", "代表当场联系供热公司派员入户测温", "供热公司已更换老化管网，室温达到二十度", "市供热管理中心"),
			new Matter("{c}小区物业服务差，垃圾清运不及时", "物业管理", "代表约谈物业负责人，当场明确清运时间", "街道督促物业整改，垃圾日产日清", "街道办事处"),
			new Matter("{c}小区业主委员会换届迟迟未启动", "物业管理", "向居民解释业委会换届程序", "街道已指导成立换届小组，选举完成", "街道办事处"),
			new Matter("希望在{c}社区附近增设公办幼儿园学位", "教育", "代表介绍今年学位扩容计划", "区教育局新增幼儿园学位二百个", "区教育局"),
			new Matter("{c}学校周边上下学时段交通拥堵", "交通出行", "联系交警中队安排高峰时段疏导", "交警部门增设护学岗并施划停车泊位", "市公安局交通警察支队"),
			new Matter("{c}社区老年人助餐点不足，吃饭难", "养老服务", "介绍现有助餐点位置和补贴政策", "民政部门新设社区老年餐桌两处", "区民政局"),
			new Matter("{c}小区无电梯，老人上下楼不便，希望加装电梯", "养老服务", "讲解既有住宅加装电梯补贴办法", "住建部门指导业主协商，两个单元已开工加装", "区住房和城乡建设局"),
			new Matter("{c}小区停车位紧张，车辆乱停占用消防通道", "交通出行", "协调物业划定临时停车区域", "街道协调周边单位错时共享停车位一百个", "街道办事处"),
			new Matter("{c}片区雨污管网老化，下雨时污水外溢", "城市建设", "联系排水公司现场疏通", "排水公司完成管网改造三百米", "市城乡管理局"),
			new Matter("{c}路段路灯损坏多处，夜间出行不安全", "城市建设", "当场记录损坏位置并报送路灯所", "路灯管理所已修复路灯十八盏", "市城乡管理局"),
			new Matter("希望在{c}社区增设公交站点或调整线路", "交通出行", "向群众说明公交线网优化征求意见安排", "公交公司已调整线路增设站点", "市交通运输局"),
			new Matter("{c}村灌溉水渠年久失修，影响春耕", "农业农村", "联系乡农业服务中心查看", "水利部门完成渠道维修一点二公里", "县水利局"),
			new Matter("{c}社区卫生服务站药品不全，慢病取药难", "医疗卫生", "介绍医保慢病长处方政策", "卫健部门为服务站增配常用慢病药品", "区卫生健康局"),
			new Matter("灵活就业人员医保缴费渠道不清楚", "社会保障", "代表现场讲解缴费渠道和时间", "医保中心在社区开展集中宣传", "区医疗保障局"),
			new Matter("{c}小区周边餐饮油烟扰民", "生态环境", "联系综合执法队现场查看", "执法部门督促商户安装油烟净化设施", "区生态环境局"),
			new Matter("{c}路段渣土车夜间噪音大、遗撒严重", "生态环境", "记录车辆时段并报送执法部门", "城管执法部门加强夜间巡查并处罚违规车辆", "市城乡管理局"),
			new Matter("{c}小区老旧改造后绿化恢复不到位", "城市建设", "联系施工单位核实", "施工单位已补植树木并恢复绿地", "区住房和城乡建设局"),
			new Matter("{c}社区缺少儿童活动场地", "城市建设", "介绍口袋公园建设计划", "街道利用闲置地块建成儿童游乐场", "街道办事处"),
			new Matter("农村宅基地确权登记进度慢", "农业农村", "讲解确权登记流程", "县自然资源局已完成该村登记发证", "县规划和自然资源局"),
			new Matter("{c}小区天然气管道改造后入户检测未完成", "供暖供气", "联系燃气公司预约上门", "燃气公司完成入户安检", "市燃气管理中心"),
			new Matter("希望为{c}社区残疾人提供就业培训", "社会保障", "介绍残联培训项目报名方式", "残联开设电商技能培训班", "区残疾人联合会"),
			new Matter("{c}菜市场搬迁后买菜不方便", "城市建设", "向群众说明新市场位置和便民车", "商务部门增设便民早市一处", "区商务局"),
			new Matter("{c}学校课后服务收费和内容不清楚", "教育", "代表解答课后服务政策", "教育局要求学校公示服务内容和收费", "区教育局"));

	/** Matters not for the station, with the reason the constituent is shown the right way. */
	static final List<String[]> REDIRECTS = List.of(
			new String[] { "对法院民事判决不服，要求代表改判", "法律事务", "属于司法程序事项，已告知依法申请再审并提供法律援助联系方式" },
			new String[] { "与邻居宅基地纠纷，要求代表裁决", "法律事务", "属于民事纠纷，已引导至司法所人民调解" },
			new String[] { "劳动合同纠纷要求代表出面追讨工资", "社会保障", "已引导向劳动保障监察大队投诉并申请劳动仲裁" },
			new String[] { "信访事项正在办理中，要求加快", "其他", "已告知按信访程序向信访部门查询办理进度" });

	/** Opinions on laws and regulations, sent to the legislative affairs commission. */
	static final List<String[]> LEGISLATIVE = List.of(
			new String[] { "对《太原市物业管理条例》修订的意见：明确业委会履职保障", "物业管理" },
			new String[] { "对《太原市养老服务条例（草案）》的意见：增加社区嵌入式养老", "养老服务" },
			new String[] { "对《太原市文明行为促进条例》的意见：规范电动车停放", "交通出行" },
			new String[] { "对《太原市汾河流域生态保护条例》的意见：加强支流治理", "生态环境" });

	static String community(Random random) {
		return COMMUNITIES.get(random.nextInt(COMMUNITIES.size()));
	}

	static String phone(Random random) {
		return "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
	}
}
