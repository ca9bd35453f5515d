package org.lvzhi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.petitions.NewPetition;
import org.lvzhi.petitions.PetitionDesk;
import org.lvzhi.petitions.PetitionId;
import org.lvzhi.petitions.PetitionKind;
import org.lvzhi.petitions.ReplyKind;
import org.lvzhi.petitions.Route;
import org.springframework.stereotype.Component;

/**
 * The petitions of 2023, as the annual report counts them: 73 letters, 229 visiting groups, 97
 * matters transferred or assigned to the responsible bodies and 11 supervised, besides online and
 * telephone petitions. Every petition takes its course through the office's moves: routed within
 * the routing period, most answered and closed within the year.
 */
@Component
class TaiyuanPetitions implements DemoContributor {

	static final int LETTERS = 73;
	static final int VISITS = 229;
	static final int ONLINE = 24;
	static final int PHONE = 12;
	static final int TRANSFERRED = 97;
	static final int SUPERVISED = 11;
	private static final int YEAR = 2023;
	private static final String[] AREAS = { "小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区", "晋源区", "古交市", "清徐县",
			"阳曲县", "娄烦县" };
	private static final String[] LEADERS = { "常委会秘书长", "分管副主任", "信访局局长" };

	private final PetitionDesk desk;
	private final Deadlines deadlines;
	private final Directory directory;

	TaiyuanPetitions(PetitionDesk desk, Deadlines deadlines, Directory directory) {
		this.desk = desk;
		this.deadlines = deadlines;
		this.directory = directory;
	}

	@Override
	public int order() {
		return 970;
	}

	@Override
	public String name() {
		return "petitions";
	}

	private record Planned(PetitionKind kind, LocalDate on) {
	}

	private record Registered(PetitionId id, String body) {
	}

	@Override
	public void contribute(DemoContext context) {
		Random random = context.random(name());
		List<Planned> plan = new ArrayList<>();
		add(plan, PetitionKind.LETTER, LETTERS, random);
		add(plan, PetitionKind.VISIT, VISITS, random);
		add(plan, PetitionKind.ONLINE, ONLINE, random);
		add(plan, PetitionKind.PHONE, PHONE, random);
		plan.sort((a, b) -> a.on().compareTo(b.on()));
		// Who is transferred: any but the telephone calls, which the office answers itself.
		List<Integer> transferable = new ArrayList<>();
		for (int i = 0; i < plan.size(); i++) {
			if (plan.get(i).kind() != PetitionKind.PHONE) {
				transferable.add(i);
			}
		}
		Collections.shuffle(transferable, random);
		HashSet<Integer> transferred = new HashSet<>(transferable.subList(0, TRANSFERRED));
		List<Integer> supervisedPick = new ArrayList<>(transferable.subList(0, TRANSFERRED));
		Collections.shuffle(supervisedPick, random);
		HashSet<Integer> supervised = new HashSet<>(supervisedPick.subList(0, SUPERVISED));
		Set<String> names = new HashSet<>();
		for (int i = 0; i < plan.size(); i++) {
			Planned p = plan.get(i);
			Registered reg = register(p, random, names);
			PetitionId id = reg.id();
			LocalDate routed = workingDayAfter(p.on(), 1 + random.nextInt(8));
			if (transferred.contains(i)) {
				transfer(id, reg.body(), random, routed);
				if (supervised.contains(i)) {
					desk.supervise(id, LEADERS[random.nextInt(LEADERS.length)], routed.plusDays(30),
							"请承办单位于期限内报告办理结果。", routed.plusDays(1));
				}
			}
			else {
				int r = random.nextInt(20);
				if (r == 0) {
					desk.route(id, Route.NOT_ACCEPTED, null, null, "该事项已经复核终结，信访人以同一事实和理由再次提出，依法不再受理。", routed);
					continue;
				}
				if (r == 1) {
					desk.route(id, Route.REDIRECT, null, null, "该事项属于诉讼程序解决的范围，已告知信访人向人民法院提起诉讼。", routed);
					continue;
				}
				desk.route(id, Route.SELF, null, null, null, routed);
			}
			answer(id, random, routed);
		}
	}

	private void add(List<Planned> plan, PetitionKind kind, int count, Random random) {
		for (int i = 0; i < count; i++) {
			LocalDate on = LocalDate.of(YEAR, 1, 3).plusDays(random.nextInt(340));
			while (!deadlines.isWorkingDay(on)) {
				on = on.plusDays(1);
			}
			plan.add(new Planned(kind, on));
		}
	}

	private Registered register(Planned p, Random random, Set<String> names) {
		PetitionTexts.Matter m = PetitionTexts.pick(random);
		String area = AREAS[random.nextInt(AREAS.length)];
		String place = PetitionTexts.place(random, area);
		boolean group = p.kind() == PetitionKind.VISIT && random.nextInt(5) == 0;
		int heads = group ? 5 + random.nextInt(40) : 1;
		String representatives = group ? Names.next(random, true, names) + "、" + Names.next(random, false, names) : null;
		String phone = "139" + String.format("%08d", random.nextInt(100_000_000));
		return new Registered(desk.register(new NewPetition(p.kind(), p.on(), heads, Names.next(random, random.nextBoolean(), names), null,
				phone, place + random.nextInt(200) + "号", representatives, m.subject().formatted(place),
				m.matter().formatted(place), m.category(), area, m.body())), m.body());
	}

	/** To the matter's department, with its directory record so that the department's account sees it. */
	private void transfer(PetitionId id, String body, Random random, LocalDate routed) {
		Long bodyId = directory.organizationNamed(body).map(OrganizationView::id).map(o -> o.value()).orElse(null);
		desk.route(id, random.nextInt(4) == 0 ? Route.ASSIGN : Route.TRANSFER, body, bodyId, null, routed);
	}

	/** Replies to matters routed early enough, closes most, and takes a few through a review. */
	private void answer(PetitionId id, Random random, LocalDate routed) {
		if (routed.isAfter(LocalDate.of(YEAR, 10, 20))) {
			return;
		}
		LocalDate replied = workingDayAfter(routed, 10 + random.nextInt(30));
		ReplyKind kind = ReplyKind.values()[random.nextInt(3)];
		desk.reply(id, kind, switch (kind) {
			case SUPPORT -> "经核查，您反映的问题属实，承办单位已督促整改到位。";
			case EXPLAIN -> "经核查，有关情况已向您作出解释说明，相关政策依据已一并告知。";
			case NOT_SUPPORT -> "经核查，您的诉求缺乏政策依据，不予支持；如不服，可在收到本意见之日起30日内申请复查。";
		}, replied);
		if (kind == ReplyKind.NOT_SUPPORT && random.nextInt(3) == 0) {
			desk.requestReview(id, replied.plusDays(10));
			desk.decideReview(id, "经复查，原答复意见认定事实清楚，予以维持。", workingDayAfter(replied, 25));
			return;
		}
		if (random.nextInt(5) > 0) {
			desk.close(id, replied.plusDays(31).isAfter(LocalDate.of(YEAR, 12, 29)) ? replied : replied.plusDays(31));
		}
	}

	private LocalDate workingDayAfter(LocalDate day, int workingDays) {
		LocalDate d = day;
		for (int i = 0; i < workingDays; i++) {
			d = deadlines.nextWorkingDay(d);
		}
		return d;
	}
}
