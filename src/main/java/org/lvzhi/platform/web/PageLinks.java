package org.lvzhi.platform.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Builds pager links that keep the current filters: the same request with another page number.
 */
@Component("pageLinks")
class PageLinks {

	public String to(long page) {
		var uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build();
		String query = uri.getQuery();
		return uri.getPath() + (query == null ? "" : "?" + query);
	}
}
