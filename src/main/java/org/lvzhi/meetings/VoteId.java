package org.lvzhi.meetings;

/** One round of a vote on an agenda item. */
public record VoteId(long value) {
}
