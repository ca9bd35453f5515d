package org.lvzhi.oversight.filing;

import java.util.List;

import org.lvzhi.directory.Directory;
import org.lvzhi.oversight.web.Names;
import org.lvzhi.oversight.web.StateLabels;
import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.FigureRecord;
import org.lvzhi.search.FacetLabels;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation and the report's figure 审查规范性文件 (documents filed for review in the year). */
@Configuration(proxyBeanMethods = false)
class FilingWeb {

	@Bean
	NavigationItem filingsNavigation() {
		return NavigationItem.forRoles(430, "nav.oversight.filings", "/oversight/filings", Roles.STAFF, Roles.ADMIN,
				Roles.MEMBER).in(NavigationItem.GROUP_OVERSIGHT);
	}

	@Bean
	FacetLabels filingCaseStates(MessageSource messages) {
		return new StateLabels(FilingIndex.TYPE, "oversight.filing.state.", messages);
	}

	@Bean
	NavigationItem publicReviewRequestNavigation() {
		return NavigationItem.forEverybody(431, "nav.oversight.reviewRequest", "/public/filing-review").in(NavigationItem.GROUP_OVERSIGHT);
	}

	@Bean
	Figure normativeDocumentsReviewedFigure(Filings filings, Directory directory) {
		return new Figure() {

			@Override
			public String key() {
				return "normative_documents_reviewed";
			}

			@Override
			public int order() {
				return 430;
			}

			@Override
			public long value(int year) {
				return filings.filedIn(year).size();
			}

			@Override
			public List<FigureRecord> records(int year) {
				var filed = filings.filedIn(year);
				Names names = new Names(directory).ofBodies(filed.stream().map(Filings.FilingView::makerId).toList());
				return filed.stream()
					.map(f -> new FigureRecord(String.valueOf(f.id()), names.body(f.makerId()) + "《" + f.title() + "》",
							f.filedOn(), null))
					.toList();
			}
		};
	}
}
