package org.lvzhi.notifications;

import java.util.Arrays;
import java.util.Locale;

import org.lvzhi.platform.DomainException;
import org.lvzhi.platform.Page;
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
 * The administrator sees which notification e-mails went out, which failed and why, and retries
 * the failed ones.
 */
@Controller
@RequestMapping("/admin/notifications")
@PreAuthorize("hasRole('ADMIN')")
class DeliveryAdminController {

	static final String VIEW = "notifications/admin";
	static final String REDIRECT = "redirect:/admin/notifications";

	private final Deliveries deliveries;
	private final RetryDelivery retry;
	private final MessageRenderer renderer;

	DeliveryAdminController(Deliveries deliveries, RetryDelivery retry, MessageRenderer renderer) {
		this.deliveries = deliveries;
		this.retry = retry;
		this.renderer = renderer;
	}

	@GetMapping
	String list(@RequestParam(required = false) String state, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Locale locale, Model model) {
		DeliveryState chosen = Arrays.stream(DeliveryState.values()).filter(s -> s.name().equals(state)).findFirst()
			.orElse(null);
		Page<Deliveries.Delivery> found = deliveries.page(chosen, Page.number(page), Page.size(size));
		model.addAttribute("page", new Page<>(found.items().stream()
			.map(d -> new Row(d, renderer.text(d.notification(), locale)))
			.toList(), found.number(), found.size(), found.total()));
		model.addAttribute("state", chosen);
		model.addAttribute("states", DeliveryState.values());
		return VIEW;
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		try {
			retry.retry(id);
			redirect.addFlashAttribute("successKey", "notifications.retried");
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("errorKey", e.messageKey());
			redirect.addFlashAttribute("errorArgs", e.args());
		}
		return REDIRECT;
	}

	record Row(Deliveries.Delivery delivery, String text) {
	}
}
