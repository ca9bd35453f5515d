package org.lvzhi.demo;

import static org.lvzhi.demo.TaiyuanBodies.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.Gender;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.PersonDetails;
import org.lvzhi.directory.PersonalData;
import org.lvzhi.directory.RosterRow;

/**
 * Draws the persons of the Taiyuan plan from one random: deputies of five levels, the standing
 * committee (from the municipal deputies, 魏民 in the chair), the committees' members, and the
 * heads of the government, its departments, the court and the procuratorate.
 */
final class TaiyuanPlanner {

	static final int VICE_CHAIRS = 7;
	static final int COMMITTEE_MEMBERS = 41;

	private final People people;

	private TaiyuanPlanner(Random random) {
		this.people = new People(random);
	}

	static TaiyuanPlan plan(Random random) {
		return new TaiyuanPlanner(random).build();
	}

	private TaiyuanPlan build() {
		List<RosterRow> roster = new ArrayList<>();
		List<RosterRow> municipal = municipal();
		roster.addAll(municipal);
		for (int i = 0; i < NATIONAL_DEPUTIES; i++) {
			District d = people.pick(DISTRICTS);
			roster.add(row(people.draw(d.areaCode(), 30, 1960, 1985), DeputyLevel.NATIONAL, 14, NPC, NPC_DELEGATION, null, "山西省", d));
		}
		for (int i = 0; i < PROVINCIAL_DEPUTIES; i++) {
			District d = people.pick(DISTRICTS);
			roster.add(row(people.draw(d.areaCode(), 30, 1960, 1988), DeputyLevel.PROVINCIAL, 14, PROVINCIAL, PROVINCIAL_DELEGATION, null, "太原市", d));
		}
		for (District d : DISTRICTS) {
			for (int i = 0; i < d.countyDeputies(); i++) {
				String group = TaiyuanBodyPlan.districtGroup(d, i % GROUPS_PER_DISTRICT + 1);
				roster.add(row(people.draw(d.areaCode(), 32, 1960, 1995), DeputyLevel.COUNTY, COUNTY_TERM, d.congress(), null, group,
						d.name() + "第" + (i / 3 + 1) + "选区", d));
			}
		}
		for (String[] town : TOWNS) {
			District d = DISTRICTS.stream().filter(x -> x.name().equals(town[1])).findFirst().orElseThrow();
			for (int i = 0; i < TOWNSHIP_DEPUTIES; i++) {
				roster.add(row(people.draw(d.areaCode(), 30, 1960, 1998), DeputyLevel.TOWNSHIP, TOWNSHIP_TERM,
						TaiyuanBodyPlan.townCongress(town[0]), null, null, town[0] + "第" + (i / 2 + 1) + "选区", d));
			}
		}
		return new TaiyuanPlan(TaiyuanBodyPlan.bodies(), roster, appointments(municipal), officials());
	}

	/** The 480 municipal deputies; the chair comes first, in the 迎泽区 delegation. */
	private List<RosterRow> municipal() {
		List<RosterRow> rows = new ArrayList<>();
		District yingze = DISTRICTS.get(1);
		rows.add(row(people.draw(yingze.areaCode(), Gender.MALE, CHAIR_NAME, 1963, 1966), DeputyLevel.MUNICIPAL, 15, CONGRESS,
				yingze.name() + "代表团", TaiyuanBodyPlan.municipalGroup(yingze.name() + "代表团", 1), "迎泽区第1选区", yingze));
		for (District d : DISTRICTS) {
			String delegation = d.name() + "代表团";
			int count = d.municipalDeputies() - (d == yingze ? 1 : 0);
			for (int i = 0; i < count; i++) {
				rows.add(row(people.draw(d.areaCode(), 30, 1960, 1990), DeputyLevel.MUNICIPAL, 15, CONGRESS, delegation,
						TaiyuanBodyPlan.municipalGroup(delegation, i % GROUPS_PER_DELEGATION + 1), d.name() + "第" + (i / 2 + 1) + "选区", d));
			}
		}
		for (int i = 0; i < PLA_DEPUTIES; i++) {
			rows.add(row(people.draw("140100", 15, 1965, 1985), DeputyLevel.MUNICIPAL, 15, CONGRESS, PLA_DELEGATION,
					TaiyuanBodyPlan.municipalGroup(PLA_DELEGATION, i % GROUPS_PER_DELEGATION + 1), "驻并部队选区", null));
		}
		return rows;
	}

	private RosterRow row(People.Drawn p, DeputyLevel level, int term, String congress, String delegation, String group,
			String constituency, District district) {
		String area = district == null ? "驻并部队" : district.name();
		String pattern = people.pick(OCCUPATIONS);
		String occupation = district == null ? "驻并部队干部"
				: String.format(pattern, pattern.startsWith("%s") ? area : people.pick(WORDS), people.pick(WORDS));
		return new RosterRow(p.name(), p.gender(), p.ethnicity(), p.birthDate(), p.idNumber(), level, term, congress,
				delegation, group, constituency, occupation.replace("%s", ""), null);
	}

	/** The standing committee and its committees, drawn from the municipal deputies. */
	private List<TaiyuanPlan.Appointment> appointments(List<RosterRow> municipal) {
		List<TaiyuanPlan.Appointment> result = new ArrayList<>();
		List<RosterRow> members = municipal.subList(0, 1 + VICE_CHAIRS + 1 + COMMITTEE_MEMBERS);
		for (int i = 0; i < members.size(); i++) {
			MembershipRole role = i == 0 ? MembershipRole.CHAIR
					: i <= VICE_CHAIRS ? MembershipRole.VICE_CHAIR
							: i == VICE_CHAIRS + 1 ? MembershipRole.SECRETARY_GENERAL : MembershipRole.MEMBER;
			String id = members.get(i).idNumber();
			result.add(new TaiyuanPlan.Appointment(id, STANDING_COMMITTEE, role, null, TERM_START));
			if (role != MembershipRole.MEMBER) {
				result.add(new TaiyuanPlan.Appointment(id, COUNCIL, role, null, TERM_START));
			}
		}
		for (int c = 0; c < SPECIAL_COMMITTEES.size(); c++) {
			String body = "太原市人民代表大会" + SPECIAL_COMMITTEES.get(c);
			for (int k = 0; k < 7; k++) {
				RosterRow m = municipal.get(VICE_CHAIRS + 2 + (c * 7 + k) % (COMMITTEE_MEMBERS + 60));
				MembershipRole role = k == 0 ? MembershipRole.CHAIR : k <= 2 ? MembershipRole.VICE_CHAIR : MembershipRole.MEMBER;
				result.add(new TaiyuanPlan.Appointment(m.idNumber(), body, role, null, TERM_START));
			}
		}
		return result;
	}

	/** Heads of the working committees, offices, the government and its departments, court and procuratorate. */
	private List<TaiyuanPlan.Official> officials() {
		List<TaiyuanPlan.Official> result = new ArrayList<>();
		for (String c : WORKING_COMMITTEES) {
			result.add(official("太原市人大常委会" + c, MembershipRole.HEAD, "主任"));
		}
		result.add(official("太原市人大常委会办公厅", MembershipRole.HEAD, "主任"));
		result.add(official("太原市人大常委会研究室", MembershipRole.HEAD, "主任"));
		result.add(official("太原市人大常委会信访局", MembershipRole.HEAD, "局长"));
		result.add(official(GOVERNMENT, MembershipRole.HEAD, "市长"));
		for (int i = 0; i < 6; i++) {
			result.add(official(GOVERNMENT, MembershipRole.DEPUTY_HEAD, "副市长"));
		}
		for (String d : DEPARTMENTS) {
			result.add(official(d, MembershipRole.HEAD, d.endsWith("局") ? "局长" : "主任"));
		}
		result.add(official("太原市监察委员会", MembershipRole.HEAD, "主任"));
		result.add(official("太原市中级人民法院", MembershipRole.HEAD, "院长"));
		result.add(official("太原市人民检察院", MembershipRole.HEAD, "检察长"));
		return result;
	}

	private TaiyuanPlan.Official official(String body, MembershipRole role, String label) {
		People.Drawn p = people.draw("140100", 25, 1965, 1980);
		PersonDetails details = new PersonDetails(p.name(), p.gender(), p.ethnicity(), body + label,
				new PersonalData(p.idNumber(), null, p.birthDate()));
		return new TaiyuanPlan.Official(details, body, role, label, TaiyuanBodies.TERM_START.plusMonths(people.nextInt(18)));
	}
}
