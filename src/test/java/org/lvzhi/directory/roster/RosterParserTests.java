package org.lvzhi.directory.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RosterParserTests {

	@Test
	void readsTermsAsPeopleWriteThem() {
		assertThat(RosterParser.term("第十五届")).isEqualTo(15);
		assertThat(RosterParser.term("十")).isEqualTo(10);
		assertThat(RosterParser.term("二十一")).isEqualTo(21);
		assertThat(RosterParser.term("15")).isEqualTo(15);
		assertThat(RosterParser.term("第几届")).isNull();
	}
}
