package org.lvzhi.legislation;

import java.time.LocalDate;

/** A grassroots legislative contact point and its liaison persons. */
record ContactPoint(ContactPointId id, String name, ContactPointKind kind, String liaison, LocalDate activeFrom,
		LocalDate activeTo) {
}
