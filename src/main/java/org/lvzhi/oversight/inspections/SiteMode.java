package org.lvzhi.oversight.inspections;

/** How a site was checked: announced (明察) or unannounced (暗访). */
public enum SiteMode {
	ANNOUNCED, UNANNOUNCED
}
