package org.lvzhi.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The setup page: the first administrator's account, opened with the token from the start-up
 * log. It answers 404 as soon as an administrator exists, as if it had never been there.
 */
@Controller
class SetupController {

	private final FirstAdministrator first;

	SetupController(FirstAdministrator first) {
		this.first = first;
	}

	@GetMapping("/setup")
	String form() {
		requireOpen();
		return "accounts/setup";
	}

	@PostMapping("/setup")
	String create(@RequestParam String token, @RequestParam String username, @RequestParam String displayName,
			@RequestParam String password, @RequestParam String passwordRepeat, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		requireOpen();
		model.addAttribute("username", username);
		model.addAttribute("displayName", displayName);
		model.addAttribute("token", token);
		if (!password.equals(passwordRepeat)) {
			model.addAttribute("errorKey", "accounts.error.passwordMismatch");
			return "accounts/setup";
		}
		try {
			first.create(token, username.trim(), displayName.trim(), password, request.getRemoteAddr());
		}
		catch (AccountException e) {
			if (!first.open()) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			if ("setup.error.token".equals(e.messageKey())) {
				model.addAttribute("token", null);
			}
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArgs", e.args());
			return "accounts/setup";
		}
		redirect.addFlashAttribute("successKey", "setup.done");
		return "redirect:/login";
	}

	private void requireOpen() {
		if (!first.open()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}
}
