package org.lvzhi.reporting.annual;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lvzhi.platform.documents.OfficialDocument;
import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.Figures;
import org.springframework.stereotype.Component;

/**
 * Resolves a report's text into what readers see: a draft's figures counted now from the records
 * (with the year before, for the change), a frozen report's figures as stored at the freeze.
 */
@Component
public class ReportRendering {

	private final Figures figures;
	private final AnnualReportStore store;

	ReportRendering(Figures figures, AnnualReportStore store) {
		this.figures = figures;
		this.store = store;
	}

	/** The report's latest revision as readers see it. */
	public AnnualReportView view(AnnualReport report) {
		return view(report, store.latest(report).body());
	}

	/** A text of the report (its latest, an older revision, or what is being typed) as readers see it. */
	public AnnualReportView view(AnnualReport report, String body) {
		ReportText text = ReportText.parse(body);
		Map<String, AnnualReportView.FigureValue> values = values(report, text);
		List<AnnualReportView.Block> blocks = new ArrayList<>();
		for (ReportText.Block b : text.blocks()) {
			List<AnnualReportView.Segment> segments = new ArrayList<>();
			for (ReportText.Segment s : b.segments()) {
				if (!s.field()) {
					segments.add(new AnnualReportView.Segment(s.text(), null));
				}
				else if (s.key().equals(ReportText.YEAR)) {
					segments.add(new AnnualReportView.Segment(String.valueOf(report.reportYear()), null));
				}
				else if (s.key().equals(ReportText.NEXT_YEAR)) {
					segments.add(new AnnualReportView.Segment(String.valueOf(report.reportYear() + 1), null));
				}
				else {
					AnnualReportView.FigureValue v = values.get(s.key());
					segments.add(new AnnualReportView.Segment(v.known() ? String.valueOf(v.value()) : "{" + s.key() + "}", v));
				}
			}
			blocks.add(new AnnualReportView.Block(b.level(), segments));
		}
		List<AnnualReportView.FigureValue> used = List.copyOf(values.values());
		return new AnnualReportView(report, blocks, used,
				used.stream().filter(v -> !v.known()).map(AnnualReportView.FigureValue::key).toList(),
				used.stream().filter(v -> v.known() && v.value() == 0).map(AnnualReportView.FigureValue::key).toList());
	}

	/** The figures the text uses, in order of first use. */
	Map<String, AnnualReportView.FigureValue> values(AnnualReport report, ReportText text) {
		Map<String, AnnualReportStore.Stored> stored = report.frozen() ? store.frozenFigures(report.id()) : Map.of();
		Map<String, AnnualReportView.FigureValue> values = new LinkedHashMap<>();
		for (String key : text.keys()) {
			Optional<Figure> figure = figures.find(key);
			AnnualReportStore.Stored kept = stored.get(key);
			if (kept != null) {
				values.put(key, new AnnualReportView.FigureValue(key, true, kept.value(), kept.previous(),
						figure.map(Figure::share).orElse(false)));
			}
			else if (figure.isPresent()) {
				Figure f = figure.get();
				int year = report.reportYear();
				values.put(key, new AnnualReportView.FigureValue(key, true, f.value(year), f.value(year - 1), f.share()));
			}
			else {
				values.put(key, new AnnualReportView.FigureValue(key, false, 0, null, false));
			}
		}
		return values;
	}

	/**
	 * The report as an official document. A short line ending in a colon (各位代表：) is the
	 * salutation and stands at the left margin; headings keep their level.
	 */
	public OfficialDocument document(AnnualReportView view) {
		List<OfficialDocument.Block> blocks = new ArrayList<>();
		for (AnnualReportView.Block b : view.blocks()) {
			String text = b.text();
			if (b.heading()) {
				blocks.add(new OfficialDocument.Heading(b.level(), text));
			}
			else if (text.length() <= 12 && (text.endsWith("：") || text.endsWith(":"))) {
				blocks.add(new OfficialDocument.Line(text, OfficialDocument.Align.LEFT));
			}
			else {
				blocks.add(new OfficialDocument.Paragraph(text));
			}
		}
		AnnualReport r = view.report();
		return new OfficialDocument(r.title(), null, blocks, r.issuer(), r.reportDate());
	}
}
