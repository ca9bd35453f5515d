package org.lvzhi.liaison;

/** The three kinds of places in the network. */
public enum StationKind {
	/** 代表之家 */
	HOME,
	/** 代表联络站 */
	STATION,
	/** 代表联系点 */
	POINT
}
