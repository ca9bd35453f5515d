/**
 * The committee's own meetings (会议与表决): sittings of the standing committee and meetings of the
 * council of chairpersons, their year plan, agendas built from what the other modules have due,
 * notices, attendance and quorum, and the one voting service (open roll-call votes and secret
 * ballots); the requests and reports to the party committee. The root package is what other modules
 * use: typed ids, events and the read facade {@link org.lvzhi.meetings.Sittings}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package org.lvzhi.meetings;
