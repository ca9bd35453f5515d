package org.lvzhi.meetings;

/** One item of a sitting's agenda. */
public record AgendaItemId(long value) {
}
