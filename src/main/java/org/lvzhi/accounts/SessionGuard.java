package org.lvzhi.accounts;

import java.io.IOException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Checks on every request of a signed-in user that the session still stands: the account is
 * enabled and its session epoch is the one it signed in under (disabling it, resetting or
 * changing its password raise the epoch). The check reads the database, not the session, so it
 * holds on every node and with sessions kept in the database later. An account that must use a
 * second factor and has none is sent to enrol before it may do anything else.
 */
class SessionGuard extends OncePerRequestFilter {

	private static final String[] STATIC = { "/css/", "/js/", "/img/", "/webjars/", "/favicon.ico" };
	private static final String[] WHILE_ENROLLING = { "/account/second-factor", "/logout", "/error" };

	private final JdbcClient jdbc;

	SessionGuard(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Standing(boolean enabled, int epoch) {
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String prefix : STATIC) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof LvzhiPrincipal user) {
			Optional<Standing> standing = jdbc.sql("SELECT enabled, session_epoch FROM accounts_account WHERE id = ?")
				.param(user.accountId())
				.query((rs, n) -> new Standing(rs.getBoolean(1), rs.getInt(2)))
				.optional();
			if (standing.isEmpty() || !standing.get().enabled() || standing.get().epoch() != user.sessionEpoch()) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				response.sendRedirect(request.getContextPath() + "/login?ended");
				return;
			}
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (user.mustEnrol() && !allowedWhileEnrolling(path)) {
				response.sendRedirect(request.getContextPath() + "/account/second-factor");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean allowedWhileEnrolling(String path) {
		for (String prefix : WHILE_ENROLLING) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}
}
