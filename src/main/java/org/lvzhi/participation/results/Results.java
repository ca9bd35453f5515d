package org.lvzhi.participation.results;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.lvzhi.participation.QuestionKind;
import org.lvzhi.participation.questionnaires.ParticipationException;
import org.lvzhi.participation.questionnaires.Question;
import org.lvzhi.participation.questionnaires.QuestionnaireStore;
import org.lvzhi.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A questionnaire's results, counted live from the answers: per question the counts and shares of
 * each option or point, means of scales and numbers; optionally only the responses that chose a
 * given option of another question (by district, by business size); two choice questions
 * cross-tabulated; the free-text answers searched, with their most frequent words.
 */
@Service
@Transactional(readOnly = true)
public class Results {

	/** Only the responses that chose {@code choice} in question {@code question}; {@code null} for all. */
	public record Filter(Long question, String choice) {

		public static final Filter NONE = new Filter(null, null);

		boolean active() {
			return question != null && choice != null && !choice.isBlank();
		}
	}

	/** One option or point: its stored value, what the reader sees, its count and share of the question's answers. */
	public record Count(String value, String label, long count, double percent) {
	}

	/** A matrix item: its mean point and counts per point. */
	public record ItemResult(String item, String label, long answered, BigDecimal mean, List<Count> points) {
	}

	/**
	 * One question's result.
	 *
	 * @param answered the responses that answer it
	 * @param counts options (choice questions) or points (scales), in the question's order
	 * @param mean of a scale or a number, else {@code null}
	 */
	public record QuestionResult(Question question, String label, long answered, List<Count> counts,
			List<ItemResult> items, BigDecimal mean, BigDecimal min, BigDecimal max) {
	}

	public record Summary(long responses, Filter filter, List<QuestionResult> questions) {
	}

	public record CrossTab(Question rows, Question columns, List<String> rowLabels, List<String> columnLabels,
			long[][] counts, long[] rowTotals, long[] columnTotals, long total) {
	}

	public record Term(String word, long count) {
	}

	private final JdbcClient jdbc;
	private final QuestionnaireStore store;

	Results(JdbcClient jdbc, QuestionnaireStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	public Summary summary(long questionnaireId, Filter filter, Locale locale) {
		Filter f = filter == null ? Filter.NONE : filter;
		List<Question> questions = store.questions(questionnaireId);
		Scope scope = scope(questionnaireId, f, questions);
		long responses = jdbc.sql("SELECT COUNT(*) FROM participation_response r WHERE r.questionnaire_id = ?" + scope.sql)
			.params(scope.params(questionnaireId)).query(Long.class).single();
		Tally tally = tally(questionnaireId, questions, scope);
		List<QuestionResult> results = new ArrayList<>();
		for (Question q : questions) {
			results.add(result(q, tally, locale));
		}
		return new Summary(responses, f, results);
	}

	/** One counted group of answers: a question's option, point, matrix item's point, number, or its texts. */
	private record Group(String item, String choice, BigDecimal number, long count) {
	}

	/** Every question's answers counted at once: the responses that answer it, and its groups. */
	private record Tally(Map<Long, Long> answered, Map<Long, List<Group>> groups) {

		long answered(Question q) {
			return answered.getOrDefault(q.id(), 0L);
		}

		List<Group> of(Question q) {
			return groups.getOrDefault(q.id(), List.of());
		}
	}

	/**
	 * The whole questionnaire in two statements rather than two or more per question (each of which joined every
	 * response: 17 s for twenty questions at 100,000 responses). A response keeps one row per question, except one per
	 * chosen option (multiple choice) or rated item (matrix): only those need their responses counted apart.
	 */
	private Tally tally(long questionnaireId, List<Question> questions, Scope scope) {
		String from = " FROM participation_answer a JOIN participation_response r ON r.id = a.response_id"
				+ " WHERE r.questionnaire_id = ?";
		Map<Long, List<Group>> groups = new HashMap<>();
		jdbc.sql("SELECT a.question_id, a.item, a.choice, a.number, COUNT(*)" + from + scope.sql
				+ " GROUP BY a.question_id, a.item, a.choice, a.number")
			.params(scope.params(questionnaireId))
			.query((rs, n) -> groups.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Group(rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getLong(5))))
			.list();
		Map<Long, Long> answered = new HashMap<>();
		List<Long> several = new ArrayList<>();
		for (Question q : questions) {
			if (q.kind() == QuestionKind.MULTIPLE || q.kind() == QuestionKind.MATRIX) {
				several.add(q.id());
			}
			else {
				answered.put(q.id(), groups.getOrDefault(q.id(), List.of()).stream().mapToLong(Group::count).sum());
			}
		}
		if (!several.isEmpty()) {
			List<Object> params = new ArrayList<>();
			params.add(questionnaireId);
			params.addAll(several);
			params.addAll(scope.extra());
			jdbc.sql("SELECT a.question_id, COUNT(DISTINCT a.response_id)" + from + " AND a.question_id IN ("
					+ String.join(", ", Collections.nCopies(several.size(), "?")) + ")" + scope.sql
					+ " GROUP BY a.question_id")
				.params(params)
				.query((rs, n) -> answered.put(rs.getLong(1), rs.getLong(2))).list();
		}
		return new Tally(answered, groups);
	}

	/** Two choice questions against each other: how many responses chose each pair of options. */
	public CrossTab crossTab(long questionnaireId, long rowQuestion, long columnQuestion, Filter filter, Locale locale) {
		List<Question> questions = store.questions(questionnaireId);
		Question rows = choice(questions, rowQuestion);
		Question columns = choice(questions, columnQuestion);
		Scope scope = scope(questionnaireId, filter == null ? Filter.NONE : filter, questions);
		List<String> r = rows.optionList();
		List<String> c = columns.optionList();
		long[][] counts = new long[r.size()][c.size()];
		long[] rowTotals = new long[r.size()];
		long[] columnTotals = new long[c.size()];
		List<Object> params = new ArrayList<>(List.of(rows.id(), columns.id()));
		params.addAll(scope.params(questionnaireId));
		jdbc.sql("""
				SELECT a.choice, b.choice, COUNT(DISTINCT a.response_id)
				FROM participation_answer a JOIN participation_answer b ON b.response_id = a.response_id
				JOIN participation_response r ON r.id = a.response_id
				WHERE a.question_id = ? AND b.question_id = ? AND r.questionnaire_id = ?""" + scope.sql
				+ " GROUP BY a.choice, b.choice")
			.params(params)
			.query((rs, n) -> {
				int i = r.indexOf(rs.getString(1));
				int j = c.indexOf(rs.getString(2));
				if (i >= 0 && j >= 0) {
					counts[i][j] = rs.getLong(3);
				}
				return null;
			}).list();
		long total = 0;
		for (int i = 0; i < r.size(); i++) {
			for (int j = 0; j < c.size(); j++) {
				rowTotals[i] += counts[i][j];
				columnTotals[j] += counts[i][j];
				total += counts[i][j];
			}
		}
		return new CrossTab(rows, columns, rows.optionLabels(locale), columns.optionLabels(locale), counts, rowTotals,
				columnTotals, total);
	}

	/** The free-text answers to a question containing {@code search} (all when blank), newest first. */
	public Page<String> texts(long questionnaireId, long questionId, String search, Filter filter, int number, int size) {
		List<Question> questions = store.questions(questionnaireId);
		Question q = questions.stream().filter(x -> x.id() == questionId && x.kind().isText()).findFirst()
			.orElseThrow(() -> new ParticipationException("participation.error.notText"));
		Scope scope = scope(questionnaireId, filter == null ? Filter.NONE : filter, questions);
		String like = search == null || search.isBlank() ? "" : " AND a.text LIKE ?";
		List<Object> params = new ArrayList<>(List.of(q.id()));
		params.addAll(scope.params(questionnaireId));
		if (!like.isEmpty()) {
			params.add("%" + search.strip().replace("\\", "").replace("%", "").replace("_", "") + "%");
		}
		String from = " FROM participation_answer a JOIN participation_response r ON r.id = a.response_id"
				+ " WHERE a.question_id = ? AND r.questionnaire_id = ?" + scope.sql + like;
		long total = jdbc.sql("SELECT COUNT(*)" + from).params(params).query(Long.class).single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(size);
		paged.add(Page.offset(number, size));
		return new Page<>(jdbc.sql("SELECT a.text" + from + " ORDER BY r.submitted_at DESC, r.id DESC LIMIT ? OFFSET ?")
			.params(paged).query(String.class).list(), number, size, total);
	}

	/** The words used most often in a question's free-text answers (two characters or more), most frequent first. */
	public List<Term> terms(long questionnaireId, long questionId, Filter filter, int limit) {
		Page<String> all = texts(questionnaireId, questionId, null, filter, 1, Page.MAX_SIZE * 50);
		Map<String, Long> counts = new HashMap<>();
		try (Analyzer analyzer = new SmartChineseAnalyzer()) {
			for (String text : all.items()) {
				try (TokenStream tokens = analyzer.tokenStream("text", new StringReader(text))) {
					CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
					tokens.reset();
					while (tokens.incrementToken()) {
						String w = term.toString();
						if (w.codePointCount(0, w.length()) >= 2 && !w.chars().allMatch(Character::isDigit)) {
							counts.merge(w, 1L, Long::sum);
						}
					}
					tokens.end();
				}
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return counts.entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(limit).map(e -> new Term(e.getKey(), e.getValue())).toList();
	}

	/** Every response with its answers, for the export: receipt order, one cell per question or matrix item. */
	public List<Map<String, String>> rows(long questionnaireId) {
		Map<Long, Map<String, String>> byResponse = new LinkedHashMap<>();
		jdbc.sql("SELECT id, submitted_at, language FROM participation_response WHERE questionnaire_id = ? ORDER BY submitted_at, id")
			.param(questionnaireId).query((rs, n) -> {
				Map<String, String> row = new LinkedHashMap<>();
				row.put("submittedAt", rs.getObject(2, java.time.LocalDateTime.class).toString().replace('T', ' '));
				row.put("language", rs.getString(3));
				byResponse.put(rs.getLong(1), row);
				return null;
			}).list();
		jdbc.sql("""
				SELECT a.response_id, a.question_id, a.item, a.choice, a.number, a.text FROM participation_answer a
				JOIN participation_response r ON r.id = a.response_id WHERE r.questionnaire_id = ?""")
			.param(questionnaireId).query((rs, n) -> {
				Map<String, String> row = byResponse.get(rs.getLong(1));
				String key = "q" + rs.getLong(2) + (rs.getString(3) == null ? "" : "|" + rs.getString(3));
				BigDecimal num = rs.getBigDecimal(5);
				String value = rs.getString(4) != null ? rs.getString(4)
						: num != null ? num.stripTrailingZeros().toPlainString() : rs.getString(6);
				row.merge(key, value, (a, b) -> a + "；" + b);
				return null;
			}).list();
		return new ArrayList<>(byResponse.values());
	}

	private QuestionResult result(Question q, Tally tally, Locale locale) {
		long answered = tally.answered(q);
		String label = q.label(locale);
		List<Group> groups = tally.of(q);
		if (q.kind().isChoice()) {
			Map<String, Long> byChoice = new HashMap<>();
			groups.stream().filter(g -> g.choice() != null).forEach(g -> byChoice.merge(g.choice(), g.count(), Long::sum));
			List<String> options = q.optionList();
			List<String> labels = q.optionLabels(locale);
			List<Count> counts = new ArrayList<>();
			for (int i = 0; i < options.size(); i++) {
				long c = byChoice.getOrDefault(options.get(i), 0L);
				counts.add(new Count(options.get(i), labels.get(i), c, percent(c, answered)));
			}
			return new QuestionResult(q, label, answered, counts, List.of(), null, null, null);
		}
		if (q.kind() == QuestionKind.SCALE) {
			Map<Integer, Long> byPoint = points(groups, null);
			return new QuestionResult(q, label, answered, pointCounts(q, byPoint, answered), List.of(), mean(byPoint), null,
					null);
		}
		if (q.kind() == QuestionKind.MATRIX) {
			List<ItemResult> items = new ArrayList<>();
			List<String> names = q.optionList();
			List<String> labels = q.optionLabels(locale);
			for (int i = 0; i < names.size(); i++) {
				Map<Integer, Long> byPoint = points(groups, names.get(i));
				long n = byPoint.values().stream().mapToLong(Long::longValue).sum();
				items.add(new ItemResult(names.get(i), labels.get(i), n, mean(byPoint), pointCounts(q, byPoint, n)));
			}
			return new QuestionResult(q, label, answered, List.of(), items, null, null, null);
		}
		if (q.kind() == QuestionKind.NUMBER) {
			BigDecimal sum = BigDecimal.ZERO;
			BigDecimal min = null;
			BigDecimal max = null;
			long n = 0;
			for (Group g : groups) {
				if (g.number() != null) {
					sum = sum.add(g.number().multiply(BigDecimal.valueOf(g.count())));
					n += g.count();
					min = min == null || g.number().compareTo(min) < 0 ? g.number() : min;
					max = max == null || g.number().compareTo(max) > 0 ? g.number() : max;
				}
			}
			BigDecimal mean = n == 0 ? null : sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
			return new QuestionResult(q, label, answered, List.of(), List.of(), scale(mean), scale(min), scale(max));
		}
		return new QuestionResult(q, label, answered, List.of(), List.of(), null, null, null);
	}

	/** A scale's points (the matrix item's when {@code item} is given) and how often each was chosen. */
	private static Map<Integer, Long> points(List<Group> groups, String item) {
		Map<Integer, Long> byPoint = new LinkedHashMap<>();
		groups.stream()
			.filter(g -> g.number() != null && (item == null || item.equals(g.item())))
			.forEach(g -> byPoint.merge(g.number().intValue(), g.count(), Long::sum));
		return byPoint;
	}

	private static List<Count> pointCounts(Question q, Map<Integer, Long> byPoint, long answered) {
		return q.points().stream().map(p -> {
			long c = byPoint.getOrDefault(p, 0L);
			return new Count(String.valueOf(p), String.valueOf(p), c, percent(c, answered));
		}).toList();
	}

	private static BigDecimal mean(Map<Integer, Long> byPoint) {
		long n = byPoint.values().stream().mapToLong(Long::longValue).sum();
		if (n == 0) {
			return null;
		}
		long sum = byPoint.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
	}

	private static BigDecimal scale(BigDecimal v) {
		return v == null ? null : v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
	}

	private static double percent(long count, long of) {
		return of == 0 ? 0 : Math.round(count * 1000.0 / of) / 10.0;
	}

	private static Question choice(List<Question> questions, long id) {
		return questions.stream().filter(q -> q.id() == id && q.kind().isChoice()).findFirst()
			.orElseThrow(() -> new ParticipationException("participation.error.notChoice"));
	}

	/** The responses a filter keeps, as a condition on {@code r} and its parameters after the questionnaire's id. */
	private record Scope(String sql, List<Object> extra) {

		List<Object> params(long questionnaireId) {
			List<Object> p = new ArrayList<>();
			p.add(questionnaireId);
			p.addAll(extra);
			return p;
		}
	}

	private static Scope scope(long questionnaireId, Filter f, List<Question> questions) {
		if (!f.active()) {
			return new Scope("", List.of());
		}
		choice(questions, f.question());
		return new Scope(" AND r.id IN (SELECT f.response_id FROM participation_answer f WHERE f.question_id = ? AND f.choice = ?)",
				List.of(f.question(), f.choice()));
	}
}
