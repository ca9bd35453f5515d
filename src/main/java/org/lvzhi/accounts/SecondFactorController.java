package org.lvzhi.accounts;

import java.util.List;

import org.lvzhi.platform.QrCodes;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Enrolling an authenticator app: the page shows a new secret as a QR code, the user types the
 * code the app then shows, and gets ten recovery codes, once. An enrolled user renews the
 * recovery codes with a current code.
 */
@Controller
class SecondFactorController {

	static final String PENDING_SECRET = SecondFactorController.class.getName() + ".secret";

	private final SecondFactors secondFactors;
	private final SecondFactorPolicy settings;
	private final OwnAccountController own;

	SecondFactorController(SecondFactors secondFactors, SecondFactorPolicy settings, OwnAccountController own) {
		this.secondFactors = secondFactors;
		this.settings = settings;
		this.own = own;
	}

	@GetMapping("/account/second-factor")
	String page(Authentication auth, HttpSession session, Model model) {
		LvzhiPrincipal user = (LvzhiPrincipal) auth.getPrincipal();
		boolean enrolled = secondFactors.enrolled(user.accountId());
		model.addAttribute("enrolled", enrolled);
		model.addAttribute("required", settings.required(user.role()));
		if (enrolled) {
			model.addAttribute("codesLeft", secondFactors.recoveryCodesLeft(user.accountId()));
			return "accounts/second-factor";
		}
		String secret = session.getAttribute(PENDING_SECRET) instanceof String s ? s : secondFactors.newSecret();
		session.setAttribute(PENDING_SECRET, secret);
		model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
		model.addAttribute("qr", QrCodes.dataUri(SecondFactors.keyUri(settings.issuer(), user.getUsername(), secret), 220));
		return "accounts/second-factor";
	}

	@PostMapping("/account/second-factor")
	String enrol(@RequestParam(required = false) String code, Authentication auth, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		LvzhiPrincipal user = (LvzhiPrincipal) auth.getPrincipal();
		HttpSession session = request.getSession();
		if (!(session.getAttribute(PENDING_SECRET) instanceof String secret)) {
			return "redirect:/account/second-factor";
		}
		try {
			List<String> codes = secondFactors.enrol(user.accountId(), user.getUsername(), secret, code);
			session.removeAttribute(PENDING_SECRET);
			own.signInAgainAs(user.enrolled(), auth, request, response);
			redirect.addFlashAttribute("recoveryCodes", codes);
			redirect.addFlashAttribute("successKey", "accounts.secondFactor.enrolled");
			return "redirect:/account/second-factor/codes";
		}
		catch (AccountException e) {
			redirect.addFlashAttribute("errorKey", e.messageKey());
			return "redirect:/account/second-factor";
		}
	}

	@PostMapping("/account/second-factor/recovery-codes")
	String renew(@RequestParam(required = false) String code, Authentication auth, RedirectAttributes redirect) {
		LvzhiPrincipal user = (LvzhiPrincipal) auth.getPrincipal();
		if (!secondFactors.verifyTotp(user.accountId(), code)) {
			redirect.addFlashAttribute("errorKey", "accounts.secondFactor.error.code");
			return "redirect:/account/second-factor";
		}
		redirect.addFlashAttribute("recoveryCodes", secondFactors.renewRecoveryCodes(user.accountId(), user.getUsername()));
		return "redirect:/account/second-factor/codes";
	}

	/** The recovery codes, shown once: the page has them only right after they were made. */
	@GetMapping("/account/second-factor/codes")
	String codes(Model model) {
		return model.containsAttribute("recoveryCodes") ? "accounts/recovery-codes" : "redirect:/account/second-factor";
	}
}
