package org.lvzhi.directory;

import java.util.Optional;

/**
 * The five levels of people's congresses, and so of deputies (全国/省/市/县/乡).
 */
public enum DeputyLevel {
	NATIONAL("全国"), PROVINCIAL("省"), MUNICIPAL("市"), COUNTY("县"), TOWNSHIP("乡");

	private final String chinese;

	DeputyLevel(String chinese) {
		this.chinese = chinese;
	}

	/** The short Chinese name used in rosters: 全国, 省, 市, 县 or 乡. */
	public String chinese() {
		return chinese;
	}

	/**
	 * Reads a level as people write it in a roster: 全国, 省, 市, 县, 乡, also with 级 or 人大代表
	 * appended, 区 or 镇 for the county and township level, or the English constant.
	 */
	public static Optional<DeputyLevel> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.trim().replace("人大代表", "").replace("级", "").replace("（", "").replace("）", "");
		for (DeputyLevel level : values()) {
			if (level.name().equalsIgnoreCase(t) || level.chinese.equals(t)) {
				return Optional.of(level);
			}
		}
		return switch (t) {
			case "省级", "自治区" -> Optional.of(PROVINCIAL);
			case "设区的市", "地市" -> Optional.of(MUNICIPAL);
			case "区", "县区", "县市区", "县（市、区）" -> Optional.of(COUNTY);
			case "镇", "乡镇" -> Optional.of(TOWNSHIP);
			default -> Optional.empty();
		};
	}
}
