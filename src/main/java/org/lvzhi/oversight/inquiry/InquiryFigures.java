package org.lvzhi.oversight.inquiry;

import java.util.List;

import org.lvzhi.directory.Directory;
import org.lvzhi.oversight.web.Names;
import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.FigureRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 组织专题询问, 询问人, 应询负责同志: counted from the inquiries held in the year. */
@Configuration(proxyBeanMethods = false)
class InquiryFigures {

	private record Counted(String key, int order, java.util.function.IntFunction<List<FigureRecord>> records)
			implements Figure {

		@Override
		public long value(int year) {
			return records.apply(year).size();
		}

		@Override
		public List<FigureRecord> records(int year) {
			return records.apply(year);
		}
	}

	@Bean
	Figure specialInquiriesFigure(Inquiries inquiries) {
		return new Counted("special_inquiries", 410, year -> inquiries.heldIn(year).stream()
			.map(i -> new FigureRecord(String.valueOf(i.id()), i.title(), i.heldOn(), null)).toList());
	}

	@Bean
	Figure inquiryQuestionersFigure(Inquiries inquiries, Directory directory) {
		return new Counted("inquiry_questioners", 411, year -> participants(inquiries, directory, year, InquiryService.QUESTIONER));
	}

	@Bean
	Figure inquiryRespondentsFigure(Inquiries inquiries, Directory directory) {
		return new Counted("inquiry_respondents", 412, year -> participants(inquiries, directory, year, InquiryService.RESPONDENT));
	}

	// Public office holders asking and answering in a public session: their names and posts are public.
	private static List<FigureRecord> participants(Inquiries inquiries, Directory directory, int year, String side) {
		Names names = new Names(directory);
		return inquiries.participantsIn(year, side).stream()
			.map(p -> new FigureRecord(String.valueOf(p.id()),
					names.person(p.personId()) + (p.organizationId() == null ? "" : "（" + names.body(p.organizationId()) + "）"),
					null, null))
			.toList();
	}
}
