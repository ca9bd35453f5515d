package org.lvzhi.legislation.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportTests {

	static final String SAMPLE = """
			太原市城市绿化条例
			第一章　总　　则
			第一条　为了加强城市绿化建设，制定本条例。
			第二条　本条例适用于本市城市规划区。
			第二章　管　　理
			第一节　规　　划
			第三条　城市绿化规划应当包括下列内容：
			（一）绿地系统；
			（二）树种规划；
			（三）古树名木保护。
			前款规划由市人民政府批准。
			第二节　保　　护
			第四条　任何单位和个人不得擅自砍伐城市树木。
			第三章　附　　则
			第五条　本条例自公布之日起施行。
			""";

	static final String REWORDED = """
			太原市城市绿化条例（修改稿）
			第一章　总　　则
			第一条　城市绿化坚持政府主导、社会参与的原则。
			第二条　为了加强城市绿化建设，改善生态环境，制定本条例。
			第三条　本条例适用于本市城市规划区。
			第二章　管　　理
			第一节　规　　划
			第四条　城市绿化规划应当包括下列内容：
			（一）绿地系统；
			（二）树种规划；
			（三）古树名木保护。
			前款规划由市人民政府批准。
			第二节　保　　护
			第五条　任何单位和个人不得擅自砍伐、移植城市树木。
			第三章　附　　则
			第六条　本条例自公布之日起施行。
			""";

	private final LawTextParser parser = new LawTextParser();

	@Test
	void theWordDocumentHasTheCustomaryLayoutAndTheArticlesInOrder() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		RegulationDocx.write(out, "太原市城市绿化条例", parser.parse(SAMPLE));
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
			List<XWPFParagraph> ps = doc.getParagraphs();
			assertThat(ps.getFirst().getText()).isEqualTo("太原市城市绿化条例");
			assertThat(ps.getFirst().getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			XWPFParagraph chapter = ps.stream().filter(p -> p.getText().startsWith("第二章")).findFirst().orElseThrow();
			assertThat(chapter.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			List<XWPFParagraph> articles = ps.stream().filter(p -> p.getText().matches("第[一二三四五]条.*")).toList();
			assertThat(articles).extracting(p -> p.getText().substring(0, 3))
				.containsExactly("第一条", "第二条", "第三条", "第四条", "第五条");
			assertThat(articles).allSatisfy(p -> {
				assertThat(p.getRuns().getFirst().isBold()).isTrue();
				assertThat(p.getRuns().getLast().isBold()).isFalse();
			});
			int third = ps.indexOf(articles.get(2));
			assertThat(ps.subList(third + 1, third + 5)).extracting(XWPFParagraph::getText)
				.containsExactly("（一）绿地系统；", "（二）树种规划；", "（三）古树名木保护。", "前款规划由市人民政府批准。");
		}
	}

	@Test
	void theAkomaNtosoXmlIsWellFormedWithTheExpectedStructure() throws Exception {
		LawText text = parser.parse(SAMPLE);
		Document xml = xml(text, AkomaNtoso.articleIds(List.of(text)));
		Element root = xml.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("akomaNtoso");
		assertThat(root.getNamespaceURI()).isEqualTo(AkomaNtoso.NS);
		assertThat(count(xml, "act")).isEqualTo(1);
		assertThat(count(xml, "body")).isEqualTo(1);
		assertThat(count(xml, "chapter")).isEqualTo(3);
		assertThat(count(xml, "section")).isEqualTo(2);
		assertThat(count(xml, "article")).isEqualTo(5);
		assertThat(count(xml, "paragraph")).isEqualTo(6);
		assertThat(count(xml, "point")).isEqualTo(3);
		assertThat(eIds(xml, "article")).containsExactly("art_1", "art_2", "art_3", "art_4", "art_5");
		assertThat(eIds(xml, "section")).containsExactly("chp_2__sec_1", "chp_2__sec_2");
		assertThat(eIds(xml, "point")).containsExactly("art_3__para_1__point_1", "art_3__para_1__point_2",
				"art_3__para_1__point_3");
		String third = (String) XPathFactory.newInstance().newXPath()
			.evaluate("//*[local-name()='article'][@eId='art_3']/*[local-name()='num']", xml, XPathConstants.STRING);
		assertThat(third).isEqualTo("第三条");
	}

	@Test
	void anArticleKeepsItsEIdAcrossReadingsWhenItWasRewordedOrRenumbered() throws Exception {
		LawText first = parser.parse(SAMPLE);
		LawText second = parser.parse(REWORDED);
		List<String> ids = AkomaNtoso.articleIds(List.of(first, second));
		// 第一条 is new; the old 第一条 (reworded) is now 第二条; 第五条 is the old 第四条, reworded.
		assertThat(ids).containsExactly("art_1_r2", "art_1", "art_2", "art_3", "art_4", "art_5");
		Document xml = xml(second, ids);
		assertThat(eIds(xml, "article")).containsExactlyElementsOf(ids);
		assertThat(eIds(xml, "paragraph")).contains("art_4__para_1");
	}

	@Test
	void unnumberedHeadingsAreNamedContainersAndARepeatedChapterNumberStaysUnique() throws Exception {
		LawText text = parser.parse("""
				# 太原市人民代表大会常务委员会关于测试的决定

				<!-- INFO END -->

				为了测试，作如下决定：

				## 一、加强审查

				（一）加强财政政策审查监督。

				## 二、加强监督

				市人大常委会可以听取报告。

				## 第一章 总则

				## 第二章 附　则

				## 第一章 总则

				第一条 为了测试，制定本规定。

				## 第二章 附　则

				第二条 本规定自公布之日起施行。

				## 附则

				本决定自公布之日起施行。

				附件一　测试表
				""");
		Document xml = xml(text, AkomaNtoso.articleIds(List.of(text)));
		NodeList containers = xml.getElementsByTagNameNS(AkomaNtoso.NS, "hcontainer");
		List<String> named = java.util.stream.IntStream.range(0, containers.getLength())
			.mapToObj(i -> (Element) containers.item(i))
			.filter(e -> !e.getAttribute("name").equals("text"))
			.map(e -> e.getAttribute("eId") + " " + e.getAttribute("name"))
			.toList();
		assertThat(named).containsExactly("hcont_1 division", "hcont_2 division", "hcont_3 supplementaryProvisions",
				"hcont_4 annex");
		String first = (String) XPathFactory.newInstance().newXPath()
			.evaluate("//*[local-name()='hcontainer'][@eId='hcont_1']/*[local-name()='num']", xml, XPathConstants.STRING);
		assertThat(first).isEqualTo("一、");
		// The contents' chapter headings come first and hold nothing: the chapters themselves keep the plain eIds.
		assertThat(eIds(xml, "chapter")).containsExactly("chp_1_2", "chp_2_2", "chp_1", "chp_2");
	}

	@Test
	void headingNames() {
		assertThat(AkomaNtoso.headingName("序　　言", false)).isEqualTo("preamble");
		assertThat(AkomaNtoso.headingName("附　则", false)).isEqualTo("supplementaryProvisions");
		assertThat(AkomaNtoso.headingName("附件二：表格", false)).isEqualTo("annex");
		assertThat(AkomaNtoso.headingName("附表", false)).isEqualTo("schedule");
		assertThat(AkomaNtoso.headingName("目录", false)).isEqualTo("heading");
		assertThat(AkomaNtoso.headingName("一、总体要求", true)).isEqualTo("division");
	}

	private static Document xml(LawText text, List<String> ids) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AkomaNtoso.write(out, "太原市城市绿化条例", text, ids, new AkomaNtoso.Frbr("act", "cn", "law1",
				java.time.LocalDate.of(2023, 1, 1), "2023-01-01", java.time.LocalDate.of(2023, 1, 1),
				java.time.LocalDate.of(2026, 11, 26), "太原市人民代表大会常务委员会"));
		assertThat(AknSchema.errors(out.toByteArray())).as("Akoma Ntoso 3.0 schema").isEmpty();
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		return f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
	}

	private static int count(Document xml, String name) {
		return xml.getElementsByTagNameNS(AkomaNtoso.NS, name).getLength();
	}

	private static List<String> eIds(Document xml, String name) {
		NodeList nodes = xml.getElementsByTagNameNS(AkomaNtoso.NS, name);
		return java.util.stream.IntStream.range(0, nodes.getLength())
			.mapToObj(i -> ((Element) nodes.item(i)).getAttribute("eId")).toList();
	}
}
