package org.lvzhi.liaison;

/** What staff enter about a station. */
public record StationDetails(String name, StationKind kind, String district, String street, String address,
		String openingRules, String contactName, String contactPhone) {
}
