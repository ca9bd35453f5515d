package org.lvzhi.legislation.network;

import java.time.LocalDate;

import org.lvzhi.legislation.ContactPointId;
import org.lvzhi.legislation.ContactPointKind;

/** A grassroots legislative contact point and its liaison persons. */
public record ContactPoint(ContactPointId id, String name, ContactPointKind kind, String liaison, LocalDate activeFrom,
		LocalDate activeTo) {
}
