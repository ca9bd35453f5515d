package org.lvzhi.platform.abuse;

import org.lvzhi.platform.SignedInUser;
import org.lvzhi.platform.SubmittedCodes;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Optional;

import org.lvzhi.platform.AbuseControl;
import org.lvzhi.platform.AbuseRefused;
import org.lvzhi.platform.AnonymousForm;
import org.lvzhi.platform.FormGuard;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The abuse controls put together, in the order that costs an attacker most and the server least:
 * the honeypot field and the token's signature and work are checked without touching the
 * database; then the token is claimed, so that a repeated post is answered from memory; then the
 * allowance is taken; only then does the submission run.
 */
@Service
class GuardedForms implements AbuseControl {

	/** A field hidden from people; robots that fill in every field fill it in too. */
	static final String HONEYPOT = "website";

	private final FormTokens tokens;
	private final SentForms sent;
	private final Allowances allowances;
	private final ClientAddresses addresses;
	private final AbuseSettings settings;
	private final SubmittedCodes codes;

	GuardedForms(FormTokens tokens, SentForms sent, Allowances allowances, ClientAddresses addresses,
			AbuseSettings settings, SubmittedCodes codes) {
		this.codes = codes;
		this.tokens = tokens;
		this.sent = sent;
		this.allowances = allowances;
		this.addresses = addresses;
		this.settings = settings;
	}

	@Override
	public FormGuard guard(AnonymousForm form) {
		return tokens.issue(form.name());
	}

	@Override
	public String host(String clientAddress) {
		return addresses.host(clientAddress);
	}

	@Override
	public String submit(AnonymousForm form, String target, HttpServletRequest request, RedirectAttributes redirect,
			Submission submission) {
		String trap = request.getParameter(HONEYPOT);
		if (trap != null && !trap.isEmpty()) {
			throw new AbuseRefused("guard.robot");
		}
		String token = request.getParameter("_guard");
		tokens.check(form.name(), token, request.getParameter("_pow"));
		Optional<Outcome> earlier = sent.claim(token, form.name());
		if (earlier.isPresent()) {
			return answer(earlier.get(), redirect);
		}
		Allowances.Taken taken;
		try {
			taken = allowances.take(buckets(form, target == null ? "" : target, request.getRemoteAddr()));
		}
		catch (RuntimeException e) {
			sent.release(token);
			throw e;
		}
		if (taken == null) {
			sent.release(token);
			throw new AbuseRefused("guard.tooMany", form.perHour());
		}
		Outcome outcome;
		try {
			outcome = submission.run();
		}
		catch (RuntimeException e) {
			allowances.giveBack(taken);
			sent.release(token);
			throw e;
		}
		sent.complete(token, outcome);
		String code = outcome.flash().get(Outcome.TRACKED);
		SignedInUser sender = SignedInUser.of(SecurityContextHolder.getContext().getAuthentication());
		if (code != null && sender != null) {
			codes.remember(sender.accountId(), code);
		}
		return answer(outcome, redirect);
	}

	private List<Allowances.Bucket> buckets(AnonymousForm form, String target, String client) {
		return List.of(Allowances.Bucket.of(form.name(), target, "address:" + client, form.perHour()),
				Allowances.Bucket.of(form.name(), target, "network:" + addresses.network(client),
						form.perHour() * settings.networkFactor()));
	}

	private static String answer(Outcome outcome, RedirectAttributes redirect) {
		outcome.flash().forEach(redirect::addFlashAttribute);
		return "redirect:" + outcome.location();
	}
}
