package org.lvzhi.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one guard of every form anybody may send: a one-time token per rendered form that doubles as
 * a proof-of-work challenge, an hourly allowance per target for each client address and a larger
 * one for its network, and post/redirect/get with the first answer shown again when the same form
 * arrives twice. The client address is the visitor's even behind a trusted reverse proxy.
 */
public interface AbuseControl {

	/** The hidden fields for a form about to be shown; put it in the model as {@code guard}. */
	FormGuard guard(AnonymousForm form);

	/**
	 * Sends a filled form once. The token and its proof of work are checked, the client's allowance
	 * for {@code target} is taken, and the submission runs; its outcome becomes a redirect with flash
	 * attributes. The same token sent again, even at the same moment, gets that first outcome back
	 * and creates nothing. When the submission is refused the allowance is given back and the form
	 * may be sent again.
	 *
	 * @param target what the post is about (a draft, a station's code; empty for the form as a whole)
	 * @return the view name: a redirect to the outcome's location
	 * @throws DomainException the submission's own refusal, or {@link AbuseRefused}; the controller
	 *     shows the form again with what was typed and a fresh {@link #guard}
	 */
	String submit(AnonymousForm form, String target, HttpServletRequest request, RedirectAttributes redirect,
			Submission submission);

	/**
	 * The address that stands for one machine: an IPv4 address itself, an IPv6 address's /64 (or
	 * the configured prefix), since a single host may use any address of it.
	 */
	String host(String clientAddress);

	/** What a submission does; it throws a {@link DomainException} to refuse. */
	@FunctionalInterface
	interface Submission {

		Outcome run();
	}

	/**
	 * Where the visitor is sent after a successful post, and the flash attributes the page there
	 * shows (text only: they are kept to answer a repeated post the same way).
	 */
	record Outcome(String location, Map<String, String> flash) {

		public Outcome {
			flash = Map.copyOf(flash);
		}

		public static Outcome redirectTo(String location) {
			return new Outcome(location, Map.of());
		}

		public Outcome with(String key, Object value) {
			Map<String, String> more = new LinkedHashMap<>(flash);
			more.put(key, String.valueOf(value));
			return new Outcome(location, more);
		}

		/**
		 * Marks the code the sender follows the submission with (a tracking or receipt code): a
		 * signed-in sender finds it again among "my submissions" ({@link SubmittedCodes}).
		 */
		public Outcome tracked(String code) {
			return code == null ? this : with(TRACKED, code);
		}

		/** The flash attribute holding the code {@link #tracked} marked. */
		public static final String TRACKED = "trackedCode";
	}
}
