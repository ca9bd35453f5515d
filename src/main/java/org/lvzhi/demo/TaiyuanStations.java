package org.lvzhi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonListItem;
import org.lvzhi.directory.PersonQuery;
import org.lvzhi.liaison.ForwardLevel;
import org.lvzhi.liaison.LiaisonSettings;
import org.lvzhi.liaison.ManageStations;
import org.lvzhi.liaison.ModelStations;
import org.lvzhi.liaison.NewOpinion;
import org.lvzhi.liaison.OpinionSource;
import org.lvzhi.liaison.PastRecords;
import org.lvzhi.liaison.PastRecords.Move;
import org.lvzhi.liaison.PastRecords.Step;
import org.lvzhi.liaison.RecordPastReceptions;
import org.lvzhi.liaison.ScheduleReceptionDay;
import org.lvzhi.liaison.StationDetails;
import org.lvzhi.liaison.StationId;
import org.lvzhi.liaison.StationKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Taiyuan's station network in 2023: a 代表之家, a station per street and a contact point per
 * street in each of the ten districts and counties, with deputies of the district; the year's
 * reception days with their visits, constituents and opinions, and online opinions, each on its
 * path; the model-station survey and designations. The totals are those of the 2023 report.
 */
@Component
class TaiyuanStations implements DemoContributor {

	private static final Logger log = LoggerFactory.getLogger(TaiyuanStations.class);

	static final int VISITS = 8783;
	static final int CONSTITUENTS = 23696;
	static final int OPINIONS = 7490;
	static final int ONLINE = 490;
	static final int DAYS = 2930;
	static final int SOLVED = 5560;
	static final int MODEL = 100;
	static final int SURVEYED = 31;
	static final int DEPUTIES_PER_STATION = 6;
	private static final LocalDate YEAR_END = LocalDate.of(2023, 12, 29);

	private final Directory directory;
	private final ManageStations manage;
	private final RecordPastReceptions past;
	private final ScheduleReceptionDay schedule;
	private final java.time.Clock clock;
	private final ModelStations models;
	private final LiaisonSettings settings;
	private final TransactionTemplate transaction;

	TaiyuanStations(Directory directory, ManageStations manage, RecordPastReceptions past, ModelStations models,
			LiaisonSettings settings, TransactionTemplate transaction, ScheduleReceptionDay schedule, java.time.Clock clock) {
		this.schedule = schedule;
		this.clock = clock;
		this.directory = directory;
		this.manage = manage;
		this.past = past;
		this.models = models;
		this.settings = settings;
		this.transaction = transaction;
	}

	@Override
	public int order() {
		return 960;
	}

	@Override
	public String name() {
		return "stations";
	}

	/** A station as planned, with its deputies. */
	private record Planned(StationId id, String district, String street, List<PersonId> deputies) {
	}

	/** An opinion slot: when, where, and (for reception days) which day. */
	private static final class Slot {
		LocalDate on;
		int day = -1;
		Planned station;
		PastRecords.PastOpinion opinion;
	}

	@Override
	public void contribute(DemoContext context) {
		long started = System.nanoTime();
		Random random = context.random(name());
		List<Planned> stations = transaction.execute(tx -> stations(random));

		// Reception days: dates, deputies present and constituents adding up to the report's totals.
		int[] present = spread(random, DAYS, VISITS, 2, 5);
		int[] opinionsAt = spread(random, DAYS, OPINIONS - ONLINE, 0, 6);
		int[] constituents = spread(random, DAYS, CONSTITUENTS - (OPINIONS - ONLINE), 0, 30);
		List<Slot> slots = new ArrayList<>();
		List<Planned> dayStation = new ArrayList<>();
		List<LocalDate> dayDate = new ArrayList<>();
		for (int d = 0; d < DAYS; d++) {
			Planned s = stations.get(d % stations.size());
			LocalDate held = LocalDate.of(2023, 1, 6).plusDays(random.nextInt(353));
			dayStation.add(s);
			dayDate.add(held);
			for (int i = 0; i < opinionsAt[d]; i++) {
				Slot slot = new Slot();
				slot.on = held;
				slot.day = d;
				slot.station = s;
				slots.add(slot);
			}
		}
		for (int i = 0; i < ONLINE; i++) {
			Slot slot = new Slot();
			slot.on = LocalDate.of(2023, 1, 3).plusDays(random.nextInt(360));
			slot.station = stations.get(random.nextInt(stations.size()));
			slots.add(slot);
		}
		paths(random, slots);

		List<PastRecords.Day> days = new ArrayList<>();
		Map<Integer, List<PastRecords.PastOpinion>> byDay = new HashMap<>();
		List<PastRecords.PastOpinion> online = new ArrayList<>();
		for (Slot s : slots) {
			if (s.day >= 0) {
				byDay.computeIfAbsent(s.day, k -> new ArrayList<>()).add(s.opinion);
			}
			else {
				online.add(s.opinion);
			}
		}
		for (int d = 0; d < DAYS; d++) {
			Planned s = dayStation.get(d);
			List<PersonId> pool = new ArrayList<>(s.deputies());
			Collections.shuffle(pool, random);
			int came = present[d];
			int scheduled = Math.min(pool.size(), came + (random.nextInt(4) == 0 ? 1 : 0));
			LocalDate held = dayDate.get(d);
			days.add(new PastRecords.Day(s.id(), held.minusDays(settings.announceDays() + random.nextInt(8)), held,
					"09:00-11:30", TOPICS.get(random.nextInt(TOPICS.size())), pool.subList(0, scheduled),
					pool.subList(0, came), constituents[d] + opinionsAt[d], byDay.getOrDefault(d, List.of())));
		}
		int chunk = 500;
		for (int from = 0; from < days.size(); from += chunk) {
			List<PastRecords.Day> part = days.subList(from, Math.min(days.size(), from + chunk));
			List<PastRecords.PastOpinion> extra = from == 0 ? online : List.of();
			transaction.executeWithoutResult(tx -> past.record(part, extra));
		}
		transaction.executeWithoutResult(tx -> modelStations(random, stations));
		transaction.executeWithoutResult(tx -> upcoming(random, stations));
		log.info("Demo stations written in {} ms: {} stations, {} reception days, {} opinions",
				(System.nanoTime() - started) / 1_000_000, stations.size(), DAYS, OPINIONS);
	}

	/** A few reception days announced from today on, so that the public pages have something to show. */
	private void upcoming(Random random, List<Planned> stations) {
		LocalDate today = LocalDate.now(clock);
		for (int i = 0; i < stations.size(); i += 6) {
			Planned s = stations.get(i);
			List<PersonId> deputies = s.deputies().subList(0, Math.min(3, s.deputies().size()));
			schedule.schedule(s.id(), today.plusDays(settings.announceDays() + random.nextInt(25)), "09:00-11:30",
					TOPICS.get(random.nextInt(TOPICS.size())), deputies, today);
		}
	}

	private static final List<String> TOPICS = List.of("集中接待选民", "民生实事征求意见", "老旧小区改造专题接待",
			"优化营商环境专题接待", "冬季供暖专题接待", "乡村振兴专题接待", "代表进站履职");

	private List<Planned> stations(Random random) {
		List<Planned> planned = new ArrayList<>();
		PersonId demoDeputy = demoDeputy();
		for (String district : settings.districts()) {
			List<PersonId> pool = districtDeputies(district);
			List<String> streets = StationTexts.STREETS.get(district);
			List<String[]> places = new ArrayList<>();
			places.add(new String[] { district + "人大代表之家", StationKind.HOME.name(), streets.get(0) });
			for (String street : streets) {
				places.add(new String[] { district + street + "人大代表联络站", StationKind.STATION.name(), street });
				places.add(new String[] { district + street + StationTexts.community(random) + "社区代表联系点",
						StationKind.POINT.name(), street });
			}
			for (String[] p : places) {
				List<PersonId> deputies = new ArrayList<>();
				for (int i = 0; i < DEPUTIES_PER_STATION && !pool.isEmpty(); i++) {
					PersonId d = pool.get(random.nextInt(pool.size()));
					if (!deputies.contains(d)) {
						deputies.add(d);
					}
				}
				// The demo deputy account keeps the first two places of its district, so that it has stations to show.
				if (demoDeputy != null && district.equals("小店区") && places.indexOf(p) < 2 && !deputies.contains(demoDeputy)) {
					deputies.set(deputies.size() - 1, demoDeputy);
				}
				String name = p[0];
				StationId id = manage.register(new StationDetails(name, StationKind.valueOf(p[1]), district, p[2],
						district + p[2] + (10 + random.nextInt(180)) + "号", "每月第一个工作日上午接待；其余工作日可预约",
						org.lvzhi.demo.Names.next(random, random.nextBoolean(), java.util.Set.of()),
						"0351-" + (2000000 + random.nextInt(7999999))), deputies);
				planned.add(new Planned(id, district, p[2], deputies));
			}
		}
		return planned;
	}

	/** The person behind the demo deputy account: the first of the 小店区 delegation, as the accounts pick it. */
	private PersonId demoDeputy() {
		return directory.organizationNamed(TaiyuanBodies.DEMO_DEPUTY_DELEGATION)
			.map(d -> directory.findPersons(new PersonQuery(null, null, d.id(), null, null, null), 1, 1).items())
			.filter(l -> !l.isEmpty()).map(l -> l.get(0).id()).orElse(null);
	}

	/** Municipal deputies of the district's delegation and the district's own congress deputies. */
	private List<PersonId> districtDeputies(String district) {
		List<PersonId> pool = new ArrayList<>();
		for (String body : List.of(district + "代表团", TaiyuanBodies.CITY + district + "第十七届人民代表大会")) {
			directory.organizationNamed(body).ifPresent(o -> directory
				.findPersons(new PersonQuery(null, null, o.id(), null, null, null), 1, 2000).items().stream()
				.map(PersonListItem::id).forEach(pool::add));
		}
		pool.sort(Comparator.comparingLong(PersonId::value));
		return pool;
	}

	/**
	 * Gives every opinion its path, in exact numbers: the latest opinions of the year are the ones
	 * still open; of the others 5,560 end closed as solved.
	 */
	private void paths(Random random, List<Slot> slots) {
		slots.sort(Comparator.comparing((Slot s) -> s.on));
		int early = slots.size() - 1600;
		List<String> bag = new ArrayList<>();
		add(bag, "SPOT", 1990);
		add(bag, "FORWARD_SOLVED", 3000);
		add(bag, "LEGISLATIVE", 160);
		add(bag, "UNSOLVED", 300);
		add(bag, "REOPENED", 40);
		add(bag, "REDIRECT", 400);
		Collections.shuffle(bag, random);
		List<String> late = new ArrayList<>();
		add(late, "SPOT", 410);
		add(late, "OPEN_FORWARDED", 700);
		add(late, "TOLD", 200);
		add(late, "RECEIVED", 290);
		Collections.shuffle(late, random);
		bag.addAll(late);
		for (int i = 0; i < slots.size(); i++) {
			slots.get(i).opinion = opinion(random, slots.get(i), bag.get(i));
		}
	}

	private static void add(List<String> bag, String kind, int n) {
		for (int i = 0; i < n; i++) {
			bag.add(kind);
		}
	}

	private PastRecords.PastOpinion opinion(Random random, Slot slot, String kind) {
		LocalDate r = slot.on;
		String subject;
		String category;
		StationTexts.Matter m = StationTexts.MATTERS.get(random.nextInt(StationTexts.MATTERS.size()));
		List<Step> path = new ArrayList<>();
		if (kind.equals("REDIRECT")) {
			String[] x = StationTexts.REDIRECTS.get(random.nextInt(StationTexts.REDIRECTS.size()));
			subject = x[0];
			category = x[1];
			path.add(Step.of(Move.REDIRECT, r, x[2]));
		}
		else if (kind.equals("LEGISLATIVE")) {
			String[] x = StationTexts.LEGISLATIVE.get(random.nextInt(StationTexts.LEGISLATIVE.size()));
			subject = x[0];
			category = x[1];
			LocalDate sent = cap(r.plusDays(1 + random.nextInt(5)));
			LocalDate answered = cap(sent.plusDays(10 + random.nextInt(20)));
			LocalDate told = cap(answered.plusDays(1 + random.nextInt(3)));
			path.add(Step.of(Move.LEGISLATIVE, sent, "报送市人大常委会法工委"));
			path.add(Step.of(Move.RECORD_ANSWER, answered, "法工委已在条例修改中吸收该意见"));
			path.add(Step.of(Move.TELL, told, "电话告知"));
			path.add(new Step(Move.CLOSE, told, null, null, null, true));
		}
		else {
			subject = m.subject().replace("{c}", StationTexts.community(random));
			category = m.category();
			switch (kind) {
				case "SPOT", "RECEIVED" -> {
					if (kind.equals("SPOT")) {
						path.add(Step.of(Move.ANSWER_ON_SPOT, r, m.onSpot()));
					}
				}
				default -> forwardPath(random, r, m, kind, path, slot.station.street());
			}
		}
		StationId station = slot.station.id();
		NewOpinion n = new NewOpinion(slot.day >= 0 ? OpinionSource.RECEPTION : OpinionSource.ONLINE, station, null,
				List.of(), r, org.lvzhi.demo.Names.next(random, random.nextBoolean(), java.util.Set.of()),
				StationTexts.phone(random), subject, null, category, slot.station.district() + slot.station.street());
		return new PastRecords.PastOpinion(n, path);
	}

	private static void forwardPath(Random random, LocalDate r, StationTexts.Matter m, String kind, List<Step> path,
			String street) {
		ForwardLevel level = ForwardLevel.values()[random.nextInt(3)];
		String body = level == ForwardLevel.STREET ? street + "办事处" : m.body();
		LocalDate forwarded = cap(r.plusDays(random.nextInt(3)));
		LocalDate due = forwarded.plusDays(30);
		path.add(new Step(Move.FORWARD, forwarded, body, level, due, false));
		if (kind.equals("OPEN_FORWARDED")) {
			return;
		}
		LocalDate answered = cap(forwarded.plusDays(5 + random.nextInt(24)));
		if (random.nextInt(5) == 0) {
			path.add(Step.of(Move.CHASE, cap(forwarded.plusDays(3)), null));
		}
		LocalDate told = cap(answered.plusDays(1 + random.nextInt(3)));
		path.add(Step.of(Move.RECORD_ANSWER, answered, m.answer()));
		path.add(Step.of(Move.TELL, told, "电话回访告知办理结果"));
		if (kind.equals("TOLD")) {
			return;
		}
		LocalDate feedback = cap(told.plusDays(random.nextInt(4)));
		LocalDate closed = cap(feedback.plusDays(1));
		boolean solved = !kind.equals("UNSOLVED");
		path.add(new Step(Move.FEEDBACK, feedback, solved ? "问题已解决，满意" : "问题没有根本解决", null, null, solved));
		path.add(new Step(Move.CLOSE, closed, null, null, null, solved));
		if (kind.equals("REOPENED")) {
			path.add(Step.of(Move.REOPEN, cap(closed.plusDays(3)), "群众反映问题反弹，重新办理"));
		}
	}

	private static LocalDate cap(LocalDate d) {
		return d.isAfter(YEAR_END) ? YEAR_END : d;
	}

	/**
	 * Splits {@code total} into {@code n} parts within [min, max], randomly but exactly: everyone
	 * starts near the mean, then single units move between random parts.
	 */
	static int[] spread(Random random, int n, int total, int min, int max) {
		int[] parts = new int[n];
		int base = total / n;
		int rest = total - base * n;
		for (int i = 0; i < n; i++) {
			parts[i] = base + (i < rest ? 1 : 0);
		}
		for (int k = 0; k < n * 2; k++) {
			int a = random.nextInt(n);
			int b = random.nextInt(n);
			if (a != b && parts[a] > min && parts[b] < max) {
				parts[a]--;
				parts[b]++;
			}
		}
		return parts;
	}

	private void modelStations(Random random, List<Planned> stations) {
		List<Planned> shuffled = new ArrayList<>(stations);
		Collections.shuffle(shuffled, random);
		// The survey: 31 stations across all ten districts, one district after the other in spring.
		Map<String, List<Planned>> byDistrict = new LinkedHashMap<>();
		settings.districts().forEach(d -> byDistrict.put(d, new ArrayList<>()));
		shuffled.forEach(s -> byDistrict.get(s.district()).add(s));
		List<Planned> surveyed = new ArrayList<>();
		int round = 0;
		while (surveyed.size() < SURVEYED) {
			for (List<Planned> list : byDistrict.values()) {
				if (surveyed.size() < SURVEYED && list.size() > round) {
					surveyed.add(list.get(round));
				}
			}
			round++;
		}
		LocalDate day = LocalDate.of(2023, 4, 10);
		for (Planned s : surveyed) {
			models.recordSurveyVisit(s.id(), day, FINDINGS.get(random.nextInt(FINDINGS.size())), "daibiao-gw");
			day = day.plusDays(random.nextInt(3) == 0 ? 1 : 0);
		}
		// 120 applications scored by two review groups; the best 101 designated in September, the
		// weakest of them withdrawn after the December review.
		List<Planned> applicants = shuffled.subList(0, Math.min(120, shuffled.size()));
		List<long[]> scored = new ArrayList<>();
		for (Planned s : applicants) {
			long app = models.apply(s.id(), "本站阵地建设、制度建设和活动开展情况良好，申请评定为示范型代表联络站。",
					LocalDate.of(2023, 5, 15).plusDays(random.nextInt(20)));
			long total = 0;
			for (String reviewer : List.of("评审组甲", "评审组乙")) {
				Map<String, Integer> scores = new HashMap<>();
				for (String c : settings.criteria()) {
					int score = 12 + random.nextInt(9);
					scores.put(c, score);
					total += score;
				}
				models.score(app, reviewer, scores);
			}
			scored.add(new long[] { app, total });
		}
		scored.sort(Comparator.comparingLong((long[] a) -> -a[1]).thenComparingLong(a -> a[0]));
		for (int i = 0; i < scored.size(); i++) {
			if (i <= MODEL) {
				models.designate(scored.get(i)[0], 0, LocalDate.of(2023, 9, 20));
			}
			else {
				models.decline(scored.get(i)[0], 0, LocalDate.of(2023, 9, 20));
			}
		}
		models.withdraw(scored.get(MODEL)[0], 1, "年度复核发现接待活动长期未开展，撤销示范型称号", LocalDate.of(2023, 12, 15));
	}

	private static final List<String> FINDINGS = List.of("阵地建设规范，制度上墙，接待记录完整",
			"代表进站频次较高，群众意见办理反馈及时", "场地偏小，建议与党群服务中心共建共用",
			"意见办理台账需进一步规范，部分转办事项反馈不及时", "线上二维码收集意见效果好，可推广");
}
