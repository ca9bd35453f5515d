package org.lvzhi.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.lvzhi.platform.NavigationItem;
import org.lvzhi.platform.Roles;
import org.lvzhi.platform.SignedInUser;
import org.lvzhi.platform.SiteNotice;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Puts what the shared layout needs into every page's model: the navigation the current user may
 * see, the user's display name, the current path (to mark the active entry) and the notices every
 * page shows.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final List<NavigationItem> items;
	private final PageLinks pageLinks;
	private final List<SiteNotice> notices;

	LayoutAdvice(List<NavigationItem> items, PageLinks pageLinks, List<SiteNotice> notices) {
		this.pageLinks = pageLinks;
		this.notices = notices;
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	/** Everyday work: what is neither administration nor a public page. */
	@ModelAttribute("navigation")
	List<NavigationItem> navigation() {
		return visibleItems().stream().filter(i -> !isAdmin(i) && !isPublic(i)).toList();
	}

	/**
	 * The bar as shown: module menus and single entries, the everyday ones and, for visitors, the
	 * public ones too (signed-in users find those in their own menu).
	 */
	@ModelAttribute("navigationMenus")
	List<NavigationMenu> navigationMenus() {
		List<NavigationItem> shown = signedIn() ? navigation()
				: visibleItems().stream().filter(i -> !isAdmin(i)).toList();
		return NavigationMenu.of(shown);
	}

	/** Public pages, in their own menu once someone is signed in (visitors see them inline). */
	@ModelAttribute("publicNavigation")
	List<NavigationItem> publicNavigation() {
		return visibleItems().stream().filter(LayoutAdvice::isPublic).toList();
	}

	/** Administration pages, in their own menu. */
	@ModelAttribute("adminNavigation")
	List<NavigationItem> adminNavigation() {
		return visibleItems().stream().filter(LayoutAdvice::isAdmin).toList();
	}

	private static boolean isAdmin(NavigationItem item) {
		return item.path().startsWith("/admin/");
	}

	private static boolean isPublic(NavigationItem item) {
		return item.path().startsWith("/public/") || item.path().equals("/statistics");
	}

	/** Worked out once per request: the four navigation attributes and the bar each need it. */
	@SuppressWarnings("unchecked")
	private List<NavigationItem> visibleItems() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object known = request == null ? null : request.getAttribute(VISIBLE, RequestAttributes.SCOPE_REQUEST);
		if (known != null) {
			return (List<NavigationItem>) known;
		}
		Authentication user = currentUser();
		List<NavigationItem> visible = items.stream().filter(item -> visible(item, user)).toList();
		if (request != null) {
			request.setAttribute(VISIBLE, visible, RequestAttributes.SCOPE_REQUEST);
		}
		return visible;
	}

	private static final String VISIBLE = LayoutAdvice.class.getName() + ".visible";

	/**
	 * The pager's link builder as a model attribute: Thymeleaf's restricted mode refuses bean
	 * references ({@code @pageLinks}) in link attributes.
	 */
	@ModelAttribute("pageLinks")
	PageLinks pageLinks() {
		return pageLinks;
	}

	@ModelAttribute("signedIn")
	boolean signedIn() {
		return currentUser() != null;
	}

	@ModelAttribute("displayName")
	String displayName() {
		Authentication user = currentUser();
		if (user == null) {
			return null;
		}
		SignedInUser signedIn = SignedInUser.of(user);
		return signedIn != null ? signedIn.displayName() : user.getName();
	}

	@ModelAttribute("siteNotices")
	List<SiteNotice.Text> siteNotices() {
		return notices.stream().map(SiteNotice::current).flatMap(Optional::stream).toList();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	/**
	 * The same attributes for a page rendered by an exception handler, where Spring does not call
	 * the {@code @ModelAttribute} methods.
	 */
	void fill(Model model, HttpServletRequest request) {
		model.addAttribute("navigation", navigation());
		model.addAttribute("navigationMenus", navigationMenus());
		model.addAttribute("publicNavigation", publicNavigation());
		model.addAttribute("adminNavigation", adminNavigation());
		model.addAttribute("pageLinks", pageLinks());
		model.addAttribute("signedIn", signedIn());
		model.addAttribute("displayName", displayName());
		model.addAttribute("currentPath", currentPath(request));
		model.addAttribute("siteNotices", siteNotices());
	}

	static boolean visible(NavigationItem item, Authentication user) {
		if (item.roles().isEmpty()) {
			return true;
		}
		if (user == null) {
			return false;
		}
		return item.roles().stream().anyMatch(role -> Roles.has(user, role) && (!Roles.STAFF.equals(role)
				|| item.staffOffices().isEmpty() || item.staffOffices().stream().anyMatch(o -> Roles.inOffice(user, o))));
	}

	static Authentication currentUser() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
			return null;
		}
		return auth;
	}
}
