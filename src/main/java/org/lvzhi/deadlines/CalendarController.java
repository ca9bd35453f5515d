package org.lvzhi.deadlines;

import java.time.LocalDate;
import java.util.Locale;
import java.util.TreeSet;

import org.lvzhi.platform.Roles;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The working-day calendar of a year and the deadline calculator, for everyone inside the office.
 * The calculator answers in place with htmx and as a whole page without script.
 */
@Controller
@RequestMapping("/calendar")
@PreAuthorize("hasAnyRole('STAFF','MEMBER','DEPUTY','UNIT','ADMIN')")
class CalendarController {

	static final String VIEW = "deadlines/calendar";
	static final String RESULT_FRAGMENT = VIEW + " :: result";

	private final Deadlines deadlines;
	private final WorkingDayCalendar calendar;

	CalendarController(Deadlines deadlines, WorkingDayCalendar calendar) {
		this.deadlines = deadlines;
		this.calendar = calendar;
	}

	@GetMapping
	String show(@RequestParam(required = false) String year, DeadlineQuery query,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Authentication user, Model model) {
		calculate(query, model);
		if (htmx != null && query.submitted()) {
			return RESULT_FRAGMENT;
		}
		LocalDate today = deadlines.today();
		int shown = year(year, today, model);
		CalendarSnapshot snapshot = calendar.snapshot();
		boolean english = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
		TreeSet<Integer> years = new TreeSet<>(snapshot.years());
		years.add(today.getYear());
		years.add(shown);
		model.addAttribute("years", years.descendingSet());
		model.addAttribute("calendar", CalendarYearView.of(snapshot, shown, english));
		model.addAttribute("units", PeriodUnit.values());
		model.addAttribute("today", today);
		model.addAttribute("admin", Roles.has(user, Roles.ADMIN));
		return VIEW;
	}

	private void calculate(DeadlineQuery query, Model model) {
		model.addAttribute("query", query);
		if (!query.submitted()) {
			return;
		}
		try {
			DeadlineQuery.Parsed parsed = query.parse();
			DueDate due = deadlines.dueDate(parsed.start(), parsed.period());
			model.addAttribute("due", due);
			model.addAttribute("status", deadlines.status(due.date()));
		}
		catch (DeadlineException e) {
			model.addAttribute("calcErrorKey", e.messageKey());
			model.addAttribute("calcErrorArgs", e.args());
		}
	}

	private static int year(String requested, LocalDate today, Model model) {
		if (requested == null || requested.isBlank()) {
			return today.getYear();
		}
		try {
			int year = Integer.parseInt(requested.trim());
			if (year >= IcsParser.FIRST_YEAR && year <= IcsParser.LAST_YEAR) {
				return year;
			}
		}
		catch (NumberFormatException e) {
			// answered below like an out-of-range year
		}
		model.addAttribute("errorKey", "deadlines.error.year");
		model.addAttribute("errorArgs", new Object[] { IcsParser.FIRST_YEAR, IcsParser.LAST_YEAR });
		return today.getYear();
	}
}
