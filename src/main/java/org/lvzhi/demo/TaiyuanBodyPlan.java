package org.lvzhi.demo;

import static org.lvzhi.demo.TaiyuanBodies.*;

import java.util.ArrayList;
import java.util.List;

import org.lvzhi.directory.Classification;
import org.lvzhi.directory.DeputyLevel;

/** The bodies of the Taiyuan directory; no randomness here. */
final class TaiyuanBodyPlan {

	private static final String NUMBERS = "一二三四五六七八九十";

	private TaiyuanBodyPlan() {
	}

	static String ordinal(int n) {
		return n <= 10 ? String.valueOf(NUMBERS.charAt(n - 1)) : "十" + NUMBERS.charAt(n - 11);
	}

	static String municipalGroup(String delegation, int n) {
		return delegation + "第" + ordinal(n) + "代表小组";
	}

	static String districtGroup(District d, int n) {
		return d.name() + "人大代表第" + ordinal(n) + "小组";
	}

	static String townCongress(String town) {
		return town + "第十八届人民代表大会";
	}

	static List<TaiyuanPlan.Body> bodies() {
		List<TaiyuanPlan.Body> b = new ArrayList<>();
		DeputyLevel m = DeputyLevel.MUNICIPAL;
		b.add(new TaiyuanPlan.Body(NPC, Classification.CONGRESS, null, DeputyLevel.NATIONAL, 14, "全国", NPC_START));
		b.add(new TaiyuanPlan.Body(NPC_DELEGATION, Classification.DELEGATION, NPC, DeputyLevel.NATIONAL, 14, "山西省", NPC_START));
		b.add(new TaiyuanPlan.Body(PROVINCIAL, Classification.CONGRESS, null, DeputyLevel.PROVINCIAL, 14, "山西省", PROVINCIAL_START));
		b.add(new TaiyuanPlan.Body(PROVINCIAL_DELEGATION, Classification.DELEGATION, PROVINCIAL, DeputyLevel.PROVINCIAL, 14, CITY, PROVINCIAL_START));
		b.add(new TaiyuanPlan.Body(CONGRESS, Classification.CONGRESS, null, m, 15, CITY, TERM_START));
		b.add(new TaiyuanPlan.Body(STANDING_COMMITTEE, Classification.STANDING_COMMITTEE, CONGRESS, m, 15, CITY, TERM_START));
		b.add(new TaiyuanPlan.Body(COUNCIL, Classification.COUNCIL_OF_CHAIRPERSONS, STANDING_COMMITTEE, m, 15, CITY, TERM_START));
		for (String c : SPECIAL_COMMITTEES) {
			b.add(new TaiyuanPlan.Body("太原市人民代表大会" + c, Classification.SPECIAL_COMMITTEE, CONGRESS, m, 15, CITY, TERM_START));
		}
		for (String c : WORKING_COMMITTEES) {
			b.add(new TaiyuanPlan.Body("太原市人大常委会" + c, Classification.WORKING_COMMITTEE, STANDING_COMMITTEE, m, 15, CITY, TERM_START));
		}
		for (String o : OFFICES) {
			b.add(new TaiyuanPlan.Body("太原市人大常委会" + o, Classification.OFFICE, STANDING_COMMITTEE, m, null, CITY, null));
		}
		b.add(new TaiyuanPlan.Body(GOVERNMENT, Classification.GOVERNMENT, null, null, null, CITY, null));
		for (String d : DEPARTMENTS) {
			b.add(new TaiyuanPlan.Body(d, Classification.GOVERNMENT_DEPARTMENT, GOVERNMENT, null, null, CITY, null));
		}
		b.add(new TaiyuanPlan.Body("太原市监察委员会", Classification.SUPERVISORY_COMMISSION, null, null, null, CITY, null));
		b.add(new TaiyuanPlan.Body("太原市中级人民法院", Classification.COURT, null, null, null, CITY, null));
		b.add(new TaiyuanPlan.Body("太原市人民检察院", Classification.PROCURATORATE, null, null, null, CITY, null));
		List<String> delegations = new ArrayList<>(DISTRICTS.stream().map(d -> d.name() + "代表团").toList());
		delegations.add(PLA_DELEGATION);
		for (String delegation : delegations) {
			b.add(new TaiyuanPlan.Body(delegation, Classification.DELEGATION, CONGRESS, m, 15, null, TERM_START));
			for (int g = 1; g <= GROUPS_PER_DELEGATION; g++) {
				b.add(new TaiyuanPlan.Body(municipalGroup(delegation, g), Classification.DEPUTY_GROUP, delegation, m, 15, null, TERM_START));
			}
		}
		for (District d : DISTRICTS) {
			b.add(new TaiyuanPlan.Body(d.congress(), Classification.CONGRESS, null, DeputyLevel.COUNTY, COUNTY_TERM, d.name(), COUNTY_START));
			for (int g = 1; g <= GROUPS_PER_DISTRICT; g++) {
				b.add(new TaiyuanPlan.Body(districtGroup(d, g), Classification.DEPUTY_GROUP, d.congress(), DeputyLevel.COUNTY, COUNTY_TERM, d.name(), COUNTY_START));
			}
		}
		for (String[] town : TOWNS) {
			b.add(new TaiyuanPlan.Body(townCongress(town[0]), Classification.CONGRESS, null, DeputyLevel.TOWNSHIP, TOWNSHIP_TERM, town[1] + town[0], TOWNSHIP_START));
		}
		return b;
	}
}
