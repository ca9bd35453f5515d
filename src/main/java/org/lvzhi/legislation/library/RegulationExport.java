package org.lvzhi.legislation.library;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.lvzhi.legislation.drafts.DraftVersion;
import org.lvzhi.legislation.drafts.Project;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.legislation.text.AkomaNtoso;
import org.lvzhi.legislation.text.Enactment;
import org.lvzhi.legislation.text.LawText;
import org.lvzhi.legislation.text.RegulationDocx;

/** Sends a law or a draft version as a Word document or as Akoma Ntoso XML. */
public final class RegulationExport {

	private RegulationExport() {
	}

	public static void docx(HttpServletResponse response, String title, LawText text) throws IOException {
		start(response, RegulationDocx.CONTENT_TYPE, title + ".docx");
		try (OutputStream out = response.getOutputStream()) {
			RegulationDocx.write(out, title, text);
		}
	}

	/** {@code readings}: the texts of the readings up to and including this one, so article eIds carry over. */
	public static void akomaNtoso(HttpServletResponse response, String title, List<LawText> readings, AkomaNtoso.Frbr frbr)
			throws IOException {
		start(response, AkomaNtoso.CONTENT_TYPE + ";charset=UTF-8", title + ".xml");
		try (OutputStream out = response.getOutputStream()) {
			AkomaNtoso.write(out, title, readings.getLast(), AkomaNtoso.articleIds(readings), frbr);
		}
	}

	/** A draft version: the project is the work, the reading the expression. */
	public static AkomaNtoso.Frbr draft(Project project, DraftVersion version, String author, LocalDate today) {
		return new AkomaNtoso.Frbr("bill", COUNTRY, "p" + project.id(),
				LocalDate.ofInstant(project.createdAt(), LegislationYears.CHINA), "reading-" + version.reading(),
				LocalDate.ofInstant(version.createdAt(), LegislationYears.CHINA), today, author);
	}

	/**
	 * A law of the library (decision 0031). The work is the law whatever its version: the texts of
	 * the same title, which the library already treats as versions of one law, share it, named after
	 * the first of them imported and dated by the law's first adoption (the earliest date their
	 * headers give, else the earliest version's date). This text is the expression of its version,
	 * dated by it (the latest amendment, or the file's date). The work's author is the body that
	 * made the law, as the headers name it; the expression's, the body that made this version.
	 *
	 * @param versions the library's texts of this title, this one among them ({@link LawStore#titleVersions})
	 * @param committee the standing committee this installation serves ({@code lvzhi.committee-name})
	 */
	public static AkomaNtoso.Frbr law(Law law, List<LawStore.TitleVersion> versions, String committee,
			LocalDate today) {
		LawStore.TitleVersion self = versions.stream().filter(v -> v.id() == law.id().value()).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("law " + law.id() + " is not among its versions"));
		Enactment own = Enactment.read(law.title(), law.text().notes());
		// The first adoption any version's header records, and who made the law, this text's header first.
		Enactment.Event first = own.first();
		String maker = own.maker();
		for (LawStore.TitleVersion v : versions) {
			Enactment other = v.id() == self.id() ? own : Enactment.read(law.title(), v.notes());
			if (other.first() != null && (first == null || other.first().date().isBefore(first.date()))) {
				first = other.first();
			}
			maker = maker != null ? maker : other.maker();
		}
		LocalDate workDate = first != null ? first.date()
				: versions.stream().map(RegulationExport::versionDate).min(Comparator.naturalOrder()).orElseThrow();
		long number = versions.stream().mapToLong(LawStore.TitleVersion::id).min().orElseThrow();
		String author = committee(maker != null ? maker : presumedMaker(law, committee), committee);
		LocalDate version = versionDate(self);
		String versionMaker = own.makerOn(version);
		return new AkomaNtoso.Frbr("act", COUNTRY, "law" + number, workDate,
				first != null ? first.act().frbrName() : "enactment", version.toString(), version,
				own.actOn(version).frbrName(), today, author,
				versionMaker == null ? author : committee(versionMaker, committee));
	}

	private static LocalDate versionDate(LawStore.TitleVersion v) {
		return v.issuedOn() != null ? v.issuedOn() : v.importedOn();
	}

	/** The configured name of this installation's own committee, when the body is that committee. */
	private static String committee(String body, String committee) {
		return normalized(body).equals(normalized(committee)) ? committee : body;
	}

	private static String normalized(String body) {
		return body == null ? "" : body.strip().replace("人大常委会", "人民代表大会常务委员会");
	}

	private static final Set<String> NATIONAL_LAW = Set.of("宪法", "宪法相关法", "民法典", "民法商法", "行政法", "经济法",
			"社会法", "刑法", "诉讼与非诉讼程序法");
	private static final Map<String, String> PROVINCES = Map.of("北京", "北京市", "上海", "上海市", "天津", "天津市", "重庆",
			"重庆市", "内蒙古", "内蒙古自治区", "广西", "广西壮族自治区", "西藏", "西藏自治区", "宁夏", "宁夏回族自治区", "新疆",
			"新疆维吾尔自治区");

	/**
	 * The maker of a text whose header names none, from what the library knows of it: the
	 * committee's own regulations (titled with its place); the State Council for an administrative
	 * regulation; otherwise the legislature of the law's level, without claiming which of its two
	 * bodies (the congress or its standing committee) made it.
	 */
	static String presumedMaker(Law law, String committee) {
		String place = Enactment.titlePlace(law.title());
		String own = Enactment.titlePlace(committee);
		if (place != null && place.equals(own)) {
			return committee;
		}
		if ("行政法规".equals(law.category())) {
			return "国务院";
		}
		if (law.title().startsWith("中华人民共和国") || NATIONAL_LAW.contains(law.category())) {
			return "全国人民代表大会及其常务委员会";
		}
		if (place == null && law.region() != null && !law.region().isBlank()) {
			String region = law.region().strip();
			place = PROVINCES.getOrDefault(region, region.matches(".*(省|市|自治区)$") ? region : region + "省");
		}
		return place != null ? place + "人民代表大会及其常务委员会" : "制定机关未载明";
	}

	static final String COUNTRY = "cn";

	private static void start(HttpServletResponse response, String type, String name) {
		response.setContentType(type);
		response.setHeader("Content-Disposition",
				"attachment; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
	}
}
