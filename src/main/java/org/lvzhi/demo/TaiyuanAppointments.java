package org.lvzhi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.lvzhi.appointments.AppointmentDesk;
import org.lvzhi.appointments.AppointmentDesk.Nominee;
import org.lvzhi.appointments.AppointmentDesk.Proposer;
import org.lvzhi.appointments.AppointmentKind;
import org.lvzhi.appointments.MotionId;
import org.lvzhi.appointments.NominationId;
import org.lvzhi.directory.AddMembership;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.Gender;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.MembershipView;
import org.lvzhi.directory.NewMembership;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonDetails;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.RegisterPerson;
import org.springframework.stereotype.Component;

/**
 * The motions of appointment and removal of 2023: 125 person-times over the 9 sittings, proposed by
 * the mayor (vice mayors, heads of departments), the court's president (vice presidents, members of
 * the judicial committee, division heads, judges), the chief procurator (deputy chief procurators,
 * members of the procuratorial committee, procurators) and the council of chairpersons (the
 * committee's working bodies). Each motion is accepted, put before its sitting, reviewed, and the
 * appointees' statements recorded; the votes are the sitting's (the meetings' part votes in secret
 * on every nominee), and {@link TaiyuanAppointmentsPublished} issues the letters, records the oaths
 * and publishes the lists afterwards. All persons are invented; those removed in 2023 who were not
 * in the directory yet are entered with their earlier appointment.
 */
@Component
class TaiyuanAppointments implements DemoContributor {

	/** Person-times per sitting (the 9 of {@link TaiyuanOversight#SITTINGS}): 125 in all. */
	static final int[] PER_SITTING = { 12, 18, 14, 15, 10, 16, 13, 15, 12 };

	static final String COURT = "太原市中级人民法院";
	static final String PROCURATORATE = "太原市人民检察院";

	private static final String[] EDUCATION = { "大学学历，法学学士", "研究生学历，法学硕士", "大学学历，经济学学士",
			"研究生学历，管理学硕士", "大学学历，工学学士", "在职研究生学历，公共管理硕士" };

	private final AppointmentDesk desk;
	private final Directory directory;
	private final RegisterPerson register;
	private final AddMembership memberships;

	private Random random;
	private final Map<String, OrganizationId> bodies = new LinkedHashMap<>();
	private final List<String> departmentsLeft = new ArrayList<>();

	TaiyuanAppointments(AppointmentDesk desk, Directory directory, RegisterPerson register, AddMembership memberships) {
		this.desk = desk;
		this.directory = directory;
		this.register = register;
		this.memberships = memberships;
	}

	@Override
	public int order() {
		return 930;
	}

	@Override
	public String name() {
		return "appointments";
	}

	@Override
	public void contribute(DemoContext context) {
		if (directory.organizationNamed(TaiyuanBodies.GOVERNMENT).isEmpty()) {
			return;
		}
		random = context.random(name());
		departmentsLeft.addAll(TaiyuanBodies.DEPARTMENTS.stream().filter(d -> !d.equals(TaiyuanBodies.DEMO_UNIT)).toList());
		java.util.Collections.shuffle(departmentsLeft, random);
		List<LocalDate> days = TaiyuanOversight.SITTINGS;
		for (int i = 0; i < days.size(); i++) {
			sitting(i, days.get(i));
		}
	}

	private void sitting(int index, LocalDate day) {
		Map<Proposer, List<Nominee>> motions = new EnumMap<>(Proposer.class);
		int count = specials(index, motions);
		String[] cycle = { "department", "judge", "procurator", "judgeOut", "committee", "courtLeader", "procuratorOut",
				"procuratorLeader" };
		int step = index;
		while (count < PER_SITTING[index]) {
			String what = cycle[step++ % cycle.length];
			if (what.equals("department") && PER_SITTING[index] - count < 2) {
				continue;
			}
			count += generic(what, day, motions);
		}
		for (var e : motions.entrySet()) {
			motion(e.getKey(), e.getValue(), day);
		}
	}

	/** The year's particular changes: a vice mayor resigns and another is appointed, an acting chief procurator, a dismissal. */
	private int specials(int index, Map<Proposer, List<Nominee>> motions) {
		OrganizationId gov = body(TaiyuanBodies.GOVERNMENT);
		return switch (index) {
			case 1 -> {
				add(motions, Proposer.MAYOR, new Nominee(AppointmentKind.RESIGNATION, holder(gov, "副市长"), gov,
						MembershipRole.DEPUTY_HEAD, "副市长", "因工作变动，本人提出辞去太原市人民政府副市长职务。"));
				add(motions, Proposer.MAYOR, appoint(gov, MembershipRole.DEPUTY_HEAD, "副市长", "太原市小店区委书记"));
				yield 2;
			}
			case 3 -> {
				OrganizationId p = body(PROCURATORATE);
				add(motions, Proposer.COUNCIL_OF_CHAIRPERSONS, new Nominee(AppointmentKind.RESIGNATION, holder(p, "检察长"), p,
						MembershipRole.HEAD, "检察长", "因工作调动，本人提出辞去太原市人民检察院检察长职务。"));
				add(motions, Proposer.COUNCIL_OF_CHAIRPERSONS,
						new Nominee(AppointmentKind.ACTING, newPerson("太原市人民检察院副检察长"), p, MembershipRole.HEAD, "检察长",
								record("太原市人民检察院副检察长")));
				yield 2;
			}
			case 6 -> {
				OrganizationId c = body(COURT);
				add(motions, Proposer.COURT_PRESIDENT, new Nominee(AppointmentKind.DISMISS,
						earlierHolder(c, MembershipRole.MEMBER, "审判员", "太原市中级人民法院审判员"), c, MembershipRole.MEMBER,
						"审判员", "因严重违纪被给予开除处分，依法提请撤销其审判员职务。"));
				yield 1;
			}
			case 8 -> {
				add(motions, Proposer.MAYOR, new Nominee(AppointmentKind.REMOVE, holder(gov, "副市长"), gov,
						MembershipRole.DEPUTY_HEAD, "副市长", "因工作变动，提请免去其太原市人民政府副市长职务。"));
				yield 1;
			}
			default -> 0;
		};
	}

	private int generic(String what, LocalDate day, Map<Proposer, List<Nominee>> motions) {
		OrganizationId court = body(COURT);
		OrganizationId procuratorate = body(PROCURATORATE);
		switch (what) {
			case "department" -> {
				String name = departmentsLeft.remove(0);
				OrganizationId d = body(name);
				String label = name.endsWith("局") ? "局长" : "主任";
				PersonId old = holder(d, label);
				add(motions, Proposer.MAYOR, new Nominee(AppointmentKind.REMOVE, old, d, MembershipRole.HEAD, label,
						"因工作变动，提请免去其" + name + label + "职务。"));
				add(motions, Proposer.MAYOR, appoint(d, MembershipRole.HEAD, label,
						pick(List.of("太原市小店区副区长", "太原市迎泽区副区长", "太原市万柏林区委常委", "太原市人民政府副秘书长"))
								+ "、" + name.replace("市", "") + "党组书记"));
				return 2;
			}
			case "judge" -> add(motions, Proposer.COURT_PRESIDENT,
					appoint(court, MembershipRole.MEMBER, "审判员", "太原市中级人民法院法官助理"));
			case "judgeOut" -> add(motions, Proposer.COURT_PRESIDENT,
					new Nominee(AppointmentKind.REMOVE, earlierHolder(court, MembershipRole.MEMBER, "审判员", "太原市中级人民法院审判员"),
							court, MembershipRole.MEMBER, "审判员", "因退休，提请免去其太原市中级人民法院审判员职务。"));
			case "courtLeader" -> {
				String label = pick(List.of("审判委员会委员", "庭长", "副庭长", "副院长"));
				add(motions, Proposer.COURT_PRESIDENT, appoint(court,
						label.equals("副院长") ? MembershipRole.DEPUTY_HEAD : MembershipRole.MEMBER, label, "太原市中级人民法院审判员"));
			}
			case "procurator" -> add(motions, Proposer.CHIEF_PROCURATOR,
					appoint(procuratorate, MembershipRole.MEMBER, "检察员", "太原市人民检察院检察官助理"));
			case "procuratorOut" -> add(motions, Proposer.CHIEF_PROCURATOR, new Nominee(AppointmentKind.REMOVE,
					earlierHolder(procuratorate, MembershipRole.MEMBER, "检察员", "太原市人民检察院检察员"), procuratorate,
					MembershipRole.MEMBER, "检察员", "因工作调动，提请免去其太原市人民检察院检察员职务。"));
			case "procuratorLeader" -> {
				String label = pick(List.of("检察委员会委员", "检察委员会委员", "副检察长"));
				add(motions, Proposer.CHIEF_PROCURATOR, appoint(procuratorate,
						label.equals("副检察长") ? MembershipRole.DEPUTY_HEAD : MembershipRole.MEMBER, label, "太原市人民检察院检察员"));
			}
			default -> {
				String c = pick(TaiyuanBodies.WORKING_COMMITTEES);
				add(motions, Proposer.COUNCIL_OF_CHAIRPERSONS, appoint(body("太原市人大常委会" + c), MembershipRole.DEPUTY_HEAD,
						"副主任", "太原市人大常委会" + c + "处长"));
			}
		}
		return 1;
	}

	private void motion(Proposer proposer, List<Nominee> nominees, LocalDate day) {
		String first = directory.names(List.of(nominees.get(0).person())).get(nominees.get(0).person());
		String title = "关于提请任免" + first + (nominees.size() > 1 ? "等" + nominees.size() + "人" : "") + "职务的议案";
		String by = switch (proposer) {
			case MAYOR -> "太原市人民政府";
			case COURT_PRESIDENT -> COURT;
			case CHIEF_PROCURATOR -> PROCURATORATE;
			case COUNCIL_OF_CHAIRPERSONS -> TaiyuanBodies.COUNCIL;
		};
		MotionId id = desk.submit(new AppointmentDesk.NewMotion(proposer, title,
				"根据工作需要和干部考察情况，依照《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》的规定，" + by + "提请市人大常委会审议。",
				"任免议案；任免理由说明；拟任人员考察材料；拟任人员简历", day.minusDays(12 + random.nextInt(8)), nominees));
		desk.accept(id);
		desk.schedule(id, day);
		desk.review(id, "经审查，提请任免的人员符合法定任职条件，任免程序合法，建议本次常委会会议审议表决。");
		List<NominationId> ids = desk.nominations(id);
		for (int i = 0; i < ids.size(); i++) {
			if (nominees.get(i).kind().starts()) {
				desk.statement(ids.get(i), "尊敬的主任、各位副主任、秘书长、各位委员：如获任命，我将坚决维护宪法和法律权威，"
						+ "自觉接受人大监督，依法履职、勤勉尽责、廉洁自律，决不辜负组织和人民的信任。");
			}
		}
	}

	private Nominee appoint(OrganizationId body, MembershipRole role, String label, String now) {
		return new Nominee(AppointmentKind.APPOINT, newPerson(now), body, role, label, record(now));
	}

	private String record(String now) {
		int born = 1968 + random.nextInt(20);
		return born + "年生，" + EDUCATION[random.nextInt(EDUCATION.length)] + "，" + (born + 23) + "年参加工作，现任" + now + "。";
	}

	private PersonId newPerson(String occupation) {
		boolean male = random.nextInt(100) >= 30;
		String ethnicity = random.nextInt(100) < 95 ? "汉族" : "回族";
		return register.register(new PersonDetails(Names.next(random, male, java.util.Set.of(TaiyuanBodies.CHAIR_NAME)),
				male ? Gender.MALE : Gender.FEMALE, ethnicity, occupation, null));
	}

	/** A person in a post since an earlier year, entered now so that 2023 can remove them. */
	private PersonId earlierHolder(OrganizationId body, MembershipRole role, String label, String occupation) {
		PersonId p = newPerson(occupation);
		memberships.add(new NewMembership(p, body, role, label, null, null,
				LocalDate.of(2010 + random.nextInt(10), 1 + random.nextInt(12), 1), null));
		return p;
	}

	/** Someone holding the post now, as the directory has it; entered as an earlier holder if nobody does. */
	private PersonId holder(OrganizationId body, String label) {
		return directory.membersOf(body).stream()
			.filter(m -> label.equals(m.label()) && m.endDate() == null && !taken.contains(m.personId()))
			.map(MembershipView::personId).findFirst()
			.map(p -> {
				taken.add(p);
				return p;
			})
			.orElseGet(() -> earlierHolder(body, label.startsWith("副") ? MembershipRole.DEPUTY_HEAD : MembershipRole.HEAD,
					label, directory.organization(body).orElseThrow().name() + label));
	}

	private final java.util.Set<PersonId> taken = new java.util.HashSet<>();

	private OrganizationId body(String name) {
		return bodies.computeIfAbsent(name, n -> directory.organizationNamed(n).orElseThrow().id());
	}

	private static int add(Map<Proposer, List<Nominee>> motions, Proposer proposer, Nominee n) {
		motions.computeIfAbsent(proposer, p -> new ArrayList<>()).add(n);
		return 1;
	}

	private <T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}
}
