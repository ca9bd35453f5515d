package org.lvzhi.bench.directory;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.postgresql.PGConnection;

/**
 * A province-sized directory in one deterministic draw: the congresses of the five levels over
 * two terms (the current and the previous one), the municipal delegations, the standing committee
 * and its offices; {@code persons} persons, most of them deputies, with their memberships, some
 * ended. Written straight into the app's tables with COPY, ids included, and the identity
 * sequences moved past them so the app can go on inserting.
 */
final class DirectoryData {

	/** Taiyuan's districts and counties with the region code that opens an ID card number. */
	private static final String[][] COUNTIES = { { "小店区", "140105" }, { "迎泽区", "140106" }, { "杏花岭区", "140107" },
			{ "尖草坪区", "140108" }, { "万柏林区", "140109" }, { "晋源区", "140110" }, { "清徐县", "140121" },
			{ "阳曲县", "140122" }, { "娄烦县", "140123" }, { "古交市", "140181" } };
	private static final int TOWNSHIPS_PER_COUNTY = 8;
	private static final String PLACE = "东西南北中上下前后大小新老石河岭沟庄堡峪水泉店寨坪口林山关阳城营坡湾塔头";
	private static final String[] ETHNICITIES = { "回族", "满族", "蒙古族", "土家族", "壮族", "朝鲜族" };
	private static final String[] OCCUPATIONS = { "村党支部书记、村委会主任", "社区党组织书记", "农民", "企业负责人", "企业职工",
			"中学教师", "小学教师", "医生", "护士", "律师", "乡镇干部", "县直机关干部", "个体工商户", "农民专业合作社理事长", "科研人员",
			"高校教师", "工程师", "退役军人", "文艺工作者", "社会组织负责人" };

	/** A term of the congresses of one level: number, first and last day (null while it lasts). */
	record Term(int number, LocalDate start, LocalDate end) {
	}

	/** Previous and current term of each level, in DeputyLevel order. */
	static final Map<String, Term[]> TERMS = new LinkedHashMap<>();
	static {
		TERMS.put("NATIONAL", new Term[] { new Term(13, LocalDate.of(2018, 3, 5), LocalDate.of(2023, 3, 4)),
				new Term(14, LocalDate.of(2023, 3, 5), null) });
		TERMS.put("PROVINCIAL", new Term[] { new Term(13, LocalDate.of(2018, 1, 24), LocalDate.of(2023, 1, 13)),
				new Term(14, LocalDate.of(2023, 1, 14), null) });
		TERMS.put("MUNICIPAL", new Term[] { new Term(14, LocalDate.of(2016, 12, 27), LocalDate.of(2021, 12, 27)),
				new Term(15, LocalDate.of(2021, 12, 28), null) });
		TERMS.put("COUNTY", new Term[] { new Term(17, LocalDate.of(2016, 10, 1), LocalDate.of(2021, 9, 30)),
				new Term(18, LocalDate.of(2021, 10, 1), null) });
		TERMS.put("TOWNSHIP", new Term[] { new Term(17, LocalDate.of(2016, 10, 1), LocalDate.of(2021, 9, 30)),
				new Term(18, LocalDate.of(2021, 10, 1), null) });
	}

	/** Share of deputies per level, in per mille. */
	private static final int[] LEVEL_SHARE = { 5, 25, 70, 200, 700 };
	private static final String[] LEVELS = { "NATIONAL", "PROVINCIAL", "MUNICIPAL", "COUNTY", "TOWNSHIP" };

	private final int persons;
	private final long seed;
	private final LocalDate today;
	private final Names names = new Names();

	private final StringBuilder orgCopy = new StringBuilder();
	private final StringBuilder personCopy = new StringBuilder();
	private final StringBuilder membershipCopy = new StringBuilder();
	private long orgId;
	private long membershipId;

	/** congress id by level, term index (0 previous, 1 current) and area index. */
	private final Map<String, Long> congress = new LinkedHashMap<>();
	private final Map<String, Long> delegation = new LinkedHashMap<>();
	private final List<Long> offices = new ArrayList<>();
	private long standingCommittee;

	/** Every person's name, by id - 1: the search fragments are drawn from it. */
	final String[] personNames;
	int organizations;
	int memberships;

	DirectoryData(int persons, long seed, LocalDate today) {
		this.persons = persons;
		this.seed = seed;
		this.today = today;
		this.personNames = new String[persons];
	}

	/** Draws everything and writes it; returns the number of rows written. */
	long load(Connection c) throws SQLException {
		Random random = new Random(seed);
		organizations();
		people(random);
		PGConnection pg = c.unwrap(PGConnection.class);
		boolean auto = c.getAutoCommit();
		c.setAutoCommit(false);
		try {
			long rows = copy(pg, "directory_organization (id, name, classification, parent_id, level, term, area, "
					+ "founding_date, dissolution_date, version)", orgCopy);
			rows += copy(pg, "directory_person (id, name, gender, ethnicity, occupation, id_number, mobile, birth_date, "
					+ "created_at, version)", personCopy);
			rows += copy(pg, "directory_membership (id, person_id, organization_id, role, label, term, constituency, "
					+ "start_date, end_date, version)", membershipCopy);
			try (Statement s = c.createStatement()) {
				for (String table : List.of("directory_organization", "directory_person", "directory_membership")) {
					s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT max(id) FROM " + table
							+ "))");
				}
			}
			c.commit();
			return rows;
		}
		finally {
			c.setAutoCommit(auto);
		}
	}

	private static long copy(PGConnection pg, String target, StringBuilder rows) throws SQLException {
		try {
			return pg.getCopyAPI().copyIn("COPY " + target + " FROM STDIN", new StringReader(rows.toString()));
		}
		catch (java.io.IOException e) {
			throw new SQLException(e);
		}
	}

	private void organizations() {
		for (int t = 0; t < 2; t++) {
			Term nt = TERMS.get("NATIONAL")[t];
			congress.put(key("NATIONAL", t, 0), org("第" + numeral(nt.number()) + "届全国人民代表大会", "CONGRESS", null,
					"NATIONAL", nt, "全国"));
			Term pt = TERMS.get("PROVINCIAL")[t];
			congress.put(key("PROVINCIAL", t, 0), org("山西省第" + numeral(pt.number()) + "届人民代表大会", "CONGRESS", null,
					"PROVINCIAL", pt, "山西省"));
			Term mt = TERMS.get("MUNICIPAL")[t];
			long city = org("太原市第" + numeral(mt.number()) + "届人民代表大会", "CONGRESS", null, "MUNICIPAL", mt, "太原市");
			congress.put(key("MUNICIPAL", t, 0), city);
			for (int k = 0; k < COUNTIES.length; k++) {
				delegation.put(key("MUNICIPAL", t, k), org("太原市第" + numeral(mt.number()) + "届人民代表大会" + COUNTIES[k][0]
						+ "代表团", "DELEGATION", city, "MUNICIPAL", mt, COUNTIES[k][0]));
			}
			Term ct = TERMS.get("COUNTY")[t];
			Term tt = TERMS.get("TOWNSHIP")[t];
			String[][] towns = townships();
			for (int k = 0; k < COUNTIES.length; k++) {
				String county = COUNTIES[k][0];
				congress.put(key("COUNTY", t, k), org(county + "第" + numeral(ct.number()) + "届人民代表大会", "CONGRESS",
						null, "COUNTY", ct, county));
				for (int w = 0; w < TOWNSHIPS_PER_COUNTY; w++) {
					String town = towns[k][w];
					congress.put(key("TOWNSHIP", t, k * TOWNSHIPS_PER_COUNTY + w), org(county + town + "第"
							+ numeral(tt.number()) + "届人民代表大会", "CONGRESS", null, "TOWNSHIP", tt, town));
				}
			}
		}
		Term mt = TERMS.get("MUNICIPAL")[1];
		standingCommittee = org("太原市人民代表大会常务委员会", "STANDING_COMMITTEE", null, "MUNICIPAL", mt, "太原市");
		String[][] organs = { { "太原市人大常委会办公厅", "OFFICE" }, { "太原市人大常委会法制工作委员会", "WORKING_COMMITTEE" },
				{ "太原市人大常委会代表工作委员会", "WORKING_COMMITTEE" }, { "太原市人大常委会研究室", "OFFICE" },
				{ "太原市人大常委会信访局", "OFFICE" } };
		for (String[] o : organs) {
			offices.add(org(o[0], o[1], standingCommittee, "MUNICIPAL", mt, null));
		}
	}

	/** Township names unique within each county, e.g. 北石镇, drawn once. */
	private static String[][] townships() {
		Random random = new Random(7);
		String[][] names = new String[COUNTIES.length][TOWNSHIPS_PER_COUNTY];
		for (int k = 0; k < COUNTIES.length; k++) {
			Set<String> taken = new HashSet<>();
			for (int w = 0; w < TOWNSHIPS_PER_COUNTY; w++) {
				String name;
				do {
					name = "" + PLACE.charAt(random.nextInt(PLACE.length())) + PLACE.charAt(random.nextInt(PLACE.length()))
							+ (w % 3 == 2 ? "乡" : "镇");
				}
				while (!taken.add(name));
				names[k][w] = name;
			}
		}
		return names;
	}

	private long org(String name, String classification, Long parent, String level, Term term, String area) {
		long id = ++orgId;
		organizations++;
		orgCopy.append(id).append('\t').append(name).append('\t').append(classification).append('\t')
			.append(nul(parent)).append('\t').append(nul(level)).append('\t').append(term.number()).append('\t')
			.append(nul(area)).append('\t').append(term.start()).append('\t').append(nul(term.end())).append("\t1\n");
		return id;
	}

	private void people(Random random) {
		Set<String> idNumbers = new HashSet<>();
		int committeeSeats = 0;
		String createdAt = today + " 09:00:00+08";
		for (int i = 0; i < persons; i++) {
			long id = i + 1;
			String name = names.name(random);
			personNames[i] = name;
			boolean male = random.nextInt(100) < 72;
			String ethnicity = random.nextInt(100) < 95 ? "汉族" : ETHNICITIES[random.nextInt(ETHNICITIES.length)];
			String occupation = OCCUPATIONS[random.nextInt(OCCUPATIONS.length)];
			int county = random.nextInt(COUNTIES.length);
			LocalDate birth = LocalDate.of(1955, 1, 1).plusDays(random.nextInt(365 * 45));
			String idNumber;
			do {
				idNumber = idNumber(COUNTIES[county][1], birth, random.nextInt(500) * 2 + (male ? 1 : 0));
			}
			while (!idNumbers.add(idNumber));
			String mobile = "1" + "358".charAt(random.nextInt(3)) + String.format("%09d", random.nextInt(1_000_000_000));
			personCopy.append(id).append('\t').append(name).append('\t').append(male ? "MALE" : "FEMALE").append('\t')
				.append(ethnicity).append('\t').append(occupation).append('\t').append(idNumber).append('\t').append(mobile)
				.append('\t').append(birth).append('\t').append(createdAt).append("\t1\n");

			int kind = random.nextInt(100);
			if (kind < 3) {
				continue; // known to the office, no seat: a unit head, an expert
			}
			if (kind < 4) {
				LocalDate start = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(365 * 20));
				LocalDate end = random.nextInt(10) == 0 ? start.plusDays(1 + random.nextInt(2000)) : null;
				if (end != null && !end.isBefore(today)) {
					end = null;
				}
				membership(id, offices.get(random.nextInt(offices.size())), "STAFF", 15, null, start, end);
				continue;
			}
			String level = level(random);
			int area = switch (level) {
				case "COUNTY" -> county;
				case "TOWNSHIP" -> county * TOWNSHIPS_PER_COUNTY + random.nextInt(TOWNSHIPS_PER_COUNTY);
				default -> 0;
			};
			boolean current = random.nextInt(100) < 70;
			boolean previousToo = current && random.nextInt(100) < 30;
			if (!current || previousToo) {
				seat(id, level, 0, area, county, null, random);
			}
			if (current) {
				LocalDate left = null;
				if (random.nextInt(100) < 2) {
					LocalDate start = TERMS.get(level)[1].start();
					left = start.plusDays(random.nextInt((int) (today.toEpochDay() - start.toEpochDay())));
				}
				seat(id, level, 1, area, county, left, random);
				if ("MUNICIPAL".equals(level) && left == null && committeeSeats < 60) {
					String role = committeeSeats == 0 ? "CHAIR" : committeeSeats <= 8 ? "VICE_CHAIR"
							: committeeSeats == 9 ? "SECRETARY_GENERAL" : "MEMBER";
					membership(id, standingCommittee, role, 15, null, TERMS.get(level)[1].start(), null);
					committeeSeats++;
				}
			}
		}
	}

	/** A deputy's seat in a congress, and for a municipal deputy the place in the county's delegation. */
	private void seat(long person, String level, int t, int area, int county, LocalDate left, Random random) {
		Term term = TERMS.get(level)[t];
		LocalDate end = t == 0 ? term.end() : left;
		String constituency = "COUNTY".equals(level) || "TOWNSHIP".equals(level) ? "第" + (1 + random.nextInt(40)) + "选区"
				: null;
		membership(person, congress.get(key(level, t, area)), "DEPUTY", term.number(), constituency, term.start(), end);
		if ("MUNICIPAL".equals(level)) {
			membership(person, delegation.get(key(level, t, county)), "MEMBER", term.number(), null, term.start(), end);
		}
	}

	private void membership(long person, long org, String role, int term, String constituency, LocalDate start,
			LocalDate end) {
		memberships++;
		membershipCopy.append(++membershipId).append('\t').append(person).append('\t').append(org).append('\t')
			.append(role).append("\t\\N\t").append(term).append('\t').append(nul(constituency)).append('\t').append(start)
			.append('\t').append(nul(end)).append("\t1\n");
	}

	private static String level(Random random) {
		int x = random.nextInt(1000);
		int sum = 0;
		for (int i = 0; i < LEVEL_SHARE.length; i++) {
			sum += LEVEL_SHARE[i];
			if (x < sum) {
				return LEVELS[i];
			}
		}
		return "TOWNSHIP";
	}

	private static String key(String level, int term, int area) {
		return level + "/" + term + "/" + area;
	}

	private static String nul(Object o) {
		return o == null ? "\\N" : o.toString();
	}

	/** An 18-character resident ID number with its ISO 7064 MOD 11-2 check character. */
	static String idNumber(String region, LocalDate birth, int sequence) {
		String body = region + birth.toString().replace("-", "") + String.format("%03d", sequence);
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

	static String numeral(int n) {
		String digits = "零一二三四五六七八九";
		if (n < 10) {
			return String.valueOf(digits.charAt(n));
		}
		return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
	}

	/** The bench account: staff of the general office, who may read (and edit) the directory. */
	static void account(Connection c, String username, String passwordHash) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO accounts_account (username, password_hash, display_name,"
				+ " role, office_code, enabled, created_at, version) VALUES (?, ?, '基准测试员', 'STAFF',"
				+ " 'GENERAL_OFFICE', TRUE, now(), 0)")) {
			ps.setString(1, username);
			ps.setString(2, passwordHash);
			ps.executeUpdate();
		}
	}
}
