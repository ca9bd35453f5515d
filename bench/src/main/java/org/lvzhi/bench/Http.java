package org.lvzhi.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in browser session against the app: form login with the CSRF token of the sign-in page,
 * then GETs that carry the session cookie. One client is shared by every load thread (the JDK
 * client is thread-safe and keeps one HTTP/1.1 connection per concurrent request).
 */
public final class Http {

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final String base;
	private final HttpClient client;
	private final CookieManager cookies;

	private Http(String base, HttpClient client, CookieManager cookies) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		this.client = client;
		this.cookies = cookies;
	}

	/** A kept-alive connection of this session for one load thread (see {@link KeepAlive}). */
	public KeepAlive keepAlive() {
		String cookie = cookies.getCookieStore()
			.getCookies()
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.reduce((a, b) -> a + "; " + b)
			.orElse(null);
		return new KeepAlive(base, cookie);
	}

	/** A client without an account, with its own cookies (session), as a constituent's phone. */
	public static Http anonymous(String base) {
		CookieManager cookies = new CookieManager();
		return new Http(base, HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build(), cookies);
	}

	/** POSTs an already complete form (CSRF token included) and returns the answer unfollowed. */
	public HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", "zh-CN")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** The CSRF token of a page's form or meta tag, or {@code null}. */
	public static String csrf(String page) {
		String token = find(CSRF_INPUT, page);
		return token != null ? token : find(CSRF_META, page);
	}

	public static Http signIn(String base, String username, String password) throws IOException, InterruptedException {
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		Http http = new Http(base, client, cookies);
		HttpResponse<String> page = http.get("/login");
		if (page.statusCode() != 200) {
			throw new IllegalStateException("GET /login answered " + page.statusCode());
		}
		String token = find(CSRF_INPUT, page.body());
		if (token == null) {
			token = find(CSRF_META, page.body());
		}
		if (token == null) {
			throw new IllegalStateException("no CSRF token on the sign-in page");
		}
		String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token);
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(http.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("sign-in failed: " + login.statusCode() + " " + location);
		}
		return http;
	}

	public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery))
			.header("Accept", pathAndQuery.startsWith("/api/") ? "application/json" : "text/html")
			.header("Accept-Language", "zh-CN")
			.timeout(Duration.ofSeconds(60))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/**
	 * POSTs a form the way the page {@code formPage} would, with that page's CSRF token; waits up to
	 * {@code timeout} (an index rebuild answers when it is done).
	 */
	public HttpResponse<String> post(String formPage, String path, String form, Duration timeout)
			throws IOException, InterruptedException {
		String body = get(formPage).body();
		String token = find(CSRF_INPUT, body);
		if (token == null) {
			token = find(CSRF_META, body);
		}
		if (token == null) {
			throw new IllegalStateException("no CSRF token on " + formPage);
		}
		return client.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(timeout)
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(token)))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	public static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static String find(Pattern p, String s) {
		Matcher m = p.matcher(s);
		return m.find() ? m.group(1) : null;
	}
}
