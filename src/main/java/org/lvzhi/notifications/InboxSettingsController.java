package org.lvzhi.notifications;

import org.lvzhi.accounts.AccountView;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.platform.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's own choice between immediate e-mail and the daily digest, with what it means for her:
 * the hour of the digest, and whether e-mail reaches her at all (a mail server, an address).
 */
@Controller
@RequestMapping("/inbox/settings")
@PreAuthorize("isAuthenticated()")
class InboxSettingsController {

	static final String VIEW = "notifications/settings";

	private final Preferences preferences;
	private final ChooseFrequency choose;
	private final Accounts accounts;
	private final NotificationSettings settings;
	private final ObjectProvider<JavaMailSender> mail;

	InboxSettingsController(Preferences preferences, ChooseFrequency choose, Accounts accounts,
			NotificationSettings settings, ObjectProvider<JavaMailSender> mail) {
		this.preferences = preferences;
		this.choose = choose;
		this.accounts = accounts;
		this.settings = settings;
		this.mail = mail;
	}

	@GetMapping
	String show(Authentication user, Model model) {
		long account = accountOf(user);
		model.addAttribute("preference", preferences.of(account));
		model.addAttribute("frequencies", Frequency.values());
		model.addAttribute("digestHour", settings.digestHour());
		model.addAttribute("mailConfigured", mail.getIfAvailable() != null);
		model.addAttribute("email", accounts.find(account).map(AccountView::email).orElse(null));
		return VIEW;
	}

	@PostMapping
	String save(@RequestParam Frequency frequency, @RequestParam int version, Authentication user,
			RedirectAttributes redirect) {
		try {
			choose.choose(accountOf(user), frequency, version);
			redirect.addFlashAttribute("successKey", "notifications.settings.saved");
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("errorKey", "error.concurrentEdit");
		}
		return "redirect:/inbox/settings";
	}

	/** Only an account has settings; a principal of another kind finds none. */
	private static long accountOf(Authentication user) {
		SignedInUser me = SignedInUser.of(user);
		if (me == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return me.accountId();
	}
}
