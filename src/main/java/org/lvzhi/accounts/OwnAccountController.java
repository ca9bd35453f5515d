package org.lvzhi.accounts;

import org.lvzhi.platform.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The signed-in user's own account: who it is, the own password, the second factor. Open to every
 * role: it is about one's own account only.
 */
@Controller
class OwnAccountController {

	private final Accounts accounts;
	private final AccountRepository repository;
	private final AccountUserDetailsService users;
	private final PasswordPolicy policy;
	private final SecurityContextRepository contexts;

	OwnAccountController(Accounts accounts, AccountRepository repository, AccountUserDetailsService users,
			PasswordPolicy policy, SecurityContextRepository contexts) {
		this.accounts = accounts;
		this.repository = repository;
		this.users = users;
		this.policy = policy;
		this.contexts = contexts;
	}

	@GetMapping("/account")
	String account(Authentication auth, Model model) {
		model.addAttribute("account", accounts.find(SignedInUser.of(auth).accountId()).orElseThrow());
		return "accounts/own";
	}

	@GetMapping("/account/password")
	String passwordForm(Authentication auth, Model model) {
		model.addAttribute("minLength", policy.minLength(((LvzhiPrincipal) auth.getPrincipal()).role()));
		return "accounts/password";
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam(required = false) String current, @RequestParam(required = false) String password,
			@RequestParam(required = false) String passwordRepeat, Authentication auth, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		LvzhiPrincipal user = (LvzhiPrincipal) auth.getPrincipal();
		try {
			if (password == null || !password.equals(passwordRepeat)) {
				throw new AccountException("accounts.error.passwordMismatch");
			}
			accounts.changeOwnPassword(user.accountId(), current, password);
		}
		catch (AccountException e) {
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArgs", e.args());
			model.addAttribute("minLength", policy.minLength(user.role()));
			return "accounts/password";
		}
		// This session goes on under the new epoch; every other one has ended.
		LvzhiPrincipal renewed = users.principal(repository.findById(user.accountId()).orElseThrow());
		signInAgainAs(renewed, auth, request, response);
		redirect.addFlashAttribute("successKey", "accounts.password.changed");
		return "redirect:/account";
	}

	/** Puts a refreshed principal into this session, which keeps its sign-in. */
	void signInAgainAs(LvzhiPrincipal principal, Authentication before, HttpServletRequest request,
			HttpServletResponse response) {
		var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
		auth.setDetails(before.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(auth);
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		contexts.saveContext(context, request, response);
	}
}
