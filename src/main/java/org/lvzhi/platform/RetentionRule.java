package org.lvzhi.platform;

import java.time.OffsetDateTime;

/**
 * One kind of personal data that a module erases or anonymises once it has expired. Declare one as
 * a bean; {@link RetentionJob} runs every rule each night in a transaction of its own and logs what
 * it did ({@link RetentionApplied}).
 */
public interface RetentionRule {

	/** The kind's name, e.g. {@code liaison.constituentContact}. */
	String kind();

	/** How many days the kind is kept (from {@link RetentionSettings}). */
	int days(RetentionSettings settings);

	/**
	 * Erases or anonymises what expired before this moment.
	 * @return how many records were erased or anonymised
	 */
	int apply(OffsetDateTime expiredBefore);

	/** A rule from its parts. */
	static RetentionRule of(String kind, java.util.function.ToIntFunction<RetentionSettings> days,
			java.util.function.ToIntFunction<OffsetDateTime> apply) {
		return new RetentionRule() {
			@Override
			public String kind() {
				return kind;
			}

			@Override
			public int days(RetentionSettings settings) {
				return days.applyAsInt(settings);
			}

			@Override
			public int apply(OffsetDateTime expiredBefore) {
				return apply.applyAsInt(expiredBefore);
			}
		};
	}
}
