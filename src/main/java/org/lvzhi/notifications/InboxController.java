package org.lvzhi.notifications;

import java.time.OffsetDateTime;
import java.util.Locale;

import org.lvzhi.platform.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every signed-in user reads the notifications addressed to her, opens them and marks them read.
 * A notification addressed to somebody else answers 404, as if it did not exist.
 */
@Controller
@RequestMapping("/inbox")
@PreAuthorize("isAuthenticated()")
class InboxController {

	static final String VIEW = "notifications/inbox";
	static final String REDIRECT = "redirect:/inbox";

	private final Inbox inbox;
	private final ReadMarks marks;
	private final MessageRenderer renderer;

	InboxController(Inbox inbox, ReadMarks marks, MessageRenderer renderer) {
		this.inbox = inbox;
		this.marks = marks;
		this.renderer = renderer;
	}

	@GetMapping
	String list(@RequestParam(required = false) boolean unread, @RequestParam(required = false) String category,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			Authentication user, Locale locale, Model model) {
		Reader reader = Reader.of(user);
		InboxFilter filter = new InboxFilter(unread, category);
		Page<StoredNotification> stored = inbox.page(reader, filter, Page.number(page), Page.size(size));
		model.addAttribute("page", new Page<>(stored.items().stream().map(n -> entry(n, locale)).toList(),
				stored.number(), stored.size(), stored.total()));
		model.addAttribute("filter", filter);
		model.addAttribute("categories", inbox.categories(reader).stream()
			.map(c -> new Category(c, renderer.category(c, locale)))
			.toList());
		model.addAttribute("unreadCount", inbox.unread(reader));
		return VIEW;
	}

	/** Opening a notification reads it, then leads to the page it is about. */
	@GetMapping("/{id}")
	String open(@PathVariable long id, Authentication user) {
		Reader reader = Reader.of(user);
		StoredNotification notification = inbox.find(reader, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		marks.markRead(reader, id);
		return notification.link() == null ? REDIRECT : "redirect:" + notification.link();
	}

	@PostMapping("/{id}/read")
	String markRead(@PathVariable long id, Authentication user) {
		if (!marks.markRead(Reader.of(user), id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return REDIRECT;
	}

	@PostMapping("/read")
	String markAllRead(Authentication user, RedirectAttributes redirect) {
		int count = marks.markAllRead(Reader.of(user));
		redirect.addFlashAttribute("successKey", "notifications.allRead");
		redirect.addFlashAttribute("successArgs", new Object[] { count });
		return REDIRECT;
	}

	/** The navigation badge, loaded by htmx on every page. */
	@GetMapping("/unread-count")
	String unreadCount(Authentication user, Model model) {
		model.addAttribute("unreadCount", inbox.unread(Reader.of(user)));
		return VIEW + " :: badge";
	}

	private InboxEntry entry(StoredNotification n, Locale locale) {
		return new InboxEntry(n.id(), renderer.text(n, locale), n.link() != null, renderer.category(n.category(), locale),
				n.createdAt(), n.read());
	}

	record InboxEntry(long id, String text, boolean hasLink, String category, OffsetDateTime createdAt, boolean read) {
	}

	record Category(String code, String label) {
	}
}
