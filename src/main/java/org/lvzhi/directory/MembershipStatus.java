package org.lvzhi.directory;

/** Whether a list asks for current memberships, ended ones, or both. */
public enum MembershipStatus {
	ALL, CURRENT, ENDED
}
