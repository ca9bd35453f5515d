package org.lvzhi.legislation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.legislation.library.LawStore;
import org.lvzhi.legislation.text.AknSchema;
import org.lvzhi.legislation.text.AkomaNtoso;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Akoma Ntoso files as downloaded: well-formed, with the FRBR identification AKN 3.0 requires,
 * and eIds unique within a file and stable from reading to reading and download to download.
 */
@IntegrationTest
class AkomaNtosoExportTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	CreateProject createProject;
	@Autowired
	AddDraftVersion addDraftVersion;
	@Autowired
	ImportLaws importLaws;
	@Autowired
	LawStore laws;

	static final XPath XPATH = XPathFactory.newInstance().newXPath();

	Document download(String path) throws Exception {
		byte[] bytes = mvc.perform(get(path).with(user("s").roles("STAFF"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		assertThat(AknSchema.errors(bytes)).as(path + " against the Akoma Ntoso 3.0 schema").isEmpty();
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
	}

	static String at(Document xml, String path) throws Exception {
		return (String) XPATH.evaluate(path.replaceAll("/(\\w+)", "/*[local-name()='$1']").replaceAll("@\\*\\[local-name\\(\\)='(\\w+)'\\]", "@$1"),
				xml, XPathConstants.STRING);
	}

	static List<String> allEIds(Document xml) {
		NodeList all = xml.getElementsByTagNameNS(AkomaNtoso.NS, "*");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < all.getLength(); i++) {
			String eId = ((Element) all.item(i)).getAttribute("eId");
			if (!eId.isEmpty()) {
				ids.add(eId);
			}
		}
		return ids;
	}

	/** Article eId → its number as shown. */
	static Map<String, String> articles(Document xml) {
		NodeList nodes = xml.getElementsByTagNameNS(AkomaNtoso.NS, "article");
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			Element a = (Element) nodes.item(i);
			map.put(a.getAttribute("eId"), a.getElementsByTagNameNS(AkomaNtoso.NS, "num").item(0).getTextContent());
		}
		return map;
	}

	static void assertFrbr(Document xml, String docType) throws Exception {
		Element root = xml.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(AkomaNtoso.NS);
		Element doc = (Element) root.getElementsByTagNameNS(AkomaNtoso.NS, docType).item(0);
		assertThat(doc).isNotNull();
		// meta comes first, as the schema orders it.
		Element first = (Element) doc.getElementsByTagNameNS(AkomaNtoso.NS, "meta").item(0);
		assertThat(first.getParentNode()).isEqualTo(doc);
		for (String level : List.of("FRBRWork", "FRBRExpression", "FRBRManifestation")) {
			String base = "/akomaNtoso/" + docType + "/meta/identification/" + level;
			assertThat(at(xml, base + "/FRBRthis/@value")).as(level).startsWith("/akn/cn/" + docType + "/").endsWith("/!main"
					+ (level.equals("FRBRManifestation") ? ".xml" : ""));
			assertThat(at(xml, base + "/FRBRuri/@value")).as(level).startsWith("/akn/cn/" + docType + "/");
			assertThat(at(xml, base + "/FRBRdate/@date")).as(level).matches("\\d{4}-\\d{2}-\\d{2}");
			assertThat(at(xml, base + "/FRBRdate/@name")).as(level).isNotBlank();
			assertThat(at(xml, base + "/FRBRauthor/@href")).as(level).startsWith("#");
		}
		assertThat(at(xml, "/akomaNtoso/" + docType + "/meta/identification/FRBRWork/FRBRcountry/@value")).isEqualTo("cn");
		assertThat(at(xml, "/akomaNtoso/" + docType + "/meta/identification/FRBRExpression/FRBRlanguage/@language"))
			.isEqualTo("zho");
		String work = at(xml, "/akomaNtoso/" + docType + "/meta/identification/FRBRWork/FRBRuri/@value");
		assertThat(at(xml, "/akomaNtoso/" + docType + "/meta/identification/FRBRExpression/FRBRuri/@value"))
			.startsWith(work + "/zho@");
		// Every author reference names an organization of the references block.
		Set<String> organizations = new HashSet<>();
		NodeList orgs = xml.getElementsByTagNameNS(AkomaNtoso.NS, "TLCOrganization");
		for (int i = 0; i < orgs.getLength(); i++) {
			Element o = (Element) orgs.item(i);
			assertThat(o.getAttribute("href")).startsWith("/ontology/organization/");
			assertThat(o.getAttribute("showAs")).isNotBlank();
			organizations.add("#" + o.getAttribute("eId"));
		}
		NodeList authors = xml.getElementsByTagNameNS(AkomaNtoso.NS, "FRBRauthor");
		assertThat(authors.getLength()).isEqualTo(3);
		for (int i = 0; i < authors.getLength(); i++) {
			assertThat(organizations).contains(((Element) authors.item(i)).getAttribute("href"));
		}
		List<String> eIds = allEIds(xml);
		assertThat(eIds).isNotEmpty().doesNotHaveDuplicates();
	}

	@Test
	void eachReadingIsAnExpressionOfTheProjectsWorkAndKeepsItsArticlesEIds() throws Exception {
		ProjectId project = createProject.create("太原市城市绿化条例（AKN元数据）", null);
		DraftId first = addDraftVersion.add(project, 1, LegislationFixture.FIRST, null, null);
		DraftId second = addDraftVersion.add(project, 2, LegislationFixture.SECOND, null, null);
		Document one = download("/legislation/drafts/" + first + ".xml");
		Document two = download("/legislation/drafts/" + second + ".xml");
		assertFrbr(one, "bill");
		assertFrbr(two, "bill");
		String work = "/akomaNtoso/bill/meta/identification/FRBRWork/FRBRuri/@value";
		String expression = "/akomaNtoso/bill/meta/identification/FRBRExpression/FRBRuri/@value";
		assertThat(at(one, work)).isEqualTo(at(two, work)).endsWith("/p" + project);
		assertThat(at(one, expression)).endsWith("/zho@reading-1");
		assertThat(at(two, expression)).endsWith("/zho@reading-2");
		assertThat(at(two, "/akomaNtoso/bill/meta/references/TLCOrganization/@showAs"))
			.isEqualTo("太原市人民代表大会常务委员会");

		// Stable across versions: an article the comparison follows keeps its eId, whatever its number now.
		Map<String, String> before = articles(one);
		Map<String, String> after = articles(two);
		assertThat(before).containsEntry("art_3", "第三条").containsEntry("art_5", "第五条");
		assertThat(after).containsEntry("art_3", "第六条").containsEntry("art_5", "第五条").containsEntry("art_1", "第二条")
			.containsEntry("art_1_r2", "第一条");
		// And across downloads: the same reading gives the same eIds every time.
		assertThat(allEIds(download("/legislation/drafts/" + second + ".xml"))).isEqualTo(allEIds(two));
	}

	@Test
	void aLawOfTheLibraryIsAnActWithItsIssueDate() throws Exception {
		String text = """
				太原市测试元数据条例
				（2021年4月6日太原市第十五届人民代表大会常务委员会第三十五次会议通过）
				第一条　为了测试，制定本条例。
				第二条　本条例自公布之日起施行。
				""";
		LawId id = importLaws.importUpload("太原市测试元数据条例(2021-04-06).md", text, null, "地方性法规", "山西");
		Document xml = download("/public/laws/" + id + ".xml");
		assertFrbr(xml, "act");
		assertThat(at(xml, "/akomaNtoso/act/meta/identification/FRBRWork/FRBRuri/@value"))
			.isEqualTo("/akn/cn/act/2021-04-06/law" + id);
		assertThat(at(xml, "/akomaNtoso/act/meta/identification/FRBRWork/FRBRdate/@date")).isEqualTo("2021-04-06");
		assertThat(articles(xml)).containsExactly(Map.entry("art_1", "第一条"), Map.entry("art_2", "第二条"));
		// The header names the committee itself: its configured name, as on the drafts.
		assertThat(at(xml, "/akomaNtoso/act/meta/references/TLCOrganization/@showAs")).isEqualTo("太原市人民代表大会常务委员会");
		assertThat(at(xml, "/akomaNtoso/act/meta/identification/FRBRWork/FRBRdate/@name")).isEqualTo("adoption");
	}

	@Test
	void everyLawOfTheDemoLibraryIsValidAndTheTwoLegislationLawsAreExpressionsOfOneWork() throws Exception {
		Map<String, Document> bundled = new LinkedHashMap<>();
		for (Long id : laws.ids()) {
			laws.find(new LawId(id)).filter(law -> law.source().startsWith("bundled:")).ifPresent(law -> {
				try {
					bundled.put(law.source(), download("/public/laws/" + id + ".xml"));
				}
				catch (Exception e) {
					throw new IllegalStateException(law.source(), e);
				}
			});
		}
		assertThat(bundled).hasSizeGreaterThanOrEqualTo(22);
		for (Document xml : bundled.values()) {
			assertFrbr(xml, "act");
		}
		Document old = bundled.get("bundled:宪法相关法/立法法(2015-03-15).md");
		Document current = bundled.get("bundled:宪法相关法/立法法(2023-03-13).md");
		String work = "/akomaNtoso/act/meta/identification/FRBRWork/";
		String expression = "/akomaNtoso/act/meta/identification/FRBRExpression/";
		assertThat(at(old, work + "FRBRthis/@value")).isEqualTo(at(current, work + "FRBRthis/@value"));
		assertThat(at(old, work + "FRBRuri/@value")).isEqualTo(at(current, work + "FRBRuri/@value"))
			.startsWith("/akn/cn/act/2000-03-15/law");
		assertThat(at(old, work + "FRBRdate/@date")).isEqualTo("2000-03-15");
		assertThat(at(old, expression + "FRBRuri/@value")).endsWith("/zho@2015-03-15");
		assertThat(at(current, expression + "FRBRuri/@value")).endsWith("/zho@2023-03-13");
		assertThat(at(current, expression + "FRBRdate/@date")).isEqualTo("2023-03-13");
		assertThat(at(current, expression + "FRBRdate/@name")).isEqualTo("amendment");
		assertThat(at(current, "/akomaNtoso/act/meta/references/TLCOrganization/@showAs")).isEqualTo("全国人民代表大会");
		// An administrative regulation is the State Council's; a city's regulation the city's standing committee's.
		assertThat(at(bundled.get("bundled:行政法规/城市绿化条例(2017-03-01).md"),
				"/akomaNtoso/act/meta/references/TLCOrganization/@showAs")).isEqualTo("国务院");
		assertThat(at(bundled.get("bundled:DLC/浙江地方法规/地方性法规/浙江/温州市城市绿化条例(2017-12-06).md"),
				"/akomaNtoso/act/meta/references/TLCOrganization/@showAs")).isEqualTo("温州市人民代表大会常务委员会");
		// The Beijing decision's parts 一、… are named containers with their numbers.
		Document decision = bundled.get(
				"bundled:DLC/北京地方法规/地方性法规/北京/北京市人民代表大会常务委员会关于加强市级预算审查监督的决定(2021-12-24).md");
		NodeList containers = decision.getElementsByTagNameNS(AkomaNtoso.NS, "hcontainer");
		List<String> names = new ArrayList<>();
		for (int i = 0; i < containers.getLength(); i++) {
			names.add(((Element) containers.item(i)).getAttribute("name"));
		}
		assertThat(names).filteredOn("division"::equals).hasSize(13);
	}
}
