package org.lvzhi.accounts;

import java.io.IOException;
import java.time.Clock;

import org.lvzhi.platform.AbuseControl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After the right password: an account with a second factor is not signed in yet but asked for its
 * code ({@link SignInCodeController}); any other is signed in, and the sign-in is audited.
 */
class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

	private final SecurityContextRepository contexts;
	private final SignInAudit audit;
	private final AbuseControl abuse;
	private final Clock clock;

	SignInSuccess(SecurityContextRepository contexts, SignInAudit audit, AbuseControl abuse, Clock clock) {
		this.contexts = contexts;
		this.audit = audit;
		this.abuse = abuse;
		this.clock = clock;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		LvzhiPrincipal user = (LvzhiPrincipal) authentication.getPrincipal();
		if (user.hasSecondFactor()) {
			SecurityContext empty = SecurityContextHolder.createEmptyContext();
			SecurityContextHolder.setContext(empty);
			contexts.saveContext(empty, request, response);
			request.getSession().setAttribute(PendingSignIn.ATTRIBUTE, new PendingSignIn(authentication, clock.instant()));
			getRedirectStrategy().sendRedirect(request, response, "/login/code");
			return;
		}
		audit.succeeded(user, abuse.host(request.getRemoteAddr()), false);
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
