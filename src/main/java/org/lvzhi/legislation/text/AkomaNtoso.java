package org.lvzhi.legislation.text;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A law or draft as Akoma Ntoso XML: {@code akomaNtoso/act} (a draft: {@code bill}) with its FRBR
 * identification in {@code meta} ({@link Frbr}), then {@code preface}, {@code body}, {@code part},
 * {@code chapter}, {@code section}, {@code article}, {@code paragraph} and {@code point}.
 * Article eIds follow the article through a project's readings (decision 0015): an article keeps
 * the eId it had in the reading before when the comparison matched it there, whatever its number
 * now; a new article takes {@code art_<number>}, or {@code art_<number>_r<reading>} when that is
 * already taken. Everything inside an article is named after the article's eId. Unnumbered
 * headings are {@code hcontainer}s with the {@code name} the schema requires ({@link #headingName});
 * the files are valid against the OASIS Akoma Ntoso 3.0 schema (decision 0031, checked by the tests).
 */
public final class AkomaNtoso {

	public static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
	public static final String CONTENT_TYPE = "application/akn+xml";

	private AkomaNtoso() {
	}

	/**
	 * The FRBR identification of an exported text (decisions 0016 and 0031): the work is the law or
	 * the project, the same for every version or reading; each version or reading is an expression
	 * of it in Chinese; the file is the manifestation.
	 *
	 * @param docType {@code act} for a law, {@code bill} for a draft
	 * @param country the ISO 3166-1 code, {@code cn}
	 * @param number the work's number within its type and date, e.g. {@code p12} for project 12
	 * @param workDate the work's date: a law's first adoption, a project's opening
	 * @param workDateName what happened on that date, e.g. {@code adoption}, {@code submission}
	 * @param version the expression's version, e.g. {@code 2023-03-13} or {@code reading-1}
	 * @param expressionDate the date of that version: the amendment it carries, the reading's text
	 * @param expressionDateName what happened on that date, e.g. {@code amendment}
	 * @param generated the day the file was written
	 * @param authorName who made the work, e.g. 太原市人民代表大会常务委员会
	 * @param expressionAuthorName who made this version, e.g. the standing committee that amended a law
	 */
	public record Frbr(String docType, String country, String number, LocalDate workDate, String workDateName,
			String version, LocalDate expressionDate, String expressionDateName, LocalDate generated, String authorName,
			String expressionAuthorName) {

		public static final String LANGUAGE = "zho";

		/** Work and expression made by the same body; the dates named as a bill's or an act's usually are. */
		public Frbr(String docType, String country, String number, LocalDate workDate, String version,
				LocalDate expressionDate, LocalDate generated, String authorName) {
			this(docType, country, number, workDate, "bill".equals(docType) ? "submission" : "enactment", version,
					expressionDate, "version", generated, authorName, authorName);
		}

		public String workUri() {
			return "/akn/" + country + "/" + docType + "/" + workDate + "/" + number;
		}

		public String expressionUri() {
			return workUri() + "/" + LANGUAGE + "@" + version;
		}
	}

	/** The eIds of the last text's articles, in order, carried from reading to reading by the comparison. */
	public static List<String> articleIds(List<LawText> readings) {
		List<String> ids = List.of();
		LawText before = null;
		for (int r = 0; r < readings.size(); r++) {
			LawText text = readings.get(r);
			List<Unit> articles = text.articles();
			String[] now = new String[articles.size()];
			Set<String> used = new HashSet<>();
			if (before != null) {
				Map<Unit, Integer> beforeIndex = index(before.articles());
				Map<Unit, Integer> afterIndex = index(articles);
				for (ArticleChange change : new ArticleMatcher().compare(before, text)) {
					if (change.before() != null && change.after() != null) {
						Integer from = beforeIndex.get(change.before());
						Integer to = afterIndex.get(change.after());
						if (from != null && to != null && now[to] == null && used.add(ids.get(from))) {
							now[to] = ids.get(from);
						}
					}
				}
			}
			for (int i = 0; i < now.length; i++) {
				if (now[i] == null) {
					String base = base(articles.get(i));
					String id = used.contains(base) || (before != null && ids.contains(base)) ? base + "_r" + (r + 1) : base;
					while (!used.add(id)) {
						id = id + "_" + i;
					}
					now[i] = id;
				}
			}
			ids = List.of(now);
			before = text;
		}
		return ids;
	}

	private static Map<Unit, Integer> index(List<Unit> units) {
		Map<Unit, Integer> index = new IdentityHashMap<>();
		for (int i = 0; i < units.size(); i++) {
			index.put(units.get(i), i);
		}
		return index;
	}

	private static String base(Unit article) {
		String label = article.label();
		int of = label.indexOf('之');
		return "art_" + article.ordinal() + (of < 0 ? "" : "_" + ChineseNumbers.parse(label.substring(of + 1)));
	}

	/** 一、… (a decision's numbered parts): the number and the heading after it. */
	private static final Pattern NUMBERED_HEADING = Pattern.compile("^([一二三四五六七八九十百]+、)\\s*(.*)$");

	/**
	 * The {@code name} an unnumbered heading's {@code hcontainer} carries (the schema requires one):
	 * what kind of heading it is, in the words of the AKN vocabulary where it has one.
	 */
	static String headingName(String heading, boolean numbered) {
		String h = heading.replaceAll("[\\s\u3000]+", "");
		if (numbered) {
			return "division";
		}
		if (h.startsWith("序言")) {
			return "preamble";
		}
		if (h.startsWith("附则")) {
			return "supplementaryProvisions";
		}
		if (h.startsWith("附件") || h.startsWith("附：") || h.startsWith("附:")) {
			return "annex";
		}
		if (h.startsWith("附表")) {
			return "schedule";
		}
		if (h.startsWith("附录")) {
			return "appendix";
		}
		return "heading";
	}

	/**
	 * The eIds of the divisions, by the units' places (null for what is not a division): by number
	 * and nesting, {@code chp_2__sec_1}, an unnumbered heading {@code hcont_<n>} in order. A number
	 * that comes twice under the same parent (a table of contents of chapter headings before the
	 * chapters, or a slip of the source) keeps the plain eId for the division that holds something;
	 * the others take {@code _2}, {@code _3} … in order, so every eId of the file is unique.
	 */
	static String[] divisionIds(List<Unit> units) {
		int size = units.size();
		int[] parent = new int[size];
		String[] own = new String[size];
		boolean[] empty = new boolean[size];
		Deque<Integer> open = new ArrayDeque<>();
		Map<String, Integer> counters = new java.util.HashMap<>();
		for (int i = 0; i < size; i++) {
			Unit unit = units.get(i);
			if (!unit.kind().isDivision()) {
				continue;
			}
			int depth = unit.kind().depth();
			while (!open.isEmpty() && units.get(open.peek()).kind().depth() >= depth) {
				open.pop();
			}
			parent[i] = open.isEmpty() ? -1 : open.peek();
			String prefix = switch (unit.kind()) {
				case PART -> "part_";
				case SUBPART -> "subpart_";
				case CHAPTER -> "chp_";
				case SECTION -> "sec_";
				default -> "hcont_";
			};
			int n = unit.ordinal() > 0 ? unit.ordinal() : counters.merge(parent[i] + "/" + prefix, 1, Integer::sum);
			own[i] = prefix + n;
			empty[i] = i + 1 >= size || units.get(i + 1).kind().isDivision()
					&& units.get(i + 1).kind().depth() <= depth;
			open.push(i);
		}
		// Under each parent, the first division that holds something keeps its plain eId.
		Map<String, List<Integer>> siblings = new java.util.LinkedHashMap<>();
		for (int i = 0; i < size; i++) {
			if (own[i] != null) {
				siblings.computeIfAbsent(parent[i] + "/" + own[i], k -> new ArrayList<>()).add(i);
			}
		}
		for (List<Integer> same : siblings.values()) {
			if (same.size() > 1) {
				int keeper = same.stream().filter(i -> !empty[i]).findFirst().orElse(same.getFirst());
				int k = 1;
				for (int i : same) {
					if (i != keeper) {
						own[i] = own[i] + "_" + (++k);
					}
				}
			}
		}
		String[] ids = new String[size];
		for (int i = 0; i < size; i++) {
			if (own[i] != null) {
				ids[i] = parent[i] < 0 ? own[i] : ids[parent[i]] + "__" + own[i];
			}
		}
		return ids;
	}

	/** Writes the text; {@code articleIds} as from {@link #articleIds}, one per article. */
	public static void write(OutputStream out, String title, LawText text, List<String> articleIds, Frbr frbr) {
		try {
			XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			x.writeStartDocument("UTF-8", "1.0");
			x.writeStartElement("akomaNtoso");
			x.writeDefaultNamespace(NS);
			x.writeStartElement(frbr.docType());
			x.writeAttribute("name", title);
			meta(x, frbr);
			x.writeStartElement("preface");
			x.writeStartElement("p");
			x.writeAttribute("class", "title");
			element(x, "docTitle", title);
			x.writeEndElement();
			for (String note : text.header().split("\n")) {
				if (!note.isBlank()) {
					element(x, "p", note.strip());
				}
			}
			x.writeEndElement();
			x.writeStartElement("body");
			Deque<Integer> open = new ArrayDeque<>();
			String[] divisionIds = divisionIds(text.units());
			int article = 0;
			int loose = 0;
			for (int i = 0; i < text.units().size(); i++) {
				Unit unit = text.units().get(i);
				if (unit.kind().isDivision()) {
					int depth = unit.kind().depth();
					while (!open.isEmpty() && open.peek() >= depth) {
						open.pop();
						x.writeEndElement();
					}
					String name = switch (unit.kind()) {
						case PART, SUBPART -> "part";
						case CHAPTER -> "chapter";
						case SECTION -> "section";
						default -> "hcontainer";
					};
					String eId = divisionIds[i];
					String heading = unit.body().strip().replaceAll("[\\s\u3000]+", " ");
					String num = unit.label();
					x.writeStartElement(name);
					if (unit.kind() == UnitKind.HEADING) {
						Matcher numbered = NUMBERED_HEADING.matcher(heading);
						if (numbered.matches()) {
							num = numbered.group(1);
							heading = numbered.group(2);
						}
						x.writeAttribute("name", headingName(unit.body().strip(), !num.isEmpty()));
					}
					x.writeAttribute("eId", eId);
					if (!num.isEmpty()) {
						element(x, "num", num);
					}
					if (!heading.isEmpty()) {
						element(x, "heading", heading);
					}
					open.push(depth);
				}
				else if (unit.isArticle()) {
					article(x, unit, articleIds.get(article++));
				}
				else if (!unit.body().isBlank()) {
					x.writeStartElement("hcontainer");
					x.writeAttribute("eId", "hcont_text_" + (++loose));
					x.writeAttribute("name", "text");
					x.writeStartElement("content");
					element(x, "p", unit.body().strip());
					x.writeEndElement();
					x.writeEndElement();
				}
			}
			while (!open.isEmpty()) {
				open.pop();
				x.writeEndElement();
			}
			x.writeEndElement();
			x.writeEndElement();
			x.writeEndElement();
			x.writeEndDocument();
			x.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void meta(XMLStreamWriter x, Frbr frbr) throws XMLStreamException {
		String work = frbr.workUri();
		String expression = frbr.expressionUri();
		x.writeStartElement("meta");
		x.writeStartElement("identification");
		x.writeAttribute("source", "#source");
		x.writeStartElement("FRBRWork");
		value(x, "FRBRthis", work + "/!main");
		value(x, "FRBRuri", work);
		date(x, frbr.workDate(), frbr.workDateName());
		author(x, "#author");
		value(x, "FRBRcountry", frbr.country());
		x.writeEndElement();
		boolean sameAuthor = frbr.expressionAuthorName().equals(frbr.authorName());
		x.writeStartElement("FRBRExpression");
		value(x, "FRBRthis", expression + "/!main");
		value(x, "FRBRuri", expression);
		date(x, frbr.expressionDate(), frbr.expressionDateName());
		author(x, sameAuthor ? "#author" : "#expressionAuthor");
		x.writeEmptyElement("FRBRlanguage");
		x.writeAttribute("language", Frbr.LANGUAGE);
		x.writeEndElement();
		x.writeStartElement("FRBRManifestation");
		value(x, "FRBRthis", expression + "/!main.xml");
		value(x, "FRBRuri", expression + ".akn");
		date(x, frbr.generated(), "generation");
		author(x, "#source");
		x.writeEndElement();
		x.writeEndElement();
		x.writeStartElement("references");
		x.writeAttribute("source", "#source");
		organization(x, "author", organization(frbr.country(), frbr.authorName()), frbr.authorName());
		if (!sameAuthor) {
			organization(x, "expressionAuthor", organization(frbr.country(), frbr.expressionAuthorName()),
					frbr.expressionAuthorName());
		}
		organization(x, "source", "/ontology/organization/lvzhi", "Lvzhi");
		x.writeEndElement();
		x.writeEndElement();
	}

	private static void value(XMLStreamWriter x, String name, String value) throws XMLStreamException {
		x.writeEmptyElement(name);
		x.writeAttribute("value", value);
	}

	private static void date(XMLStreamWriter x, LocalDate date, String name) throws XMLStreamException {
		x.writeEmptyElement("FRBRdate");
		x.writeAttribute("date", date.toString());
		x.writeAttribute("name", name);
	}

	private static void author(XMLStreamWriter x, String href) throws XMLStreamException {
		x.writeEmptyElement("FRBRauthor");
		x.writeAttribute("href", href);
	}

	private static void organization(XMLStreamWriter x, String eId, String href, String showAs) throws XMLStreamException {
		x.writeEmptyElement("TLCOrganization");
		x.writeAttribute("eId", eId);
		x.writeAttribute("href", href);
		x.writeAttribute("showAs", showAs);
	}

	private static String organization(String country, String name) {
		return "/ontology/organization/" + country + "/" + slug(name);
	}

	/** A name as a path segment of an ontology reference: its UTF-8 bytes, percent-encoded. */
	private static String slug(String name) {
		return java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static void article(XMLStreamWriter x, Unit unit, String eId) throws XMLStreamException {
		x.writeStartElement("article");
		x.writeAttribute("eId", eId);
		element(x, "num", unit.label());
		List<List<Clause>> paragraphs = new ArrayList<>();
		for (Clause clause : unit.clauses()) {
			if (clause.level() == Clause.Level.PARAGRAPH || paragraphs.isEmpty()) {
				paragraphs.add(new ArrayList<>());
			}
			paragraphs.getLast().add(clause);
		}
		for (int p = 0; p < paragraphs.size(); p++) {
			List<Clause> clauses = paragraphs.get(p);
			String para = eId + "__para_" + (p + 1);
			x.writeStartElement("paragraph");
			x.writeAttribute("eId", para);
			Clause lead = clauses.getFirst();
			boolean hasLead = lead.level() == Clause.Level.PARAGRAPH;
			if (clauses.size() == 1 && hasLead) {
				x.writeStartElement("content");
				element(x, "p", lead.text());
				x.writeEndElement();
			}
			else {
				x.writeStartElement("list");
				x.writeAttribute("eId", para + "__list_1");
				if (hasLead) {
					x.writeStartElement("intro");
					element(x, "p", lead.text());
					x.writeEndElement();
				}
				int point = 0;
				int sub = 0;
				for (Clause c : hasLead ? clauses.subList(1, clauses.size()) : clauses) {
					x.writeStartElement("point");
					if (c.level() == Clause.Level.SUBITEM && point > 0) {
						x.writeAttribute("eId", para + "__point_" + point + "__point_" + (++sub));
					}
					else {
						x.writeAttribute("eId", para + "__point_" + (++point));
						sub = 0;
					}
					element(x, "num", c.marker());
					x.writeStartElement("content");
					element(x, "p", c.text());
					x.writeEndElement();
					x.writeEndElement();
				}
				x.writeEndElement();
			}
			x.writeEndElement();
		}
		x.writeEndElement();
	}

	private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
		x.writeStartElement(name);
		x.writeCharacters(text);
		x.writeEndElement();
	}
}
