package org.lvzhi.appointments;

/** One person of a motion (a nomination): voted on, and decided, on its own. */
public record NominationId(long value) {
}
