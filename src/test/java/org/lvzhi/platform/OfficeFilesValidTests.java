package org.lvzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.openxmlformats.schemas.drawingml.x2006.main.ThemeDocument;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.SstDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every kind of .docx and .xlsx the application writes, downloaded as its users do (on records of
 * the demo world, read only), validated part by part against the complete OOXML schemas
 * (poi-ooxml-full): the document, its styles, settings, headers and footers, the workbook, its
 * sheets, styles and shared strings. Each Word file's runs must be tagged as Chinese with an East
 * Asian font; each workbook's date columns must hold dates. With {@code lvzhi.documents.out} set
 * (bin/check-documents) the files are written into {@code office/} there, for LibreOffice to convert.
 */
@IntegrationTest
class OfficeFilesValidTests {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	private static final String PREFIX = "application/vnd.openxmlformats-officedocument.";

	/** The parts validated, by content type. */
	private static final Map<String, SchemaType> PARTS = Map.ofEntries(
			Map.entry(PREFIX + "wordprocessingml.document.main+xml", DocumentDocument.type),
			Map.entry(PREFIX + "wordprocessingml.styles+xml", StylesDocument.type),
			Map.entry(PREFIX + "wordprocessingml.settings+xml", SettingsDocument.type),
			Map.entry(PREFIX + "wordprocessingml.footer+xml", FtrDocument.type),
			Map.entry(PREFIX + "wordprocessingml.header+xml", HdrDocument.type),
			Map.entry(PREFIX + "wordprocessingml.numbering+xml", NumberingDocument.type),
			Map.entry(PREFIX + "wordprocessingml.fontTable+xml", FontsDocument.type),
			Map.entry(PREFIX + "spreadsheetml.sheet.main+xml", WorkbookDocument.type),
			Map.entry(PREFIX + "spreadsheetml.worksheet+xml", WorksheetDocument.type),
			Map.entry(PREFIX + "spreadsheetml.styles+xml", StyleSheetDocument.type),
			Map.entry(PREFIX + "spreadsheetml.sharedStrings+xml", SstDocument.type),
			Map.entry(PREFIX + "extended-properties+xml", PropertiesDocument.type),
			Map.entry(PREFIX + "theme+xml", ThemeDocument.type));

	static {
		// a large sheet (the audit log) has more than 100,000 characters written as entities (&quot; …)
		System.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
		System.setProperty("jdk.xml.totalEntitySizeLimit", "0");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	record Download(String kind, String url, String account) {
	}

	@Test
	void everyWordFileAndWorkbookIsValidAgainstTheSchemas() throws Exception {
		List<Download> downloads = downloads();
		Map<String, List<String>> failures = new TreeMap<>();
		int docx = 0;
		int xlsx = 0;
		String out = System.getProperty("lvzhi.documents.out");
		Path folder = out == null || out.isBlank() ? null : Files.createDirectories(Path.of(out, "office"));
		for (Download d : downloads) {
			MvcResult result;
			try {
				result = mvc.perform(get(d.url()).with(user(users.loadUserByUsername(d.account())))).andReturn();
			}
			catch (Exception e) {
				failures.put(d.kind(), List.of(d.url() + " failed: " + e));
				continue;
			}
			int status = result.getResponse().getStatus();
			if (status != 200) {
				failures.put(d.kind(), List.of(d.url() + " answered " + status));
				continue;
			}
			byte[] bytes = result.getResponse().getContentAsByteArray();
			boolean word = d.kind().endsWith(".docx");
			List<String> errors = new ArrayList<>();
			try {
				errors.addAll(schemaErrors(bytes));
			}
			catch (Exception e) {
				errors.add("unreadable: " + e);
			}
			if (word) {
				errors.addAll(chineseErrors(bytes));
				docx++;
			}
			else {
				errors.addAll(workbookErrors(bytes));
				xlsx++;
			}
			if (d.kind().equals("inspection-report.docx")) {
				errors.addAll(ongoingInspection(bytes));
			}
			if (!errors.isEmpty()) {
				failures.put(d.kind(), errors.subList(0, Math.min(errors.size(), 8)));
			}
			if (folder != null) {
				Files.write(folder.resolve(d.kind()), bytes);
			}
		}
		System.out.println("Office files checked: " + downloads.size() + " (" + docx + " .docx, " + xlsx + " .xlsx), failures: "
				+ failures.size());
		downloads.forEach(d -> System.out.println("  " + (failures.containsKey(d.kind()) ? "FAIL " : "ok   ") + d.kind()
				+ "  " + d.url()));
		failures.forEach((kind, errors) -> errors.forEach(e -> System.out.println("  " + kind + ": " + e)));
		assertThat(failures).isEmpty();
	}

	@Test
	void theCheckFindsWhatPlainPoiWrites() throws Exception {
		// what the Word files looked like before: a table without a grid, margins without header,
		// footer and gutter, runs with no language
		try (XWPFDocument doc = new XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
			var margins = doc.getDocument().getBody().addNewSectPr().addNewPgMar();
			margins.setTop(java.math.BigInteger.valueOf(1440));
			margins.setBottom(java.math.BigInteger.valueOf(1440));
			margins.setLeft(java.math.BigInteger.valueOf(1440));
			margins.setRight(java.math.BigInteger.valueOf(1440));
			doc.createParagraph().createRun().setText("检查");
			doc.write(out);
			assertThat(schemaErrors(out.toByteArray())).anyMatch(e -> e.contains("header"));
			assertThat(chineseErrors(out.toByteArray())).hasSize(1);
		}
		try (XWPFDocument doc = WordDocuments.document()) {
			WordDocuments.para(doc, "检查");
			WordDocuments.table(doc, List.of("序号", "问题"), List.of(List.of("1", "某街道未建立台账")));
			byte[] bytes = WordDocuments.bytes(doc);
			assertThat(schemaErrors(bytes)).isEmpty();
			assertThat(chineseErrors(bytes)).isEmpty();
		}
	}

	/** One download of every kind, with real ids of the demo world and a user who may have it. */
	List<Download> downloads() {
		long sitting = id("SELECT MIN(id) FROM meetings_sitting");
		long votedItem = id("SELECT MIN(item_id) FROM meetings_vote WHERE state = 'CLOSED'");
		long inspection = id("SELECT MIN(id) FROM oversight_inspection WHERE ended_on IS NULL");
		long report = id("SELECT MIN(id) FROM oversight_report");
		long questionnaire = id("SELECT MIN(id) FROM participation_questionnaire WHERE state <> 'DRAFT'");
		long draft = id("SELECT MIN(id) FROM legislation_draft");
		long law = id("SELECT MIN(id) FROM legislation_law");
		long compareProject = id("SELECT MIN(project_id) FROM legislation_draft GROUP BY project_id HAVING COUNT(*) > 1");
		long from = id("SELECT MIN(id) FROM legislation_draft WHERE project_id = " + compareProject);
		long to = id("SELECT MAX(id) FROM legislation_draft WHERE project_id = " + compareProject);
		long suggestion = id("SELECT MIN(id) FROM suggestions_suggestion WHERE state <> 'DRAFT'");
		long deputy = id("SELECT MIN(person_id) FROM dutyrecords_entry");
		long petition = id("SELECT MIN(id) FROM petitions_petition");
		long evaluation = id("SELECT MIN(id) FROM oversight_evaluation");
		int planYear = (int) id("SELECT MIN(r.plan_year) FROM oversight_plan r");
		List<Download> list = new ArrayList<>(List.of(
				new Download("meeting-notice.docx", "/meetings/" + sitting + "/notice.docx", "bangongting"),
				new Download("meeting-agenda.docx", "/meetings/" + sitting + "/agenda.docx", "bangongting"),
				new Download("vote-result.docx", "/meetings/items/" + votedItem + "/votes/result.docx", "bangongting"),
				new Download("oversight-plan.docx", "/oversight/plan/" + planYear + "/plan.docx", "bangongting"),
				new Download("inspection-report.docx", "/oversight/inspections/" + inspection + "/report.docx", "bangongting"),
				new Download("review-opinions.docx", "/oversight/reports/" + report + "/opinions.docx", "bangongting"),
				new Download("questionnaire-results.docx", "/participation/questionnaires/" + questionnaire + "/results.docx",
						"bangongting"),
				new Download("legislative-plan.docx", "/legislation/plan.docx", "fagongwei"),
				new Download("comparison-table.docx",
						"/legislation/projects/" + compareProject + "/compare.docx?from=" + from + "&to=" + to, "fagongwei"),
				new Download("draft.docx", "/legislation/drafts/" + draft + ".docx", "fagongwei"),
				new Download("adoption-report.docx", "/legislation/drafts/" + draft + "/adoption.docx", "fagongwei"),
				new Download("law.docx", "/public/laws/" + law + ".docx", "gongzhong"),
				new Download("suggestion-dossier.docx", "/suggestions/" + suggestion + "/dossier.docx", "daibiao-gw"),
				new Download("duty-report.docx", "/duty/deputies/" + deputy + "/report.docx", "daibiao-gw"),
				new Download("petition-letter.docx", "/petitions/" + petition + "/letter.docx", "xinfang"),
				new Download("annual-report.docx", "/public/reports/2023/report.docx", "gongzhong"),
				new Download("audit.xlsx", "/admin/audit/export.xlsx", "admin"),
				new Download("roster-template.xlsx", "/directory/import/template.xlsx", "daibiao-gw"),
				new Download("persons.xlsx", "/directory/persons/export.xlsx", "daibiao-gw"),
				new Download("duty.xlsx", "/duty/export.xlsx", "daibiao-gw"),
				new Download("duty-ranking.xlsx", "/duty/ranking/export.xlsx", "daibiao-gw"),
				new Download("draft-comments.xlsx", "/legislation/drafts/" + draft + "/comments.xlsx", "fagongwei"),
				new Download("liaison-opinions.xlsx", "/liaison/opinions/export.xlsx", "daibiao-gw"),
				new Download("liaison-receptions.xlsx", "/liaison/receptions/export.xlsx", "daibiao-gw"),
				new Download("liaison-stations.xlsx", "/liaison/stations/export.xlsx", "daibiao-gw"),
				new Download("attendance.xlsx", "/meetings/" + sitting + "/attendance.xlsx", "bangongting"),
				new Download("evaluation-codes.xlsx", "/oversight/evaluations/" + evaluation + "/codes.xlsx", "bangongting"),
				new Download("evaluation-results.xlsx", "/oversight/evaluations/" + evaluation + "/results.xlsx", "bangongting"),
				new Download("inspection-problems.xlsx", "/oversight/inspections/problems/export.xlsx", "bangongting"),
				new Download("oversight-reports.xlsx", "/oversight/reports/export.xlsx", "bangongting"),
				new Download("oversight-topics.xlsx", "/oversight/topics/export.xlsx", "bangongting"),
				new Download("questionnaire-answers.xlsx", "/participation/questionnaires/" + questionnaire + "/answers.xlsx",
						"bangongting"),
				new Download("questionnaire-codes.xlsx", "/participation/questionnaires/" + questionnaire + "/codes.xlsx",
						"bangongting"),
				new Download("petitions.xlsx", "/petitions/export.xlsx", "xinfang"),
				new Download("suggestions.xlsx", "/suggestions/export.xlsx", "daibiao-gw"),
				new Download("suggestion-template.xlsx", "/suggestions/import/template.xlsx", "daibiao-gw"),
				new Download("suggestions-mine.xlsx", "/suggestions/mine/export.xlsx", "daibiao"),
				new Download("suggestions-unit.xlsx", "/suggestions/workbench/export.xlsx", "zhujianju"),
				new Download("suggestion-statistics.xlsx", "/suggestions/statistics?format=xlsx", "daibiao-gw")));
		return list;
	}

	private long id(String sql) {
		return jdbc.sql(sql).query((rs, n) -> rs.getLong(1)).list().stream().findFirst().orElse(0L);
	}

	/** The errors of every known part against its schema type, by part name. */
	static List<String> schemaErrors(byte[] bytes) throws Exception {
		List<String> errors = new ArrayList<>();
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
			int validated = 0;
			for (PackagePart part : pkg.getParts()) {
				SchemaType type = PARTS.get(part.getContentType());
				if (type == null) {
					continue;
				}
				validated++;
				XmlObject xml;
				try (InputStream in = part.getInputStream()) {
					xml = XmlBeans.getContextTypeLoader().parse(in, type, new XmlOptions().setLoadLineNumbers());
				}
				List<XmlError> found = new ArrayList<>();
				xml.validate(new XmlOptions().setErrorListener(found));
				for (XmlError e : found) {
					errors.add(part.getPartName().getName() + ":" + e.getLine() + " " + e.getMessage());
				}
			}
			if (validated == 0) {
				errors.add("no part validated");
			}
		}
		return errors;
	}

	/** The report of an inspection under way says so, dates in Chinese style, the committee in a sentence of its own. */
	static List<String> ongoingInspection(byte[] bytes) throws Exception {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			String intro = doc.getParagraphs().get(1).getText();
			if (!intro.matches(".*检查自\\d{4}年\\d{1,2}月\\d{1,2}日开始，目前仍在进行。(.+承担具体组织工作。)?")) {
				return List.of("the introduction of an inspection under way reads: " + intro);
			}
			// the list of problems: the description takes the most room, the number the least
			List<Long> widths = doc.getTables().getLast().getCTTbl().getTblGrid().getGridColList().stream()
				.map(g -> ((java.math.BigInteger) g.getW()).longValue()).toList();
			if (!widths.get(2).equals(java.util.Collections.max(widths)) || !widths.get(0).equals(java.util.Collections.min(widths))) {
				return List.of("the columns of the list of problems do not follow their texts: " + widths);
			}
			return List.of();
		}
	}

	/** Every run with text in the body is tagged zh-CN and names its East Asian font. */
	static List<String> chineseErrors(byte[] bytes) throws Exception {
		List<String> errors = new ArrayList<>();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			XmlObject[] runs = doc.getDocument().selectPath("declare namespace w='" + W + "' .//w:r");
			int untagged = 0;
			for (XmlObject o : runs) {
				CTR r = (CTR) o;
				if (r.sizeOfTArray() == 0) {
					continue;
				}
				CTRPr pr = r.getRPr();
				boolean tagged = pr != null && pr.sizeOfLangArray() > 0 && "zh-CN".equals(pr.getLangArray(0).getEastAsia())
						&& pr.sizeOfRFontsArray() > 0 && pr.getRFontsArray(0).getEastAsia() != null;
				if (!tagged) {
					untagged++;
				}
			}
			if (untagged > 0) {
				errors.add(untagged + " runs of " + runs.length + " not tagged as zh-CN with an East Asian font");
			}
		}
		return errors;
	}

	/** A strict read: every header bold, frozen; a column headed as a date holds date cells. */
	static List<String> workbookErrors(byte[] bytes) throws Exception {
		List<String> errors = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			for (Sheet sheet : book) {
				Row header = sheet.getRow(0);
				if (header == null) {
					continue;
				}
				Map<Integer, String> dateColumns = new LinkedHashMap<>();
				for (Cell cell : header) {
					String h = cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
					if (h.endsWith("日期") || h.endsWith("时间") || h.endsWith("日") && !h.endsWith("工作日")) {
						dateColumns.put(cell.getColumnIndex(), h);
					}
				}
				for (Row row : sheet) {
					if (row.getRowNum() == 0) {
						continue;
					}
					for (var column : dateColumns.entrySet()) {
						Cell cell = row.getCell(column.getKey());
						if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
							errors.add(sheet.getSheetName() + " " + column.getValue() + ": a date as text in row " + (row.getRowNum() + 1));
						}
						else if (cell != null && cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
							errors.add(sheet.getSheetName() + " " + column.getValue() + ": a number without a date format in row "
									+ (row.getRowNum() + 1));
						}
					}
				}
			}
		}
		return errors.subList(0, Math.min(errors.size(), 3));
	}
}
