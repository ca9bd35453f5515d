package org.lvzhi.legislation.library;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.lvzhi.legislation.drafts.DraftVersion;
import org.lvzhi.legislation.drafts.Project;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.legislation.text.AkomaNtoso;
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
	 * A law of the library, dated by its issue (the import day when none is known); its issuer is
	 * not recorded, so its category and region stand for the author.
	 */
	static AkomaNtoso.Frbr law(Law law, LocalDate importedOn, LocalDate today) {
		LocalDate date = law.issuedOn() == null ? importedOn : law.issuedOn();
		String author = law.category() + (law.region() == null ? "" : "（" + law.region() + "）");
		return new AkomaNtoso.Frbr("act", COUNTRY, "law" + law.id(), date, date.toString(), date, today,
				author.isBlank() ? "Lvzhi" : author);
	}

	static final String COUNTRY = "cn";

	private static void start(HttpServletResponse response, String type, String name) {
		response.setContentType(type);
		response.setHeader("Content-Disposition",
				"attachment; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
	}
}
