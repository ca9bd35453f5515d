package org.lvzhi.legislation.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Who made a text and when, read from the notes of its header as the corpus writes them. */
class EnactmentTests {

	@Test
	void aNationalLawIsMadeByTheCongressThatFirstAdoptedItAndDatedByThatAdoption() {
		Enactment e = Enactment.read("中华人民共和国立法法", """
				2000年3月15日 第九届全国人民代表大会第三次会议通过
				2015年3月15日 第十二届全国人民代表大会第三次会议《关于修改〈中华人民共和国立法法〉的决定》第一次修正
				2023年3月13日 第十四届全国人民代表大会第一次会议《关于修改〈中华人民共和国立法法〉的决定》第二次修正）""");
		assertThat(e.first().date()).isEqualTo(LocalDate.of(2000, 3, 15));
		assertThat(e.first().act()).isEqualTo(Enactment.Act.ADOPTION);
		assertThat(e.maker()).isEqualTo("全国人民代表大会");
		assertThat(e.actOn(LocalDate.of(2023, 3, 13))).isEqualTo(Enactment.Act.AMENDMENT);
	}

	@Test
	void aLawAmendedByTheStandingCommitteeHasItAsTheMakerOfTheLaterVersion() {
		Enactment e = Enactment.read("中华人民共和国城乡规划法", """
				2007年10月28日 第十届全国人民代表大会常务委员会第三十次会议通过
				2019年4月23日 第十三届全国人民代表大会常务委员会第十次会议《关于修改〈中华人民共和国建筑法〉等八部法律的决定》第二次修正""");
		assertThat(e.maker()).isEqualTo("全国人民代表大会常务委员会");
		assertThat(e.makerOn(LocalDate.of(2019, 4, 23))).isEqualTo("全国人民代表大会常务委员会");
	}

	@Test
	void aCitysRegulationIsTheCitysEvenWhenTheProvinceApprovedIt() {
		Enactment e = Enactment.read("济宁市城镇容貌和环境卫生管理条例", """
				2016年10月27日 济宁市第十六届人民代表大会常务委员会第四十五次会议通过
				2016年11月26日 山东省第十二届人民代表大会常务委员会第二十四次会议批准
				2021年8月28日 经济宁市第十七届人民代表大会常务委员会第四十七次会议通过并经2021年9月30日山东省第十三届人民代表大会常务委员会第三十次会议批准的《济宁市人民代表大会常务委员会关于修改〈济宁市城镇容貌和环境卫生管理条例〉的决定》修正""");
		assertThat(e.maker()).isEqualTo("济宁市人民代表大会常务委员会");
		assertThat(e.makerOn(LocalDate.of(2021, 9, 30))).isEqualTo("济宁市人民代表大会常务委员会");
		assertThat(e.actOn(LocalDate.of(2016, 11, 26))).isEqualTo(Enactment.Act.APPROVAL);
	}

	@Test
	void aNoteThatSaysOnlyTheCityTakesItsNameFromTheHeaderOrTheTitle() {
		Enactment ningbo = Enactment.read("宁波杭州湾新区条例", """
				2014年12月26日 市十四届人大常委会第二十次会议通过
				2015年3月27日 省十二届人大常委会第十八次会议批准
				2015年4月13日 宁波市人民代表大会常务委员会公告第12号公布""");
		assertThat(ningbo.maker()).isEqualTo("宁波市人民代表大会常务委员会");
		assertThat(ningbo.first().date()).isEqualTo(LocalDate.of(2014, 12, 26));
		Enactment hangzhou = Enactment.read("杭州市城市绿化管理条例", "2014年10月28日 市十二届人大常委会第二十二次会议通过");
		assertThat(hangzhou.maker()).isEqualTo("杭州市人民代表大会常务委员会");
	}

	@Test
	void anAdministrativeRegulationIsTheStateCouncilsAndFullWidthDigitsAreDates() {
		Enactment e = Enactment.read("保安服务管理条例", "２００９年９月２８日 国务院第82次常务会议通过\n2009年10月13日 中华人民共和国国务院令第564号公布");
		assertThat(e.maker()).isEqualTo("国务院");
		assertThat(e.first().date()).isEqualTo(LocalDate.of(2009, 9, 28));
	}

	@Test
	void aHeaderInParenthesesOnOneLineAndNoHeaderAtAll() {
		Enactment e = Enactment.read("太原市测试元数据条例", "（2021年4月6日太原市第十五届人民代表大会常务委员会第三十五次会议通过）");
		assertThat(e.maker()).isEqualTo("太原市人民代表大会常务委员会");
		Enactment none = Enactment.read("上海市终身教育促进条例", "");
		assertThat(none.first()).isNull();
		assertThat(none.maker()).isNull();
	}

	@Test
	void aPlainTextsNotesAreTheBracketedLinesUnderItsTitle() {
		LawText text = new LawTextParser().parse("""
				太原市测试元数据条例
				（2021年4月6日太原市第十五届人民代表大会常务委员会第三十五次会议通过）
				第一条　为了测试，制定本条例。
				""");
		assertThat(text.notes()).isEqualTo("（2021年4月6日太原市第十五届人民代表大会常务委员会第三十五次会议通过）");
		assertThat(Enactment.read(text.title(), text.notes()).first().act()).isEqualTo(Enactment.Act.ADOPTION);
	}

	@Test
	void theTitlesPlace() {
		assertThat(Enactment.titlePlace("太原市城市绿化条例")).isEqualTo("太原市");
		assertThat(Enactment.titlePlace("城市绿化条例")).isNull();
		assertThat(Enactment.titlePlace("中华人民共和国立法法")).isNull();
	}
}
