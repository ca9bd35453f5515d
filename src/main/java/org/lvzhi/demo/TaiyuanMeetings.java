package org.lvzhi.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.AgendaItemId;
import org.lvzhi.meetings.PartyReportKind;
import org.lvzhi.meetings.SittingCommands;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingKind;
import org.springframework.stereotype.Component;

/**
 * The committee's meetings of 2023 as the annual report counts them: 9 standing committee sittings
 * (第十五届 8th–16th, on the days the work reports were deliberated), their agendas made from what
 * oversight, legislation and appointments record for those days, attendance, 3 resolutions and
 * decisions adopted by open roll-call votes and each nominee voted on by secret ballot, all through
 * the voting service with every present member's ballot; 25 meetings of the council of chairpersons
 * (the 7th adopted the legislative plan on 12 January) with their members' attendance; and 55
 * requests and reports to the municipal party committee.
 */
@Component
class TaiyuanMeetings implements DemoContributor {

	static final int TERM = 15;
	static final String ROOM = "市人大常委会机关会议室";

	/** The resolutions and decisions adopted, with the sitting (index into the 9) that adopted each. */
	private static final List<String[]> RESOLUTIONS = List.of(
			new String[] { "5", "DECISION", "关于批准太原市2022年市级决算的决议" },
			new String[] { "6", "RESOLUTION", "关于批准太原市2023年市级预算调整方案的决议" },
			new String[] { "8", "DECISION", "关于召开太原市第十五届人民代表大会第三次会议的决定" });

	private static final String[] COUNCIL_TOPICS = { "研究常委会会议议程和日程", "研究代表建议交办和重点建议督办工作",
			"研究年度监督工作计划执行情况", "研究法规草案修改情况", "研究执法检查方案", "研究专题询问实施方案",
			"研究人事任免事项", "研究常委会机关重点工作" };

	private final SittingCommands meetings;
	private final Directory directory;
	private final DemoVotes votes;

	TaiyuanMeetings(SittingCommands meetings, Directory directory, DemoVotes votes) {
		this.meetings = meetings;
		this.directory = directory;
		this.votes = votes;
	}

	@Override
	public int order() {
		return 970;
	}

	@Override
	public String name() {
		return "meetings";
	}

	@Override
	public void contribute(DemoContext context) {
		Random random = context.random(name());
		// Ballots and the council's leave draw from streams of their own, so that the days and
		// reports drawn from the first stay as they were.
		Random ballots = context.random(name() + ".ballots");
		Random council = context.random(name() + ".council");
		List<LocalDate> days = TaiyuanOversight.SITTINGS;
		for (int i = 0; i < days.size(); i++) {
			LocalDate day = days.get(i);
			SittingId id = meetings.plan(SittingKind.STANDING_COMMITTEE, TERM, 8 + i, day, ROOM);
			meetings.notifyMembers(id, day.minusDays(8 + random.nextInt(3)));
			meetings.open(id);
			List<PersonId> members = directory.standingCommitteeMembersOn(day);
			int onLeave = 1 + random.nextInt(3);
			for (int m = 0; m < members.size(); m++) {
				meetings.attendance(id, members.get(m), m < members.size() - onLeave);
			}
			List<PersonId> present = members.subList(0, members.size() - onLeave);
			meetings.addDueOnTheDay(id);
			// Each nominee the appointments module brings to the sitting is voted on alone, by secret ballot.
			int nominees = votes.secretOnLinked(id, DemoVotes.APPOINTMENTS, present, ballots,
					(item, passed) -> meetings.decide(item, passed ? "ADOPTED" : "NOT_ADOPTED"));
			for (String[] r : RESOLUTIONS) {
				if (Integer.parseInt(r[0]) == i) {
					AgendaItemId item = meetings.addFree(id, r[1], r[2]);
					meetings.decide(item, votes.rollCall(item, present, ballots) ? "ADOPTED" : "NOT_ADOPTED");
				}
			}
			if (nominees == 0) {
				AgendaItemId appointments = meetings.addFree(id, "APPOINTMENT", "审议人事任免事项");
				meetings.decide(appointments, "DELIBERATED");
			}
			meetings.close(id, "会议听取和审议了有关报告，审议了人事任免事项，完成了各项议程。");
		}
		LocalDate day = LocalDate.of(2023, 1, 12);
		for (int n = 7; n < 7 + 25; n++) {
			SittingId id = meetings.plan(SittingKind.CHAIRPERSONS, TERM, n, day, ROOM);
			meetings.open(id);
			// The council's members attend; now and then one is away on leave.
			List<PersonId> chairpersons = directory.chairpersonsOn(day);
			int away = council.nextInt(4) == 0 && !chairpersons.isEmpty() ? council.nextInt(chairpersons.size()) : -1;
			for (int m = 0; m < chairpersons.size(); m++) {
				meetings.attendance(id, chairpersons.get(m), m != away);
			}
			AgendaItemId item = meetings.addFree(id, n == 7 ? "PLAN" : "OTHER",
					n == 7 ? "研究通过2023年度立法计划" : COUNCIL_TOPICS[random.nextInt(COUNCIL_TOPICS.length)]);
			meetings.decide(item, n == 7 ? "ADOPTED" : "DELIBERATED");
			meetings.close(id, "会议研究了有关事项。");
			day = day.plusDays(12 + random.nextInt(4));
		}
		partyReports(random, days);
	}

	/** 9 sittings' and the congress session's meetings, 6 laws, 26 pieces of work, 13 major matters: 55. */
	private void partyReports(Random random, List<LocalDate> days) {
		int count = 0;
		for (int i = 0; i < days.size(); i++) {
			LocalDate sent = days.get(i).minusDays(15);
			register(PartyReportKind.MEETING, "关于召开市十五届人大常委会第" + (8 + i) + "次会议的请示", sent, random);
			count++;
		}
		register(PartyReportKind.MEETING, "关于召开市十五届人大三次会议有关事项的请示", LocalDate.of(2023, 12, 8), random);
		count++;
		String[] laws = { "关于《太原市2023年立法计划》的请示", "关于《太原市大数据发展促进条例》的请示",
				"关于《太原市体育发展条例》的请示", "关于修改《太原市消防条例》的请示", "关于2024年立法计划编制工作的报告",
				"关于设立基层立法联系点的请示" };
		for (int i = 0; i < laws.length; i++) {
			register(PartyReportKind.LEGISLATION, laws[i], LocalDate.of(2023, 1 + i * 2, 5 + i), random);
			count++;
		}
		String[] works = { "年度监督工作计划", "专题询问实施方案", "执法检查工作", "代表建议督办工作", "满意度测评工作",
				"代表联络站建设", "预算审查监督工作", "国有资产管理情况监督工作", "规范性文件备案审查工作",
				"常委会工作要点" };
		int w = 0;
		while (count < 6 + 10 + 26) {
			LocalDate sent = LocalDate.of(2023, 1 + (w % 12), 3 + random.nextInt(24));
			register(PartyReportKind.WORK, "关于" + works[w % works.length] + "的报告", sent, random);
			w++;
			count++;
		}
		String[] matters = { "关于人事任免事项的请示", "关于常委会党组重要事项的请示", "关于代表资格有关事项的报告" };
		int m = 0;
		while (count < 55) {
			LocalDate sent = LocalDate.of(2023, 1 + (m % 12), 2 + random.nextInt(25));
			register(PartyReportKind.MAJOR_MATTER, matters[m % matters.length], sent, random);
			m++;
			count++;
		}
	}

	private void register(PartyReportKind kind, String subject, LocalDate sent, Random random) {
		LocalDate replied = sent.plusDays(3 + random.nextInt(10));
		boolean answered = !replied.isAfter(LocalDate.of(2023, 12, 31));
		meetings.registerPartyReport(kind, subject, sent, answered ? "同意。" : null, answered ? replied : null);
	}
}
