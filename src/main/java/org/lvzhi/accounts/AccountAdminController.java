package org.lvzhi.accounts;

import java.util.Arrays;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator opens accounts, disables and re-enables them, lifts lock-outs, resets
 * passwords and second factors (a lost phone), and sets the address notifications are e-mailed to.
 */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

	private final Accounts accounts;
	private final PasswordPolicy policy;

	AccountAdminController(Accounts accounts, PasswordPolicy policy) {
		this.accounts = accounts;
		this.policy = policy;
	}

	@GetMapping
	@org.lvzhi.platform.PersonalDataView("Accounts")
	String list(@RequestParam(required = false) String role, Model model) {
		model.addAttribute("accounts", accounts.list().stream()
			.filter(a -> role == null || role.isBlank() || a.role().equals(role))
			.toList());
		model.addAttribute("role", role);
		model.addAttribute("roles", Role.values());
		model.addAttribute("offices", Office.values());
		model.addAttribute("minLength", policy.minLength(Role.ADMIN));
		return "accounts/list";
	}

	@PostMapping
	String open(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
			@RequestParam Role role, @RequestParam(required = false) String officeCode,
			@RequestParam(required = false) Long personId, @RequestParam(required = false) Long organizationId,
			RedirectAttributes redirect) {
		String office = officeCode == null || officeCode.isBlank() ? null
				: Arrays.stream(Office.values()).filter(o -> o.name().equals(officeCode)).findFirst()
					.map(Office::name).orElse(null);
		try {
			accounts.open(new NewAccount(username.trim(), password, displayName.trim(), role,
					role == Role.STAFF ? office : null, personId, organizationId));
			redirect.addFlashAttribute("successKey", "accounts.opened");
		}
		catch (AccountException e) {
			redirect.addFlashAttribute("errorKey", e.messageKey());
			redirect.addFlashAttribute("errorArgs", e.args());
		}
		return "redirect:/admin/accounts";
	}

	@PostMapping("/{id}/enabled")
	String enabled(@PathVariable long id, @RequestParam boolean enabled, @RequestParam int version,
			RedirectAttributes redirect) {
		return perform(redirect, () -> accounts.setEnabled(id, enabled, version));
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return perform(redirect, () -> accounts.unlock(id, version));
	}

	@PostMapping("/{id}/password")
	String password(@PathVariable long id, @RequestParam String password, @RequestParam int version,
			RedirectAttributes redirect) {
		return perform(redirect, () -> accounts.resetPassword(id, password, version));
	}

	@PostMapping("/{id}/second-factor/reset")
	String resetSecondFactor(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return perform(redirect, () -> accounts.resetSecondFactor(id, version));
	}

	@PostMapping("/{id}/email")
	String email(@PathVariable long id, @RequestParam(required = false) String email, @RequestParam int version,
			RedirectAttributes redirect) {
		return perform(redirect, () -> accounts.setEmail(id, email, version));
	}

	private String perform(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("successKey", "accounts.saved");
		}
		catch (AccountException e) {
			redirect.addFlashAttribute("errorKey", e.messageKey());
			redirect.addFlashAttribute("errorArgs", e.args());
		}
		return "redirect:/admin/accounts";
	}
}
