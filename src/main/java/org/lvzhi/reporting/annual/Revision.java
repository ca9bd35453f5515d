package org.lvzhi.reporting.annual;

import java.time.LocalDateTime;

/** One saved state of a report's text, numbered from 1, with who wrote it and why. */
public record Revision(long reportId, int number, String body, String note, String author, LocalDateTime writtenAt) {
}
