package org.lvzhi.accounts;

import org.lvzhi.platform.AbuseControl;
import org.lvzhi.platform.AbuseControl.Outcome;
import org.lvzhi.platform.AnonymousForm;
import org.lvzhi.platform.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Members of the public open their own account to comment, answer questionnaires and follow
 * their submissions. Lvzhi gives the user name and shows it once, so that the form answers
 * everybody alike and tells nobody which names exist.
 */
@Controller
class RegistrationController {

	private final Accounts accounts;
	private final AbuseControl abuse;
	private final PasswordPolicy policy;
	private final AnonymousForm form;

	RegistrationController(Accounts accounts, AbuseControl abuse, PasswordPolicy policy, SecuritySettings settings) {
		this.accounts = accounts;
		this.abuse = abuse;
		this.policy = policy;
		this.form = new AnonymousForm("accounts.registration", settings.registrationsPerHour());
	}

	@GetMapping("/register")
	String form(Model model) {
		model.addAttribute("guard", abuse.guard(form));
		model.addAttribute("minLength", policy.minLength(Role.PUBLIC));
		return "accounts/register";
	}

	@PostMapping("/register")
	String register(@RequestParam(required = false) String displayName, @RequestParam(required = false) String password,
			@RequestParam(required = false) String passwordRepeat, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		try {
			return abuse.submit(form, "", request, redirect, () -> {
				if (password == null || !password.equals(passwordRepeat)) {
					throw new AccountException("accounts.error.passwordMismatch");
				}
				String username = accounts.register(displayName, password);
				return Outcome.redirectTo("/register/done").with("registeredUsername", username);
			});
		}
		catch (DomainException e) {
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArgs", e.args());
			model.addAttribute("displayName", displayName);
			return form(model);
		}
	}

	/** The user name, shown once after registering. */
	@GetMapping("/register/done")
	String done(Model model) {
		return model.containsAttribute("registeredUsername") ? "accounts/registered" : "redirect:/register";
	}
}
