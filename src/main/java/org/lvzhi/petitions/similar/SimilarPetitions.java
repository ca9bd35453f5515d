package org.lvzhi.petitions.similar;

import java.util.LinkedHashSet;

import org.lvzhi.petitions.routing.MatterText;
import org.lvzhi.petitions.routing.PetitionDocuments;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchHits;

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
 * Candidates are the petitions of the last few years ({@code lvzhi.petitions.similar-window-years}) that the
 * search index finds told in similar words, and every petition with the same ID number or phone; a
 * matter seen that often is a repeated petition (重复信访) the office must know of.
 */
@Service
public class SimilarPetitions {

	static final double THRESHOLD = 0.18;

	/** How many matters told in similar words the index proposes before the bigram overlap decides. */
	static final int CANDIDATES = 100;

	private final JdbcClient jdbc;
	private final PetitionSettings settings;
	private final Search search;

	SimilarPetitions(JdbcClient jdbc, PetitionSettings settings, Search search) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.search = search;
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
		return similar(self.subject(), self.matter(), self.idNumber(), self.phone(), self.receivedOn(), petition.value(),
				true, limit);
	}

	/**
	 * While the office registers a petition: the petitions on the same matter, and with
	 * {@code samePerson} those of the same ID number or phone, looked up in the database only (the
	 * index holds no personal data). Only the petitions office may ask for the same person.
	 */
	@Transactional(readOnly = true)
	public List<Similar> whileRegistering(String subject, String matter, String idNumber, String phone,
			LocalDate receivedOn, boolean samePerson, int limit) {
		String text = (subject == null ? "" : subject) + " " + (matter == null ? "" : matter);
		boolean person = samePerson && (filled(idNumber) || filled(phone));
		if (text.strip().length() < MIN_TYPED && !person) {
			return List.of();
		}
		return similar(subject == null ? "" : subject, matter == null ? "" : matter, person ? idNumber : null,
				person ? phone : null, receivedOn == null ? LocalDate.now() : receivedOn, null, person, limit);
	}

	/** Fewer letters than this say nothing about a matter. */
	static final int MIN_TYPED = 4;

	private List<Similar> similar(String subject, String matter, String idNumber, String phone, LocalDate receivedOn,
			Long self, boolean samePersonToo, int limit) {
		Set<Long> ids = new LinkedHashSet<>();
		// The index finds the matters told in similar words among all petitions in well under a
		// second; comparing every petition of the window row by row took 15 s at 1,000,000.
		for (SearchHits.Hit hit : search.similar(PetitionDocuments.TYPE,
				MatterText.scrubbed(subject + "\n" + matter, List.of()), CANDIDATES,
				Set.of(PetitionDocuments.READER), self == null ? Set.of() : Set.of(String.valueOf(self)))) {
			ids.add(Long.valueOf(hit.id()));
		}
		// The same person is found by ID number or phone in the database, whatever the matter says.
		if (samePersonToo && (filled(idNumber) || filled(phone))) {
			ids.addAll(jdbc.sql("SELECT w.petition_id FROM petitions_petitioner w WHERE w.id_number = :n OR w.phone = :ph")
				.param("n", filled(idNumber) ? idNumber.strip() : "-")
				.param("ph", filled(phone) ? phone.strip() : "-")
				.query(Long.class).list());
		}
		if (self != null) {
			ids.remove(self);
		}
		if (ids.isEmpty()) {
			return List.of();
		}
		Set<String> mine = bigrams(subject + " " + matter);
		List<Similar> found = new ArrayList<>();
		jdbc.sql(SELECT + " WHERE p.id IN (:ids) AND p.received_on >= :since")
			.param("ids", ids)
			.param("since", receivedOn.minusYears(settings.similarWindowYears()))
			.query(SimilarPetitions::row)
			.stream()
			.forEach(c -> {
				boolean samePerson = samePersonToo
						&& (same(strip(idNumber), c.idNumber()) || same(strip(phone), c.phone()));
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

	private static boolean filled(String s) {
		return s != null && !s.isBlank();
	}

	private static String strip(String s) {
		return s == null ? null : s.strip();
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
