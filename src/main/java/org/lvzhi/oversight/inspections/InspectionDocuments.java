package org.lvzhi.oversight.inspections;

import static org.lvzhi.platform.WordDocuments.heading;
import static org.lvzhi.platform.WordDocuments.para;
import static org.lvzhi.platform.WordDocuments.table;
import static org.lvzhi.platform.WordDocuments.title;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.lvzhi.platform.WordDocuments;
import org.lvzhi.oversight.inspections.InspectionViews.AreaRow;
import org.lvzhi.oversight.inspections.InspectionViews.InspectionRow;
import org.lvzhi.oversight.inspections.InspectionViews.MemberRow;
import org.lvzhi.oversight.inspections.InspectionViews.ProblemRow;
import org.lvzhi.oversight.inspections.InspectionViews.SiteRow;
import org.lvzhi.platform.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The inspection report (.docx), whose every figure is counted from the inspection's records at
 * the moment it is written, and the problem list (.xlsx).
 */
@Service
public class InspectionDocuments {

	private final Inspections inspections;
	private final UnitNames units;
	private final MessageSource messages;

	InspectionDocuments(Inspections inspections, UnitNames units, MessageSource messages) {
		this.inspections = inspections;
		this.units = units;
		this.messages = messages;
	}

	public byte[] report(InspectionId id, LocalDate today, Locale locale) {
		InspectionRow i = inspections.inspection(id)
			.orElseThrow(() -> new InspectionException("inspections.error.notFound", id.value()));
		List<MemberRow> team = inspections.team(id);
		List<AreaRow> areas = inspections.areas(id);
		List<SiteRow> sites = inspections.sites(id);
		List<ProblemRow> problems = inspections.allProblems(new ProblemQuery(id.value(), null, null, false, null), today);
		units.fetch(problems.stream().map(ProblemRow::unitId).toList());
		Map<TeamRole, Long> byRole = new TreeMap<>();
		team.forEach(m -> byRole.merge(m.role(), 1L, Long::sum));
		long unannounced = sites.stream().filter(s -> s.mode() == SiteMode.UNANNOUNCED).count();
		Map<ProblemState, Long> byState = new TreeMap<>();
		problems.forEach(p -> byState.merge(p.state(), 1L, Long::sum));
		Map<String, long[]> byUnit = new LinkedHashMap<>();
		for (ProblemRow p : problems) {
			String unit = p.unitId() == null ? m("inspections.unit.none", locale) : units.name(p.unitId());
			long[] c = byUnit.computeIfAbsent(unit, u -> new long[2]);
			c[0]++;
			if (p.state() == ProblemState.CLOSED) {
				c[1]++;
			}
		}
		long assigned = problems.stream().filter(p -> p.unitId() != null).count();
		long closed = byState.getOrDefault(ProblemState.CLOSED, 0L);
		long overdue = problems.stream().filter(p -> p.overdueOn(today)).count();

		try (XWPFDocument doc = WordDocuments.document(); var out = new ByteArrayOutputStream()) {
			title(doc, m("inspections.report.title", locale, i.title()));
			String intro = i.endedOn() == null
					? m("inspections.report.introOngoing", locale, i.lawTitle(), day(i.startedOn(), locale))
					: m("inspections.report.intro", locale, i.lawTitle(), day(i.startedOn(), locale), day(i.endedOn(), locale));
			if (i.leadBody() != null && !i.leadBody().isBlank()) {
				intro += m("inspections.report.lead", locale, i.leadBody());
			}
			para(doc, intro);
			heading(doc, m("inspections.report.team", locale));
			para(doc, m("inspections.report.teamLine", locale, byRole.getOrDefault(TeamRole.MEMBER, 0L),
					byRole.getOrDefault(TeamRole.DEPUTY, 0L), byRole.getOrDefault(TeamRole.EXPERT, 0L)));
			heading(doc, m("inspections.report.sites", locale));
			para(doc, m("inspections.report.sitesLine", locale, areas.size(), sites.size(), sites.size() - unannounced,
					unannounced, problems.size()));
			if (!areas.isEmpty()) {
				List<List<String>> rows = new ArrayList<>();
				for (AreaRow a : areas) {
					rows.add(List.of(a.name(), String.valueOf(a.sites()), String.valueOf(a.problems())));
				}
				table(doc, List.of(m("inspections.field.area", locale), m("inspections.field.sites", locale),
						m("inspections.field.problems", locale)), rows);
			}
			heading(doc, m("inspections.report.rectification", locale));
			para(doc, m("inspections.report.rectificationLine", locale, problems.size(), assigned, closed, overdue,
					assigned == 0 ? "0" : String.valueOf(Math.round(closed * 1000.0 / assigned) / 10.0)));
			List<List<String>> unitRows = new ArrayList<>();
			byUnit.forEach((u, c) -> unitRows.add(List.of(u, String.valueOf(c[0]), String.valueOf(c[1]))));
			if (!unitRows.isEmpty()) {
				table(doc, List.of(m("inspections.field.unit", locale), m("inspections.field.problems", locale),
						m("inspections.state.CLOSED", locale)), unitRows);
			}
			if (i.summary() != null) {
				heading(doc, m("inspections.report.conclusions", locale));
				for (String line : i.summary().split("\\R")) {
					para(doc, line);
				}
			}
			heading(doc, m("inspections.report.list", locale));
			List<List<String>> rows = new ArrayList<>();
			int n = 1;
			for (ProblemRow p : problems) {
				rows.add(List.of(String.valueOf(n++), p.siteName(), p.description(),
						p.articleRef() == null ? "" : p.articleRef(),
						p.unitId() == null ? "" : units.name(p.unitId()), m("inspections.state." + p.state(), locale)));
			}
			table(doc, List.of("#", m("inspections.field.site", locale), m("inspections.field.problem", locale),
					m("inspections.field.article", locale), m("inspections.field.unit", locale),
					m("inspections.field.state", locale)), rows);
			WordDocuments.write(doc, out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public byte[] problemList(ProblemQuery query, LocalDate today, Locale locale) {
		List<ProblemRow> problems = inspections.allProblems(query, today);
		units.fetch(problems.stream().map(ProblemRow::unitId).toList());
		try (Spreadsheet sheet = new Spreadsheet(m("inspections.problems.title", locale), List.of(
				m("inspections.field.id", locale), m("inspections.field.inspection", locale),
				m("inspections.field.law", locale), m("inspections.field.site", locale),
				m("inspections.field.district", locale), m("inspections.field.mode", locale),
				m("inspections.field.problem", locale), m("inspections.field.article", locale),
				m("inspections.field.unit", locale), m("inspections.field.state", locale),
				m("inspections.field.foundOn", locale), m("inspections.field.assignedOn", locale),
				m("inspections.field.rectifyDue", locale), m("inspections.field.closedOn", locale),
				m("inspections.field.overdue", locale)));
				var out = new ByteArrayOutputStream()) {
			for (ProblemRow p : problems) {
				sheet.row(p.id(), p.inspectionTitle(), p.lawTitle(), p.siteName(), p.district(),
						m("inspections.mode." + p.mode(), locale), p.description(), p.articleRef(),
						p.unitId() == null ? null : units.name(p.unitId()), m("inspections.state." + p.state(), locale),
						p.foundOn(), p.assignedOn(), p.rectifyDue(), p.closedOn(),
						p.overdueOn(today) ? m("inspections.yes", locale) : "");
			}
			sheet.writeTo(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A date as the report writes it: 2023年6月13日, or 13 June 2023 in English. */
	static String day(LocalDate date, Locale locale) {
		return date.format(DateTimeFormatter.ofPattern(datePattern(locale), locale));
	}

	private static String datePattern(Locale locale) {
		return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "yyyy年M月d日" : "d MMMM yyyy";
	}

	private String m(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
