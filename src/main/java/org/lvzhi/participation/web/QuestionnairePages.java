package org.lvzhi.participation.web;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lvzhi.participation.Audience;
import org.lvzhi.participation.QuestionKind;
import org.lvzhi.participation.questionnaires.ParticipationAccess;
import org.lvzhi.participation.questionnaires.Question;
import org.lvzhi.participation.questionnaires.Questionnaire;
import org.lvzhi.participation.questionnaires.QuestionnaireDesk;
import org.lvzhi.participation.questionnaires.QuestionnaireState;
import org.lvzhi.participation.questionnaires.QuestionnaireStore;
import org.lvzhi.participation.results.ResultFiles;
import org.lvzhi.participation.results.Results;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Page;
import org.lvzhi.platform.QrCodes;
import org.lvzhi.platform.Roles;
import org.lvzhi.platform.Spreadsheet;
import org.lvzhi.platform.WordDocuments;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The office's questionnaires: the list, the editor (description, questions with conditions,
 * period, codes), the preview on a phone, and the results with filters, cross-tabulation, the
 * free-text answers and the exports. Committee members and other staff read published and closed
 * questionnaires' results; writing and the single answers belong to the general office.
 */
@Controller
@RequestMapping("/participation/questionnaires")
class QuestionnairePages {

	private final QuestionnaireStore store;
	private final QuestionnaireDesk desk;
	private final Results results;
	private final ResultFiles files;
	private final ParticipationAccess access;
	private final MessageSource messages;

	QuestionnairePages(QuestionnaireStore store, QuestionnaireDesk desk, Results results, ResultFiles files,
			ParticipationAccess access, MessageSource messages) {
		this.store = store;
		this.desk = desk;
		this.results = results;
		this.files = files;
		this.access = access;
		this.messages = messages;
	}

	@Bean
	static NavigationItem questionnairesNavigation() {
		return NavigationItem.forRoles(360, "nav.participation.questionnaires", "/participation/questionnaires", Roles.STAFF,
				Roles.ADMIN, Roles.MEMBER).in(NavigationItem.GROUP_OVERSIGHT);
	}

	@GetMapping
	@PreAuthorize("@participationAccess.isReader(authentication)")
	String list(@RequestParam(required = false) QuestionnaireState state, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			Authentication user, Model model) {
		boolean office = access.isOffice(user);
		Integer y = year == null || year < 1990 || year > 2100 ? null : year;
		QuestionnaireState s = !office && state == QuestionnaireState.DRAFT ? null : state;
		var found = store.find(s, y, q, Page.number(page), Page.DEFAULT_SIZE);
		if (!office) {
			found = new Page<>(found.items().stream().filter(l -> l.questionnaire().state() != QuestionnaireState.DRAFT)
				.toList(), found.number(), found.size(), found.total());
		}
		model.addAttribute("page", found);
		model.addAttribute("state", s);
		model.addAttribute("year", y);
		model.addAttribute("q", q);
		model.addAttribute("states", QuestionnaireState.values());
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("office", office);
		return "participation/list";
	}

	@PostMapping
	@PreAuthorize("@participationAccess.isOffice(authentication)")
	String create(@RequestParam(required = false) String title, @RequestParam(required = false) Audience audience,
			RedirectAttributes redirect) {
		Map<String, Object> typed = new LinkedHashMap<>();
		typed.put("title", title);
		typed.put("audience", audience);
		long[] id = new long[1];
		String back = Moves.run("/participation/questionnaires", redirect, "participation.created", typed,
				() -> id[0] = desk.create(title, null, null, audience).value());
		return id[0] > 0 ? "redirect:/participation/questionnaires/" + id[0] : back;
	}

	@GetMapping("/{id:\\d+}")
	@PreAuthorize("@participationAccess.isOffice(authentication)")
	String detail(@PathVariable long id, Model model) {
		Questionnaire q = store.get(id).orElseThrow(Moves::notFound);
		model.addAttribute("qn", q);
		model.addAttribute("questions", store.questions(id));
		model.addAttribute("responses", store.responses(id));
		model.addAttribute("codes", q.audience() == Audience.CODES ? store.codes(id).size() : 0);
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("publicLink", "/public/questionnaires/" + id);
		return "participation/detail";
	}

	@GetMapping("/{id:\\d+}/qr.png")
	@PreAuthorize("@participationAccess.isOffice(authentication)")
	void qr(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) throws IOException {
		store.get(id).orElseThrow(Moves::notFound);
		String url = request.getScheme() + "://" + request.getServerName()
				+ (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
				+ "/public/questionnaires/" + id;
		response.setContentType("image/png");
		response.getOutputStream().write(QrCodes.png(url, 320));
	}

	@PostMapping("/{id:\\d+}/describe")
	@PreAuthorize("@participationAccess.isOffice(authentication)")
	String describe(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String title, @RequestParam(required = false) String introduction,
			@RequestParam(required = false) String privacyNotice, @RequestParam(required = false) Audience audience,
			RedirectAttributes redirect) {
		Map<String, Object> typed = new LinkedHashMap<>();
		typed.put("title", title);
		typed.put("introduction", introduction);
		typed.put("privacyNotice", privacyNotice);
		typed.put("audience", audience);
		return Moves.run(page(id), redirect, "participation.saved", typed,
				() -> desk.describe(id, version, title, introduction, privacyNotice, audience));
	}

	@PostMapping("/{id:\\d+}/questions")
	@PreAuthorize("@participationAccess.isOffice(authentication)")
	String addQuestion(@PathVariable long id, Forms.QuestionForm form, RedirectAttributes redirect) {
		store.get(id).orElseThrow(Moves::notFound);
		return Moves.run(page(id) + "#add-question", redirect, "participation.questionAdded", form.typed(),
				() -> desk.addQuestion(new org.lvzhi.participation.QuestionnaireId(id), form.spec()));
	}

	@PostMapping("/questions/{question:\\d+}")
	@PreAuthorize("@participationAccess.isOffice(authentication)")
	String changeQuestion(@PathVariable long question, Forms.QuestionForm form, RedirectAttributes redirect) {
		Question q = store.question(question).orElseThrow(Moves::notFound);
		return Moves.run(page(q.questionnaireId()) + "#question-" + question, redirect, "participation.saved", form.typed(),
				() -> desk.changeQuestion(question, form.version(), form.spec()));
	}

	@PostMapping("/questions/{question:\\d+}/remove")
	@PreAuthorize("@participationAccess.isOffice(authentication)")
	String removeQuestion(@PathVariable long question, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		Question q = store.question(question).orElseThrow(Moves::notFound);
		return Moves.run(page(q.questionnaireId()), redirect, "participation.questionRemoved",
				() -> desk.removeQuestion(question, version));
	}

	@PostMapping("/questions/{question:\\d+}/move")
	@PreAuthorize("@participationAccess.isOffice(authentication)")
	String moveQuestion(@PathVariable long question, @RequestParam(required = false) Integer version,
			@RequestParam(defaultValue = "up") String direction, RedirectAttributes redirect) {
		Question q = store.question(question).orElseThrow(Moves::notFound);
		return Moves.run(page(q.questionnaireId()) + "#question-" + question, redirect, "participation.saved",
				() -> desk.moveQuestion(question, version, "up".equals(direction)));
	}

	@PostMapping("/{id:\\d+}/publish")
	@PreAuthorize("@participationAccess.isOffice(authentication)")
	String publish(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime opensAt,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closesAt,
			RedirectAttributes redirect) {
		Map<String, Object> typed = new LinkedHashMap<>();
		typed.put("opensAt", opensAt);
		typed.put("closesAt", closesAt);
		return Moves.run(page(id), redirect, "participation.published", typed,
				() -> desk.publish(id, version, opensAt, closesAt, true));
	}

	@PostMapping("/{id:\\d+}/close")
	@PreAuthorize("@participationAccess.isOffice(authentication)")
	String close(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		return Moves.run(page(id), redirect, "participation.closed", () -> desk.close(id, version));
	}

	@PostMapping("/{id:\\d+}/version")
	@PreAuthorize("@participationAccess.isOffice(authentication)")
	String newVersion(@PathVariable long id, RedirectAttributes redirect) {
		long[] copy = new long[1];
		String back = Moves.run(page(id), redirect, "participation.versioned", () -> copy[0] = desk.newVersion(id).value());
		return copy[0] > 0 ? "redirect:" + page(copy[0]) : back;
	}

	@PostMapping("/{id:\\d+}/codes")
	@PreAuthorize("@participationAccess.isOffice(authentication)")
	String issueCodes(@PathVariable long id, @RequestParam(required = false) Integer count, RedirectAttributes redirect) {
		return Moves.run(page(id), redirect, "participation.codesIssued",
				() -> desk.issueCodes(id, count == null ? 0 : count));
	}

	@GetMapping("/{id:\\d+}/codes.xlsx")
	@PreAuthorize("@participationAccess.isOffice(authentication)")
	void codes(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
		store.get(id).orElseThrow(Moves::notFound);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"questionnaire-" + id + "-codes.xlsx\"");
		try (Spreadsheet sheet = new Spreadsheet("codes", List.of(messages.getMessage("participation.code", null, locale),
				messages.getMessage("participation.publicLink", null, locale)))) {
			for (String code : store.codes(id)) {
				sheet.row(code, "/public/questionnaires/" + id + "?code=" + code);
			}
			sheet.writeTo(response.getOutputStream());
		}
	}

	@PostMapping("/{id:\\d+}/results-public")
	@PreAuthorize("@participationAccess.isOffice(authentication)")
	String publishResults(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(defaultValue = "true") boolean published, RedirectAttributes redirect) {
		return Moves.run(page(id), redirect, published ? "participation.resultsPublished" : "participation.resultsWithdrawn",
				() -> desk.publishResults(id, version, published));
	}

	@GetMapping("/{id:\\d+}/preview")
	@PreAuthorize("@participationAccess.isOffice(authentication)")
	String preview(@PathVariable long id, Model model) {
		Questionnaire q = store.get(id).orElseThrow(Moves::notFound);
		model.addAttribute("qn", q);
		model.addAttribute("questions", store.questions(id));
		model.addAttribute("preview", true);
		model.addAttribute("typed", Map.of());
		return "participation/answer";
	}

	@GetMapping("/{id:\\d+}/results")
	@PreAuthorize("@participationAccess.isReader(authentication)")
	String results(@PathVariable long id, @RequestParam(required = false) Long fq, @RequestParam(required = false) String fv,
			@RequestParam(required = false) Long rq, @RequestParam(required = false) Long cq,
			@RequestParam(required = false) Long tq, @RequestParam(required = false) String search,
			@RequestParam(required = false) Integer page, Authentication user, Locale locale, Model model) {
		Questionnaire q = store.get(id).orElseThrow(Moves::notFound);
		boolean office = access.isOffice(user);
		if (!office && q.state() == QuestionnaireState.DRAFT) {
			throw Moves.notFound();
		}
		List<Question> questions = store.questions(id);
		Results.Filter filter = filter(questions, fq, fv);
		model.addAttribute("qn", q);
		model.addAttribute("summary", results.summary(id, filter, locale));
		model.addAttribute("choiceQuestions", questions.stream().filter(x -> x.kind().isChoice()).toList());
		model.addAttribute("textQuestions", office ? questions.stream().filter(x -> x.kind().isText()).toList() : List.of());
		model.addAttribute("fq", filter.question());
		model.addAttribute("fv", filter.choice());
		if (rq != null && cq != null && !rq.equals(cq) && chosen(questions, rq) && chosen(questions, cq)) {
			model.addAttribute("cross", results.crossTab(id, rq, cq, filter, locale));
		}
		model.addAttribute("rq", rq);
		model.addAttribute("cq", cq);
		Long text = tq;
		if (office && text != null && questions.stream().anyMatch(x -> x.id() == tq && x.kind().isText())) {
			model.addAttribute("texts", results.texts(id, text, search, filter, Page.number(page), Page.DEFAULT_SIZE));
			model.addAttribute("terms", results.terms(id, text, filter, 30));
			model.addAttribute("tq", text);
			model.addAttribute("search", search);
		}
		model.addAttribute("office", office);
		return "participation/results";
	}

	@GetMapping("/{id:\\d+}/answers.xlsx")
	@PreAuthorize("@participationAccess.isOffice(authentication)")
	void answers(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
		Questionnaire q = store.get(id).orElseThrow(Moves::notFound);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"questionnaire-" + id + "-answers.xlsx\"");
		files.answers(q, response.getOutputStream(), locale);
	}

	@GetMapping("/{id:\\d+}/results.docx")
	@PreAuthorize("@participationAccess.isReader(authentication)")
	void report(@PathVariable long id, Authentication user, HttpServletResponse response, Locale locale) throws IOException {
		Questionnaire q = store.get(id).orElseThrow(Moves::notFound);
		if (!access.isOffice(user) && q.state() == QuestionnaireState.DRAFT) {
			throw Moves.notFound();
		}
		response.setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		response.setHeader("Content-Disposition", WordDocuments.attachment("questionnaire-" + id + "-results.docx"));
		files.report(q, response.getOutputStream(), locale);
	}

	static Results.Filter filter(List<Question> questions, Long fq, String fv) {
		if (fq == null || fv == null || fv.isBlank() || !chosen(questions, fq)) {
			return Results.Filter.NONE;
		}
		boolean offered = questions.stream().anyMatch(q -> q.id() == fq && q.optionList().contains(fv));
		return offered ? new Results.Filter(fq, fv) : Results.Filter.NONE;
	}

	private static boolean chosen(List<Question> questions, long id) {
		return questions.stream().anyMatch(q -> q.id() == id && q.kind().isChoice());
	}

	private static String page(long id) {
		return "/participation/questionnaires/" + id;
	}
}
