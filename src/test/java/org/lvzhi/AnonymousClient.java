package org.lvzhi;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A visitor without an account filling in a public form the way a browser does: it opens the page,
 * keeps the form's one-time token and solves its proof of work, then posts from its own address.
 * Each client gets an address in a /24 network of its own, so that tests do not share allowances.
 */
public final class AnonymousClient {

	private static final AtomicInteger NEXT = new AtomicInteger();
	private static final Pattern GUARD_INPUT = Pattern.compile("<input[^>]*name=\"_guard\"[^>]*>");
	private static final Pattern VALUE = Pattern.compile("\\svalue=\"([^\"]*)\"");
	private static final Pattern DIFFICULTY = Pattern.compile("data-pow-difficulty=\"(\\d+)\"");

	private final MockMvc mvc;
	private final String address;
	private final MockHttpSession session = new MockHttpSession();

	private AnonymousClient(MockMvc mvc, String address) {
		this.mvc = mvc;
		this.address = address;
	}

	/** A visitor from an address no other test uses. */
	public static AnonymousClient fresh(MockMvc mvc) {
		return new AnonymousClient(mvc, newAddress());
	}

	/** A visitor from the given address. */
	public static AnonymousClient at(MockMvc mvc, String address) {
		return new AnonymousClient(mvc, address);
	}

	/** An IPv4 address in a /24 network no other caller gets. */
	public static String newAddress() {
		int n = NEXT.incrementAndGet();
		return "10." + (100 + n / 256 % 150) + "." + (n % 256) + ".7";
	}

	public String address() {
		return address;
	}

	public MockHttpSession session() {
		return session;
	}

	/** Sets the request's peer address, as the servlet container would. */
	public static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/**
	 * Opens {@code page} and prepares a post to {@code action} carrying the page form's token and
	 * proof of work (when the page has them), the CSRF token, the session and the client's address.
	 */
	public MockHttpServletRequestBuilder post(String page, String action) throws Exception {
		Map<String, String> guard = guardOf(page);
		return prepared(action, guard);
	}

	/** A post carrying a guard read before, e.g. to send the same form twice. */
	public MockHttpServletRequestBuilder prepared(String action, Map<String, String> guard) {
		MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post(action).session(session).with(csrf()).with(from(address));
		guard.forEach(request::param);
		return request;
	}

	/** The hidden fields that guard the form on {@code page}, the proof of work solved; empty when it has none. */
	public Map<String, String> guardOf(String page) throws Exception {
		// A fresh visit of the page: the session's flash (a receipt, which hides the form) stays for the posts.
		String html = mvc.perform(get(page).with(from(address))).andReturn().getResponse().getContentAsString();
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher input = GUARD_INPUT.matcher(html);
		if (!input.find()) {
			return fields;
		}
		Matcher value = VALUE.matcher(input.group());
		Matcher difficulty = DIFFICULTY.matcher(input.group());
		if (!value.find() || !difficulty.find()) {
			throw new AssertionError("guard field without a value or difficulty: " + input.group());
		}
		String token = value.group(1).replace("&#61;", "=");
		fields.put("_guard", token);
		fields.put("_pow", Long.toString(solve(token, Integer.parseInt(difficulty.group(1)))));
		return fields;
	}

	/** The smallest counter whose SHA-256 with the token starts with {@code bits} zero bits. */
	public static long solve(String token, int bits) throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		for (long counter = 0;; counter++) {
			byte[] hash = sha.digest((token + ":" + counter).getBytes(StandardCharsets.UTF_8));
			if (leadingZeroBits(hash) >= bits) {
				return counter;
			}
		}
	}

	static int leadingZeroBits(byte[] hash) {
		int bits = 0;
		for (byte b : hash) {
			if (b == 0) {
				bits += 8;
				continue;
			}
			return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
		}
		return bits;
	}
}
