package org.lvzhi.directory.roster;

import java.util.List;

/** The headers of a deputy roster, as the template has them. */
public final class RosterColumns {

	static final String NAME = "姓名";
	static final String GENDER = "性别";
	static final String ETHNICITY = "民族";
	static final String BIRTH_DATE = "出生日期";
	static final String ID_NUMBER = "身份证号";
	static final String LEVEL = "代表层级";
	static final String TERM = "届次";
	static final String CONGRESS = "所属人大";
	static final String DELEGATION = "代表团";
	static final String GROUP = "代表小组";
	static final String CONSTITUENCY = "选区";
	static final String OCCUPATION = "工作单位及职务";
	static final String MOBILE = "手机号";

	/** Every column of the template, in its order. */
	public static final List<String> ALL = List.of(NAME, GENDER, ETHNICITY, BIRTH_DATE, ID_NUMBER, LEVEL, TERM, CONGRESS,
			DELEGATION, GROUP, CONSTITUENCY, OCCUPATION, MOBILE);

	/** The optional column: needed only where level and term leave several congresses. */
	static final List<String> REQUIRED = ALL.stream().filter(c -> !c.equals(CONGRESS)).toList();

	private RosterColumns() {
	}
}
