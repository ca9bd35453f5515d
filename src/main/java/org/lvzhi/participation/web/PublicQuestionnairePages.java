package org.lvzhi.participation.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lvzhi.participation.Audience;
import org.lvzhi.participation.answering.AnswerSheet;
import org.lvzhi.participation.answering.AnswersRefused;
import org.lvzhi.participation.questionnaires.Questionnaire;
import org.lvzhi.participation.questionnaires.QuestionnaireStore;
import org.lvzhi.participation.results.Results;
import org.lvzhi.platform.AbuseControl;
import org.lvzhi.platform.AbuseControl.Outcome;
import org.lvzhi.platform.AnonymousForm;
import org.lvzhi.platform.DomainException;
import org.lvzhi.platform.Moves;
import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseCookie;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Questionnaires for anybody: the open ones, the answer form on a phone (in Chinese or English,
 * a draft kept on the device), the receipt, and the results the office has published. One answer
 * per device (a random key the browser keeps), per code or per account, and the platform's
 * allowance per client address, which holds behind the reverse proxy.
 */
@Controller
@RequestMapping("/public/questionnaires")
@PreAuthorize("permitAll()")
class PublicQuestionnairePages {

	static final String DEVICE = "lvzhi_device";

	private final QuestionnaireStore store;
	private final AnswerSheet sheet;
	private final Results results;
	private final AbuseControl abuse;
	private final AnonymousForm form;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	PublicQuestionnairePages(QuestionnaireStore store, AnswerSheet sheet, Results results, AbuseControl abuse, Clock clock,
			@Value("${lvzhi.participation.answers-per-hour:30}") int perHour) {
		this.store = store;
		this.sheet = sheet;
		this.results = results;
		this.abuse = abuse;
		this.clock = clock;
		this.form = new AnonymousForm("participation.answer", perHour);
	}

	@Bean
	static NavigationItem publicDoorNavigation() {
		return NavigationItem.forEverybody(199, "nav.participation.door", "/public");
	}

	@GetMapping
	String open(Model model) {
		model.addAttribute("open", store.openAt(LocalDateTime.now(clock)));
		model.addAttribute("published", store.withPublicResults());
		return "participation/public-list";
	}

	@GetMapping("/{id:\\d+}")
	String answerForm(@PathVariable long id, @RequestParam(required = false) String code,
			@CookieValue(name = DEVICE, required = false) String device, Authentication user, HttpServletResponse response,
			Model model) {
		Questionnaire q = visible(id);
		ensureDevice(device, response);
		show(q, model, user);
		model.addAttribute("code", code);
		model.addAttribute("typed", Map.of());
		return "participation/answer";
	}

	@PostMapping("/{id:\\d+}")
	String answer(@PathVariable long id, @RequestParam(required = false) String code,
			@CookieValue(name = DEVICE, required = false) String device, Authentication user, Locale locale,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
		Questionnaire q = visible(id);
		Map<String, List<String>> answers = Forms.answers(request.getParameterMap());
		try {
			String respondent = switch (q.audience()) {
				case CODES -> code;
				case SIGNED_IN -> {
					SignedInUser u = SignedInUser.of(user);
					if (u == null) {
						throw new DomainException("participation.error.signInRequired");
					}
					yield "account:" + u.accountId();
				}
				case LINK -> {
					if (device == null || device.isBlank()) {
						throw new DomainException("participation.error.cookies");
					}
					yield "device:" + device;
				}
			};
			return abuse.submit(form, String.valueOf(id), request, redirect, () -> {
				String receipt = sheet.submit(id, answers, respondent, locale.getLanguage(), LocalDateTime.now(clock));
				return Outcome.redirectTo("/public/questionnaires/done").with("questionnaireId", id)
					.with("receiptCode", receipt).tracked(receipt);
			});
		}
		catch (DomainException e) {
			ensureDevice(device, response);
			show(q, model, user);
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArgs", e.args());
			List<AnswersRefused.Problem> problems = e instanceof AnswersRefused r ? r.problems() : List.of();
			model.addAttribute("problems", problems);
			model.addAttribute("problemsByQuestion",
					problems.stream().collect(java.util.stream.Collectors.groupingBy(AnswersRefused.Problem::questionId)));
			model.addAttribute("typed", answers);
			model.addAttribute("code", code);
			return "participation/answer";
		}
	}

	@GetMapping("/done")
	String done() {
		return "participation/public-done";
	}

	@GetMapping("/receipt")
	String receipt(@RequestParam(required = false) String code, Model model) {
		model.addAttribute("code", code);
		if (code != null && !code.isBlank()) {
			var found = sheet.receipt(code).orElse(null);
			model.addAttribute("receipt", found);
			model.addAttribute("notFound", found == null);
		}
		return "participation/receipt";
	}

	@GetMapping("/{id:\\d+}/results")
	String results(@PathVariable long id, Locale locale, Model model) {
		Questionnaire q = store.get(id).filter(Questionnaire::resultsPublic).orElseThrow(Moves::notFound);
		Results.Summary summary = results.summary(id, Results.Filter.NONE, locale);
		model.addAttribute("qn", q);
		model.addAttribute("summary", summary);
		return "participation/public-results";
	}

	/** Published questionnaires only; a draft is not there for the public. */
	private Questionnaire visible(long id) {
		return store.get(id).filter(q -> q.state() != org.lvzhi.participation.questionnaires.QuestionnaireState.DRAFT)
			.orElseThrow(Moves::notFound);
	}

	private void show(Questionnaire q, Model model, Authentication user) {
		LocalDateTime now = LocalDateTime.now(clock);
		model.addAttribute("qn", q);
		model.addAttribute("questions", store.questions(q.id()));
		model.addAttribute("isOpen", q.openAt(now));
		model.addAttribute("started", q.started(now));
		model.addAttribute("needsSignIn", q.audience() == Audience.SIGNED_IN && SignedInUser.of(user) == null);
		model.addAttribute("guard", abuse.guard(form));
	}

	private void ensureDevice(String device, HttpServletResponse response) {
		if (device == null || device.isBlank()) {
			byte[] key = new byte[16];
			random.nextBytes(key);
			response.addHeader("Set-Cookie", ResponseCookie.from(DEVICE, HexFormat.of().formatHex(key)).path("/public")
				.httpOnly(true).sameSite("Lax").maxAge(Duration.ofDays(365)).build().toString());
		}
	}
}
