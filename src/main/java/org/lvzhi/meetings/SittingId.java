package org.lvzhi.meetings;

/** A sitting of the standing committee or a meeting of the council of chairpersons. */
public record SittingId(long value) {
}
