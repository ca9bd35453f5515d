package org.lvzhi.oversight.inquiry;

import org.lvzhi.oversight.web.StateLabels;
import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.lvzhi.search.FacetLabels;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InquiryWeb {

	@Bean
	NavigationItem inquiriesNavigation() {
		return NavigationItem.forRoles(410, "nav.oversight.inquiries", "/oversight/inquiries", Roles.STAFF, Roles.ADMIN,
				Roles.MEMBER).in(NavigationItem.GROUP_OVERSIGHT);
	}

	@Bean
	NavigationItem commitmentsNavigation() {
		return NavigationItem.forRoles(411, "nav.oversight.commitments", "/oversight/commitments", Roles.UNIT).in(NavigationItem.GROUP_OVERSIGHT);
	}

	@Bean
	NavigationItem interpellationsNavigation() {
		return NavigationItem.forRoles(412, "nav.oversight.interpellations", "/oversight/interpellations", Roles.STAFF,
				Roles.ADMIN, Roles.MEMBER, Roles.UNIT).in(NavigationItem.GROUP_OVERSIGHT);
	}

	@Bean
	FacetLabels inquiryStates(MessageSource messages) {
		return new StateLabels(InquiryIndex.TYPE, "oversight.inquiry.state.", messages);
	}
}
