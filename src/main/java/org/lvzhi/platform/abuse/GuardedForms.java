package org.lvzhi.platform.abuse;

import org.lvzhi.platform.SignedInUser;
import org.lvzhi.platform.SubmittedCodes;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
 * database; a form answered already is answered again from memory; then the allowance is taken;
 * then, in one transaction, the token is claimed, the submission runs and its answer is kept.
 * <p>
 * Why one transaction: each commit waits for the database's log to reach the disk, and claim,
 * submission and answer as separate commits cost a public form several times the writes of the
 * submission itself. In one transaction the claim also does what it did before: a second request
 * with the same token waits on the first's claim until that commits (and then gets its answer) or
 * rolls back (and then runs itself). The allowance stays a short transaction of its own, before the
 * submission, so that posts from one address or network do not wait on each other's submissions.
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
	private final TransactionTemplate transaction;

	GuardedForms(FormTokens tokens, SentForms sent, Allowances allowances, ClientAddresses addresses,
			AbuseSettings settings, SubmittedCodes codes, PlatformTransactionManager transactions) {
		this.codes = codes;
		this.transaction = new TransactionTemplate(transactions);
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
		Optional<Outcome> earlier = sent.answered(token);
		if (earlier.isPresent()) {
			return answer(earlier.get(), redirect);
		}
		sent.removeOld();
		List<Allowances.Bucket> buckets = buckets(form, target == null ? "" : target, request.getRemoteAddr());
		Allowances.Taken taken = transaction.execute(s -> allowances.take(buckets));
		if (taken == null) {
			// The last allowance may have gone to this very form sent twice at once: then its answer is the one to give.
			Optional<Outcome> first = transaction.execute(s -> {
				s.setRollbackOnly();
				return sent.claim(token, form.name());
			});
			if (first.isPresent()) {
				return answer(first.get(), redirect);
			}
			throw new AbuseRefused("guard.tooMany", form.perHour());
		}
		Sent result;
		try {
			result = transaction.execute(s -> {
				Optional<Outcome> before = sent.claim(token, form.name());
				if (before.isPresent()) {
					return new Sent(before.get(), true);
				}
				Outcome outcome = submission.run();
				sent.complete(token, outcome);
				return new Sent(outcome, false);
			});
		}
		catch (RuntimeException e) {
			transaction.executeWithoutResult(s -> allowances.giveBack(taken));
			throw e;
		}
		if (result.repeated()) {
			transaction.executeWithoutResult(s -> allowances.giveBack(taken));
			return answer(result.outcome(), redirect);
		}
		Outcome outcome = result.outcome();
		String code = outcome.flash().get(Outcome.TRACKED);
		SignedInUser sender = SignedInUser.of(SecurityContextHolder.getContext().getAuthentication());
		if (code != null && sender != null) {
			codes.remember(sender.accountId(), code);
		}
		return answer(outcome, redirect);
	}

	/** A submission's answer, and whether an earlier request with the same token had given it. */
	private record Sent(Outcome outcome, boolean repeated) {
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
