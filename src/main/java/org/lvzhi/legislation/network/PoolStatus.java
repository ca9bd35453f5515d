package org.lvzhi.legislation.network;

/** Whether a pool member is asked for opinions. */
public enum PoolStatus {
	ACTIVE,
	PAUSED,
	LEFT
}
