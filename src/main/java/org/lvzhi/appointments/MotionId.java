package org.lvzhi.appointments;

/** A motion of appointment or removal (任免议案), for one or more persons. */
public record MotionId(long value) {
}
