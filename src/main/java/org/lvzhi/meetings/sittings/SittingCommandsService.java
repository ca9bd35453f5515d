package org.lvzhi.meetings.sittings;

import java.time.LocalDate;

import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.AgendaItemId;
import org.lvzhi.meetings.PartyReportKind;
import org.lvzhi.meetings.SittingCommands;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingKind;
import org.lvzhi.meetings.party.PartyReports;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link SittingCommands} through the use cases the office's pages call. */
@Service
@Transactional
class SittingCommandsService implements SittingCommands {

	private final SittingService sittings;
	private final AgendaService agenda;
	private final Attendance attendance;
	private final PartyReports partyReports;

	SittingCommandsService(SittingService sittings, AgendaService agenda, Attendance attendance, PartyReports partyReports) {
		this.sittings = sittings;
		this.agenda = agenda;
		this.attendance = attendance;
		this.partyReports = partyReports;
	}

	@Override
	public SittingId plan(SittingKind kind, Integer term, Integer number, LocalDate on, String place) {
		return sittings.plan(kind, term, number, on, place);
	}

	@Override
	public void notifyMembers(SittingId id, LocalDate sentOn) {
		sittings.notifyMembers(id, null, sentOn);
	}

	@Override
	public void open(SittingId id) {
		sittings.open(id, null);
	}

	@Override
	public void close(SittingId id, String minutes) {
		sittings.close(id, null, minutes);
	}

	@Override
	public AgendaItemId addDue(SittingId id, String link) {
		return new AgendaItemId(agenda.addDue(id, link));
	}

	@Override
	public int addDueOnTheDay(SittingId id) {
		var s = sittings.load(id);
		int added = 0;
		for (var due : agenda.candidates(s)) {
			if (s.heldOn().equals(due.date())) {
				agenda.addDue(id, due.link());
				added++;
			}
		}
		return added;
	}

	@Override
	public AgendaItemId addFree(SittingId id, String kind, String title) {
		return new AgendaItemId(agenda.addFree(id, kind, title));
	}

	@Override
	public void decide(AgendaItemId item, String decision) {
		agenda.decide(item.value(), null, decision);
	}

	@Override
	public void attendance(SittingId id, PersonId member, boolean present) {
		attendance.record(id, member, present ? Attendance.Status.PRESENT : Attendance.Status.LEAVE);
	}

	@Override
	public long registerPartyReport(PartyReportKind kind, String subject, LocalDate sentOn, String reply,
			LocalDate repliedOn) {
		return partyReports.register(kind, subject, sentOn, reply, repliedOn);
	}
}
