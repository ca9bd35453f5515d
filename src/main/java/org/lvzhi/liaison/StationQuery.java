package org.lvzhi.liaison;

/** Criteria of the station list; every field is optional. */
public record StationQuery(String name, StationKind kind, String district, Boolean model, Long deputy) {

	public static StationQuery all() {
		return new StationQuery(null, null, null, null, null);
	}
}
