package org.lvzhi.platform.opendata;

import java.util.List;

/**
 * Datasets a module contributes whose number is not fixed, e.g. one per year of figures; a module
 * with a fixed dataset contributes a {@link Dataset} bean instead.
 */
public interface Datasets {

	List<Dataset> datasets();
}
