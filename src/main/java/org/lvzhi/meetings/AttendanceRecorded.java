package org.lvzhi.meetings;

/**
 * A member's attendance at a sitting was recorded or changed (present, on leave or absent),
 * published in the recording transaction. It carries the sitting's whole attendance as it now
 * stands, so a later event replaces an earlier one for the same sitting.
 */
public record AttendanceRecorded(SittingAttendance attendance) {
}
