package org.lvzhi.legislation.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who made a text and when, as its header block records it (decision 0031): the notes under the
 * title, such as {@code 2000年3月15日 第九届全国人民代表大会第三次会议通过} or
 * {@code 2017年10月26日温州市第十三届人民代表大会常务委员会第五次会议通过 2017年11月30日浙江省…批准}.
 * Each date opens an event that runs to the next date; an event says what happened (adopted,
 * promulgated, amended, approved …) and usually by whom.
 *
 * @param events the header's events in the order written
 */
public record Enactment(List<Event> events) {

	/** What an event of the header did. */
	public enum Act {
		ADOPTION("adoption"), PROMULGATION("promulgation"), AMENDMENT("amendment"), APPROVAL("approval"),
		ENTRY_INTO_FORCE("entryIntoForce"), OTHER("version");

		private final String frbrName;

		Act(String frbrName) {
			this.frbrName = frbrName;
		}

		/** The {@code name} of an Akoma Ntoso {@code FRBRdate} for this event. */
		public String frbrName() {
			return frbrName;
		}
	}

	/** One dated note of the header; {@code body} is null when the note names none. */
	public record Event(LocalDate date, Act act, String body) {
	}

	/** A date as written, in ASCII or full-width digits (２００２年６月２９日 occurs). */
	private static final Pattern DATE = Pattern.compile(
			"([0-9０-９]{4})\\s*年\\s*([0-9０-９]{1,2})\\s*月\\s*([0-9０-９]{1,2})\\s*日");
	private static final Pattern NATIONAL = Pattern.compile("全国人民代表大会常务委员会|全国人大常委会|全国人民代表大会|国务院");
	private static final String PLACE = "[\\p{IsHan}]{2,14}?(?:省|自治区|市|自治州|盟|地区|县|自治县|区|旗)";
	private static final Pattern LOCAL = Pattern.compile("(" + PLACE + "|[省市县区])?第?[一二三四五六七八九十]+届"
			+ "(人民代表大会常务委员会|人大常委会|人民代表大会|人民代表会|人大)");
	/** A body named in full without a term: 宁波市人民代表大会常务委员会公告, 北京市人民政府第56次常务会议. */
	private static final Pattern FULL = Pattern.compile("(" + PLACE + ")(人民代表大会常务委员会|人大常委会|人民代表大会|人民政府)");
	private static final Pattern TITLE_PLACE = Pattern.compile("^(" + PLACE + ")");
	private static final String STANDING_COMMITTEE = "人民代表大会常务委员会";

	/** Reads the header block ({@link LawText#header()}); {@code title} supplies the place when a note says only 市. */
	public static Enactment read(String title, String header) {
		List<Event> events = new ArrayList<>();
		String h = header == null ? "" : header;
		Matcher m = DATE.matcher(h);
		List<int[]> spans = new ArrayList<>();
		List<LocalDate> dates = new ArrayList<>();
		while (m.find()) {
			try {
				dates.add(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3))));
				spans.add(new int[] { m.start(), m.end() });
			}
			catch (DateTimeException | NumberFormatException e) {
				// not a date after all
			}
		}
		List<Named> named = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (int i = 0; i < dates.size(); i++) {
			int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : h.length();
			String note = h.substring(spans.get(i)[1], end);
			// A note before the date (…会议通过 2000年…) belongs to the date when nothing follows it.
			String before = i == 0 ? h.substring(0, spans.get(0)[0]) : "";
			notes.add(note.strip().isEmpty() ? before : note);
			named.add(named(notes.getLast()));
		}
		// 市十四届人大常委会 names its city elsewhere (…宁波市人民代表大会常务委员会公告…) or in the title.
		List<String> places = named.stream().filter(n -> n != null && n.place().length() > 1).map(Named::place).toList();
		for (int i = 0; i < dates.size(); i++) {
			Named n = named.get(i);
			String body = null;
			if (n != null) {
				String place = n.place().length() > 1 || n.place().isEmpty() ? n.place() : complete(n.place(), places, title);
				body = place == null ? null : place + n.organ();
			}
			events.add(new Event(dates.get(i), act(notes.get(i)), body));
		}
		return new Enactment(List.copyOf(events));
	}

	private static Act act(String note) {
		if (note.contains("施行") && !note.contains("通过") && !note.contains("公布") && !note.contains("修")) {
			return Act.ENTRY_INTO_FORCE;
		}
		if (note.contains("批准")) {
			return Act.APPROVAL;
		}
		if (note.contains("修正") || note.contains("修订") || note.contains("修改")) {
			return Act.AMENDMENT;
		}
		if (note.contains("通过")) {
			return Act.ADOPTION;
		}
		if (note.contains("公布") || note.contains("发布") || note.contains("颁布")) {
			return Act.PROMULGATION;
		}
		return Act.OTHER;
	}

	/** A body as a note names it: its place ({@code ""} for a national body, 市 or 省 alone when the note says no more) and organ. */
	private record Named(String place, String organ) {
	}

	/** The body a note names first: 北京市 + 人民代表大会常务委员会, 全国人民代表大会, 国务院; null when none. */
	private static Named named(String note) {
		Matcher national = NATIONAL.matcher(note);
		Matcher local = LOCAL.matcher(note);
		Matcher full = FULL.matcher(note);
		int n = national.find() ? national.start() : Integer.MAX_VALUE;
		int l = local.find() ? local.start() : Integer.MAX_VALUE;
		int f = full.find() ? full.start() : Integer.MAX_VALUE;
		if (n == Integer.MAX_VALUE && l == Integer.MAX_VALUE && f == Integer.MAX_VALUE) {
			return null;
		}
		if (n <= l && n <= f) {
			return new Named("", national.group().replace("全国人大常委会", "全国人民代表大会常务委员会"));
		}
		Matcher found = l <= f ? local : full;
		String organ = switch (found.group(2)) {
			case "人民代表大会常务委员会", "人大常委会" -> STANDING_COMMITTEE;
			case "人民政府" -> "人民政府";
			default -> "人民代表大会";
		};
		String place = found.group(1) == null ? "" : found.group(1);
		for (String word : LEADING_WORDS) {
			// 经济宁市第十七届…通过: 经 ("by") is not part of the name.
			if (place.startsWith(word) && place.length() - word.length() >= 3) {
				place = place.substring(word.length());
				break;
			}
		}
		// A local body named with no place at all (第五届人民代表大会) is the title's.
		return new Named(place.isEmpty() ? "?" : place, organ);
	}

	private static final List<String> LEADING_WORDS = List.of("根据", "依据", "并经", "经过", "经", "由", "在", "据");

	/** 市 (or 省, 县 …) completed with a place the header names elsewhere, else the title's; null when neither fits. */
	private static String complete(String written, List<String> places, String title) {
		boolean any = written.equals("?");
		for (String p : places) {
			if (any || p.endsWith(written)) {
				return p;
			}
		}
		String fromTitle = titlePlace(title);
		return fromTitle != null && (any || fromTitle.endsWith(written)) ? fromTitle : null;
	}

	/** The place a title opens with: 太原市 of 太原市城市绿化条例; null for 中华人民共和国… and the like. */
	public static String titlePlace(String title) {
		if (title == null || title.startsWith("中华人民共和国") || title.startsWith("全国")) {
			return null;
		}
		Matcher m = TITLE_PLACE.matcher(title);
		return m.find() ? m.group(1) : null;
	}

	/** The first adoption or promulgation: the earliest date of the header; null when it has none. */
	public Event first() {
		return events.stream().min(Comparator.comparing(Event::date)).orElse(null);
	}

	/**
	 * The body that made the text: the one named by the earliest note that names one, an approval
	 * apart (the provincial standing committee approves a city's regulation, the city makes it).
	 */
	public String maker() {
		return events.stream()
			.sorted(Comparator.comparing(Event::date))
			.filter(e -> e.body() != null && e.act() != Act.APPROVAL)
			.map(Event::body)
			.findFirst()
			.orElse(null);
	}

	/** The body that made the version of {@code date}: the latest note up to that day that names one, approvals apart. */
	public String makerOn(LocalDate date) {
		return events.stream()
			.filter(e -> e.body() != null && e.act() != Act.APPROVAL && !e.date().isAfter(date))
			.max(Comparator.comparing(Event::date))
			.map(Event::body)
			.orElse(null);
	}

	/** What happened on a day, as the header says: its latest note of that day; {@link Act#OTHER} when none. */
	public Act actOn(LocalDate date) {
		Act found = Act.OTHER;
		for (Event e : events) {
			if (e.date().equals(date) && e.act() != Act.ENTRY_INTO_FORCE) {
				found = e.act();
			}
		}
		return found;
	}
}
