package org.lvzhi.platform;

import java.time.LocalDate;
import java.util.List;

/**
 * What one module brings to the standing committee's sittings, contributed as a bean like a
 * {@link HomeTile}. Until sittings are kept as records of their own, each module derives its items
 * from its own dates (a work report's sitting date, the day a reading was held); a meetings module
 * can then contribute its agendas through the same interface.
 */
public interface SittingItems {

	/** Business on its way to a sitting on or after {@code today}, or waiting to be scheduled. */
	List<SittingItem> upcoming(LocalDate today);

	/** Business dealt with on or before {@code today}, the most recent first, at most {@code limit}. */
	List<SittingItem> decided(LocalDate today, int limit);
}
