package org.lvzhi.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Members of the public open their own account to comment, answer questionnaires and follow
 * their submissions.
 */
@Controller
class RegistrationController {

	private final Accounts accounts;

	RegistrationController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/register")
	String form() {
		return "accounts/register";
	}

	@PostMapping("/register")
	String register(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
			@RequestParam String passwordRepeat, Model model, RedirectAttributes redirect) {
		model.addAttribute("username", username);
		model.addAttribute("displayName", displayName);
		if (!password.equals(passwordRepeat)) {
			model.addAttribute("errorKey", "accounts.error.passwordMismatch");
			return "accounts/register";
		}
		try {
			accounts.open(new NewAccount(username.trim(), password, displayName.trim(), Role.PUBLIC, null, null, null));
		}
		catch (AccountException e) {
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArgs", e.args());
			return "accounts/register";
		}
		redirect.addFlashAttribute("successKey", "accounts.registered");
		return "redirect:/login";
	}
}
