package org.lvzhi.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The notices alone, for the layout's polling: the same fragment as on the page, empty once no
 * notice applies (the model attribute comes from {@link LayoutAdvice}).
 */
@Controller
class SiteNotices {

	@GetMapping("/site-notices")
	String notices() {
		return "layout :: notices";
	}
}
