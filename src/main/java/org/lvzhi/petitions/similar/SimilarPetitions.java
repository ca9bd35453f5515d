package org.lvzhi.petitions.similar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.lvzhi.petitions.PetitionId;
import org.lvzhi.petitions.handling.PetitionSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Before routing, the office sees other petitions by the same person (same ID number or phone) or
 * on the same matter: the overlap of the texts' character bigrams (Jaccard), which needs no
 * dictionary and catches the same matter told in other words ("小区供暖不热" / "供暖温度不达标").
 * Candidates are the petitions of the last few years ({@code lvzhi.petitions.similar-window-years}); a matter seen that often is
 * a repeated petition (重复信访) the office must know of.
 */
@Service
public class SimilarPetitions {

	static final double THRESHOLD = 0.18;

	private final JdbcClient jdbc;
	private final PetitionSettings settings;

	SimilarPetitions(JdbcClient jdbc, PetitionSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * @param samePerson the same ID number or phone
	 * @param score the bigram overlap of subject and matter, 0 to 1
	 */
	public record Similar(long id, String number, String subject, LocalDate receivedOn, String state, boolean samePerson,
			double score) {

		public int percent() {
			return (int) Math.round(score * 100);
		}
	}

	private record Candidate(long id, String number, String subject, String matter, LocalDate receivedOn, String state,
			String idNumber, String phone) {
	}

	@Transactional(readOnly = true)
	public List<Similar> similarTo(PetitionId petition, int limit) {
		Candidate self = jdbc.sql(SELECT + " WHERE p.id = :id").param("id", petition.value()).query(SimilarPetitions::row)
			.optional().orElse(null);
		if (self == null) {
			return List.of();
		}
		Set<String> mine = bigrams(self.subject() + " " + self.matter());
		List<Similar> found = new ArrayList<>();
		jdbc.sql(SELECT + " WHERE p.id <> :id AND p.received_on >= :since")
			.param("id", petition.value())
			.param("since", self.receivedOn().minusYears(settings.similarWindowYears()))
			.query(SimilarPetitions::row)
			.stream()
			.forEach(c -> {
				boolean samePerson = same(self.idNumber(), c.idNumber()) || same(self.phone(), c.phone());
				double score = jaccard(mine, bigrams(c.subject() + " " + c.matter()));
				if (samePerson || score >= THRESHOLD) {
					found.add(new Similar(c.id(), c.number(), c.subject(), c.receivedOn(), c.state(), samePerson, score));
				}
			});
		return found.stream()
			.sorted(Comparator.comparing(Similar::samePerson).thenComparingDouble(Similar::score).reversed())
			.limit(limit)
			.toList();
	}

	private static final String SELECT = "SELECT p.id, p.number, p.subject, p.matter, p.received_on, p.state, w.id_number, w.phone"
			+ " FROM petitions_petition p LEFT JOIN petitions_petitioner w ON w.petition_id = p.id";

	private static Candidate row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8));
	}

	private static boolean same(String a, String b) {
		return a != null && !a.isBlank() && a.equals(b);
	}

	/** The pairs of adjacent letters or digits of a text; punctuation and blanks break pairs. */
	static Set<String> bigrams(String text) {
		Set<String> grams = new HashSet<>();
		int[] cps = text.codePoints().map(cp -> Character.isLetterOrDigit(cp) ? Character.toLowerCase(cp) : -1).toArray();
		for (int i = 0; i + 1 < cps.length; i++) {
			if (cps[i] >= 0 && cps[i + 1] >= 0) {
				grams.add(new String(cps, i, 2));
			}
		}
		return grams;
	}

	static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int common = 0;
		Set<String> small = a.size() <= b.size() ? a : b;
		Set<String> large = small == a ? b : a;
		for (String g : small) {
			if (large.contains(g)) {
				common++;
			}
		}
		return (double) common / (a.size() + b.size() - common);
	}
}
