package org.lvzhi.accounts;

import java.time.Clock;

import org.lvzhi.platform.AbuseControl;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The second step of signing in: the code of the authenticator app, or one of the recovery codes.
 * Wrong codes are counted like wrong passwords, per account and client.
 */
@Controller
class SignInCodeController {

	private final SecondFactors secondFactors;
	private final SignInThrottle throttle;
	private final SignInAudit audit;
	private final AbuseControl abuse;
	private final SecurityContextRepository contexts;
	private final Clock clock;
	private final RequestCache requests = new HttpSessionRequestCache();

	SignInCodeController(SecondFactors secondFactors, SignInThrottle throttle, SignInAudit audit, AbuseControl abuse,
			SecurityContextRepository contexts, Clock clock) {
		this.secondFactors = secondFactors;
		this.throttle = throttle;
		this.audit = audit;
		this.abuse = abuse;
		this.contexts = contexts;
		this.clock = clock;
	}

	@GetMapping("/login/code")
	String form(HttpSession session) {
		return PendingSignIn.of(session, clock.instant()) == null ? "redirect:/login" : "accounts/sign-in-code";
	}

	@PostMapping("/login/code")
	String code(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		HttpSession session = request.getSession();
		PendingSignIn pending = PendingSignIn.of(session, clock.instant());
		if (pending == null) {
			return "redirect:/login";
		}
		LvzhiPrincipal user = pending.principal();
		// Codes are counted under their own name, so that wrong codes and wrong passwords do not add up.
		String name = user.getUsername() + "#code";
		String client = abuse.host(request.getRemoteAddr());
		if (throttle.lockedUntil(name, client) != null) {
			session.removeAttribute(PendingSignIn.ATTRIBUTE);
			return "redirect:/login?error=locked";
		}
		if (!secondFactors.verify(user.accountId(), user.getUsername(), code)) {
			throttle.failed(name, client);
			audit.codeFailed(user, client);
			model.addAttribute("errorKey", "accounts.secondFactor.error.code");
			return "accounts/sign-in-code";
		}
		throttle.succeeded(name, client);
		session.removeAttribute(PendingSignIn.ATTRIBUTE);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(pending.authentication());
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		audit.succeeded(user, client, true);
		SavedRequest saved = requests.getRequest(request, response);
		return "redirect:" + (saved == null ? "/" : saved.getRedirectUrl());
	}
}
