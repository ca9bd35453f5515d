package org.lvzhi.meetings.rules;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The statutory numbers of sittings and votes ({@code lvzhi.meetings.*}); the defaults are the
 * national rules (地方组织法 art. 46, 常委会议事规则): a sitting at least every two months, the notice
 * seven days before, a quorum of more than half of all members, adoption by more than half of all
 * members. Other modules that hold votes of the standing committee use the same quorum (a named
 * interface of its own).
 *
 * @param term the standing committee's current term (届), for numbering sittings (15)
 * @param maxGapMonths the year plan warns when two standing committee sittings are further apart (2)
 * @param noticeDays the notice and materials reach members at least this many days before (7)
 * @param quorumNumerator with {@code quorumDenominator}: a quorum is present when present members
 *     are more than this share of all members (1/2)
 * @param passNumerator with {@code passDenominator}: an item passes when "yes" ballots are more
 *     than this share of all members (1/2)
 * @param listenerSeats seats for members of the public who register to listen (旁听) at a sitting of
 *     the standing committee (20)
 * @param listenerRegistrationsPerHour registrations to listen one client address may send in an hour (10)
 */
@ConfigurationProperties("lvzhi.meetings")
@org.springframework.modulith.NamedInterface("settings")
public record MeetingsSettings(Integer term, Integer maxGapMonths, Integer noticeDays, Integer quorumNumerator,
		Integer quorumDenominator, Integer passNumerator, Integer passDenominator, Integer listenerSeats, Integer listenerRegistrationsPerHour) {

	public MeetingsSettings {
		term = term == null ? 15 : term;
		maxGapMonths = maxGapMonths == null ? 2 : maxGapMonths;
		noticeDays = noticeDays == null ? 7 : noticeDays;
		quorumNumerator = quorumNumerator == null ? 1 : quorumNumerator;
		quorumDenominator = quorumDenominator == null ? 2 : quorumDenominator;
		passNumerator = passNumerator == null ? 1 : passNumerator;
		passDenominator = passDenominator == null ? 2 : passDenominator;
		listenerSeats = listenerSeats == null ? 20 : listenerSeats;
		listenerRegistrationsPerHour = listenerRegistrationsPerHour == null ? 10 : listenerRegistrationsPerHour;
		if (quorumDenominator <= 0 || passDenominator <= 0) {
			throw new IllegalArgumentException("lvzhi.meetings denominators must be positive");
		}
	}

	/** Whether {@code present} of {@code allMembers} make a quorum (more than the share). */
	public boolean quorum(int present, int allMembers) {
		return allMembers > 0 && (long) present * quorumDenominator > (long) allMembers * quorumNumerator;
	}

	/** The fewest members that make a quorum. */
	public int quorumCount(int allMembers) {
		return (int) ((long) allMembers * quorumNumerator / quorumDenominator) + 1;
	}

	/** Whether {@code yes} ballots adopt an item among {@code allMembers} (more than the share of all). */
	public boolean passes(int yes, int allMembers) {
		return allMembers > 0 && (long) yes * passDenominator > (long) allMembers * passNumerator;
	}
}
