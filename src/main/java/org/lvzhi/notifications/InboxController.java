package org.lvzhi.notifications;

import java.time.OffsetDateTime;
import java.util.List;
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
 * Every signed-in user reads the notifications addressed to her, one line per record, opens them
 * and marks them read. A notification addressed to somebody else answers 404, as if it did not
 * exist. Opening one leads to the page of its record that this reader may see, asked of the module
 * that owns it ({@link LinkResolver}).
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
	private final Links links;

	InboxController(Inbox inbox, ReadMarks marks, MessageRenderer renderer, Links links) {
		this.inbox = inbox;
		this.marks = marks;
		this.renderer = renderer;
		this.links = links;
	}

	/** One line per record; with {@code subject}, the notices about that record one by one. */
	@GetMapping
	String list(@RequestParam(required = false) boolean unread, @RequestParam(required = false) String category,
			@RequestParam(required = false) String subject, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Authentication user, Locale locale, Model model) {
		Reader reader = Reader.of(user);
		InboxFilter filter = new InboxFilter(unread, category, subject);
		if (filter.subject() == null) {
			Page<InboxGroup> groups = inbox.groups(reader, filter, Page.number(page), Page.size(size));
			model.addAttribute("page", new Page<>(groups.items().stream().map(g -> entry(g, locale)).toList(),
					groups.number(), groups.size(), groups.total()));
		}
		else {
			Page<StoredNotification> one = inbox.page(reader, filter, Page.number(page), Page.size(size));
			model.addAttribute("page", new Page<>(one.items().stream()
				.map(n -> entry(new InboxGroup(n, 1, n.waiting() ? 1 : 0, List.of(n.category())), locale))
				.toList(), one.number(), one.size(), one.total()));
		}
		model.addAttribute("filter", filter);
		model.addAttribute("categories", inbox.categories(reader).stream()
			.map(c -> new Category(c, renderer.category(c, locale)))
			.toList());
		model.addAttribute("unreadCount", inbox.unread(reader));
		return VIEW;
	}

	/** Opening a notification reads its record's notices, then leads to the record's page for this reader. */
	@GetMapping("/{id}")
	String open(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
		Reader reader = Reader.of(user);
		StoredNotification notification = inbox.find(reader, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		marks.markRead(reader, id);
		if (notification.link() == null) {
			return REDIRECT;
		}
		return links.forReader(notification.link(), user).map(link -> "redirect:" + link).orElseGet(() -> {
			redirect.addFlashAttribute("errorKey", "notifications.error.gone");
			return REDIRECT;
		});
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

	/** The navigation badge, loaded by htmx on every page: records with something waiting. */
	@GetMapping("/unread-count")
	String unreadCount(Authentication user, Model model) {
		model.addAttribute("unreadCount", inbox.unread(Reader.of(user)));
		return VIEW + " :: badge";
	}

	private Entry entry(InboxGroup g, Locale locale) {
		StoredNotification n = g.latest();
		return new Entry(n.id(), renderer.text(n, locale), n.link() != null,
				g.categories().stream().map(c -> renderer.category(c, locale)).toList(), n.createdAt(), g.total(),
				g.waiting(), n.settled() && g.waiting() == 0, n.subject());
	}

	/**
	 * A line of the inbox: the newest notice about a record.
	 *
	 * @param kinds the labels of the kinds of notice about the record
	 * @param total how many notices the record brought
	 * @param waiting how many are neither read nor settled
	 * @param settled whether what the newest asked for has been done
	 */
	record Entry(long id, String text, boolean hasLink, List<String> kinds, OffsetDateTime createdAt, long total,
			long waiting, boolean settled, String subject) {

		public boolean read() {
			return waiting == 0;
		}
	}

	record Category(String code, String label) {
	}
}
