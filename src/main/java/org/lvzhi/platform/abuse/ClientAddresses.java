package org.lvzhi.platform.abuse;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who sent a request. Behind a reverse proxy every request comes from the proxy, so the proxy's
 * {@code X-Forwarded-For} names the client; but anybody can send that header, so it is believed
 * only from the proxies {@code lvzhi.abuse.trusted-proxies} lists. The header is read from the
 * right: each trusted proxy appends the address it saw, and the first address that is not a
 * trusted proxy is the client (what stands left of it, the client may have written itself).
 */
@Component
public class ClientAddresses {

	private final List<IpAddresses.Block> trusted;
	private final AbuseSettings settings;

	public ClientAddresses(AbuseSettings settings) {
		this.settings = settings;
		this.trusted = settings.trustedProxies().stream().map(IpAddresses.Block::of).toList();
	}

	/** The client's address as text: an IP literal, or what the container gave when it is none. */
	public String resolve(String peer, List<String> forwardedFor) {
		InetAddress hop = IpAddresses.parse(peer);
		if (!trusted(hop) || forwardedFor.isEmpty()) {
			return peer;
		}
		List<String> chain = new ArrayList<>();
		for (String header : forwardedFor) {
			for (String part : header.split(",")) {
				if (!part.isBlank()) {
					chain.add(part.strip());
				}
			}
		}
		Collections.reverse(chain);
		String client = peer;
		for (String entry : chain) {
			InetAddress address = IpAddresses.parse(entry);
			if (address == null) {
				// Not an address: nothing a trusted proxy wrote, so the trail ends here.
				return client;
			}
			client = address.getHostAddress();
			if (!trusted(address)) {
				return client;
			}
		}
		return client;
	}

	String resolve(HttpServletRequest request) {
		return resolve(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
	}

	private boolean trusted(InetAddress address) {
		return address != null && trusted.stream().anyMatch(b -> b.contains(address));
	}

	/** The network whose addresses share one allowance; an address that is not an IP literal stands alone. */
	public String network(String client) {
		InetAddress address = IpAddresses.parse(client);
		return address == null ? client : IpAddresses.network(address, settings.ipv4Prefix(), settings.ipv6Prefix());
	}

	/**
	 * The address that stands for one machine: an IPv4 address itself, an IPv6 address's network
	 * (a single host may use any address of its /64).
	 */
	public String host(String client) {
		InetAddress address = IpAddresses.parse(client);
		if (address == null || address instanceof Inet4Address) {
			return address == null ? client : address.getHostAddress();
		}
		return IpAddresses.network(address, 32, settings.ipv6Prefix());
	}
}
