package org.lvzhi.legislation;

/** Whether a pool member is asked for opinions. */
public enum PoolStatus {
	ACTIVE,
	PAUSED,
	LEFT
}
