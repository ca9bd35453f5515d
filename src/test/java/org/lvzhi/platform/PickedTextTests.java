package org.lvzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How every picker field reads what was typed or chosen. */
class PickedTextTests {

	@Test
	void entriesAreSplitAtChineseAndLatinSeparators() {
		assertThat(PickedText.entries(" 市住建局、市交通局，市水务局;市民政局\n")).containsExactly("市住建局", "市交通局", "市水务局",
				"市民政局");
		assertThat(PickedText.entries("  ")).isEmpty();
		assertThat(PickedText.entries(null)).isEmpty();
	}

	@Test
	void theNameBeingTypedIsTheLastEntryWithoutItsNumber() {
		assertThat(PickedText.typing("王芳 #12、李")).isEqualTo("李");
		assertThat(PickedText.typing("王芳 #12")).isEqualTo("王芳");
		assertThat(PickedText.typing("王芳 #12、")).isEmpty();
		assertThat(PickedText.typing("")).isEmpty();
	}

	@Test
	void aChoiceReplacesTheEntryBeingTypedAndIsListedOnce() {
		assertThat(PickedText.withChoice("甲单位、乙", "乙单位", true)).isEqualTo("甲单位、乙单位、");
		assertThat(PickedText.withChoice("甲单位，", "乙单位", true)).isEqualTo("甲单位、乙单位、");
		assertThat(PickedText.withChoice("乙单位、甲", "乙单位", true)).isEqualTo("乙单位、");
		assertThat(PickedText.withChoice("甲", "乙单位", false)).isEqualTo("乙单位");
	}

	@Test
	void numbersAndWrittenNamesAreReadFromAnEntry() {
		assertThat(PickedText.number("王芳 #12")).isEqualTo(12L);
		assertThat(PickedText.number("王芳＃12")).isEqualTo(12L);
		assertThat(PickedText.number("12")).isEqualTo(12L);
		assertThat(PickedText.number("王芳")).isNull();
		assertThat(PickedText.nameBeforeNumber("王芳 #12")).isEqualTo("王芳");
		assertThat(PickedText.nameBeforeNumber("#12")).isNull();
		assertThat(PickedText.person("王芳", 12)).isEqualTo("王芳 #12");
	}
}
