package org.lvzhi.oversight.inspections;

import org.springframework.modulith.NamedInterface;

/** How a site was checked: announced (明察) or unannounced (暗访). */
@NamedInterface("inspections")
public enum SiteMode {
	ANNOUNCED, UNANNOUNCED
}
