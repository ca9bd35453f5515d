package org.lvzhi.platform.opendata;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lvzhi.platform.abuse.ClientAddresses;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * At most so many calls to {@code /api/v1} per client and minute (a fixed window of the clock's
 * minute); the next is answered 429 with {@code Retry-After} until the minute is over. The client
 * is the address the client address filter put on the request, so behind a trusted reverse proxy
 * each client behind it has its own budget, and a {@code X-Forwarded-For} from anybody else gives
 * no new one. An IPv6 client counts by its /64, as one machine may use any address of it. A
 * signed-in user (Spring Security's context in the session) has the larger staff budget.
 */
class ApiRateLimit extends OncePerRequestFilter {

	/** Beyond this many clients in the table, the windows of past minutes are dropped. */
	private static final int PRUNE_AT = 50_000;

	private final ApiSettings settings;
	private final ClientAddresses addresses;
	private final ApiProblems problems;
	private final Clock clock;
	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	ApiRateLimit(ApiSettings settings, ClientAddresses addresses, ApiProblems problems, Clock clock) {
		this.settings = settings;
		this.addresses = addresses;
		this.problems = problems;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean staff = signedIn(request);
		String client = (staff ? "staff " : "") + addresses.host(request.getRemoteAddr());
		long now = clock.millis();
		long minute = now / 60_000;
		if (windows.size() > PRUNE_AT) {
			windows.values().removeIf(w -> w.minute < minute);
		}
		int limit = staff ? settings.staffRequestsPerMinute() : settings.requestsPerMinute();
		Window window = windows.compute(client, (k, w) -> w == null || w.minute != minute ? new Window(minute, 1)
				: new Window(minute, w.count + 1));
		if (window.count > limit) {
			long retryAfter = Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
			response.setHeader("Retry-After", Long.toString(retryAfter));
			problems.write(request, response, 429,
					problems.message(request, "opendata.problem.tooMany", limit, retryAfter));
			return;
		}
		response.setHeader("X-RateLimit-Limit", Integer.toString(limit));
		response.setHeader("X-RateLimit-Remaining", Integer.toString(Math.max(0, limit - window.count)));
		chain.doFilter(request, response);
	}

	private static boolean signedIn(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null
				&& session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
	}

	private record Window(long minute, int count) {
	}
}
