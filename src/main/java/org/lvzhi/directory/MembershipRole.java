package org.lvzhi.directory;

import java.util.EnumSet;
import java.util.Set;

/**
 * The role a person holds in a body. A deputy's seat in a congress is {@link #DEPUTY}; the
 * leadership roles are the Popolo posts of a body.
 */
public enum MembershipRole {
	/** 代表 */
	DEPUTY,
	/** 主任 */
	CHAIR,
	/** 副主任 */
	VICE_CHAIR,
	/** 秘书长 */
	SECRETARY_GENERAL,
	/** 委员、成员 */
	MEMBER,
	/** 负责人（市长、院长、局长等，具体称谓见 label） */
	HEAD,
	/** 副职负责人 */
	DEPUTY_HEAD,
	/** 工作人员 */
	STAFF;

	/** Roles that make a person a member of the standing committee (常委会组成人员). */
	public static final Set<MembershipRole> COMMITTEE_MEMBER_ROLES = EnumSet.of(CHAIR, VICE_CHAIR, SECRETARY_GENERAL,
			MEMBER);

	/** Whether the role is a post: a named seat a body has one or a few of. */
	public boolean isPost() {
		return this != DEPUTY && this != MEMBER && this != STAFF;
	}
}
