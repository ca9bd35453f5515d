package org.lvzhi.petitions;

/** How a petition reached the office: 来信, 来访 (one person or a group, 批次), online, by telephone. */
public enum PetitionKind {
	LETTER, VISIT, ONLINE, PHONE
}
