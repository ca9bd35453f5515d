package org.lvzhi.platform.abuse;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * IP address literals, read without ever asking DNS: what arrives in a header is text an attacker
 * wrote, and a host name there must not make the server look anything up.
 */
public final class IpAddresses {

	private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
	private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2,45}");

	private IpAddresses() {
	}

	/** The address written in {@code text}, or {@code null} when it is not an IP literal. */
	public static InetAddress parse(String text) {
		if (text == null) {
			return null;
		}
		String s = text.strip();
		if (s.startsWith("[") && s.endsWith("]")) {
			s = s.substring(1, s.length() - 1);
		}
		int zone = s.indexOf('%');
		if (zone >= 0 && s.indexOf(':') >= 0) {
			s = s.substring(0, zone);
		}
		var v4 = IPV4.matcher(s);
		try {
			if (v4.matches()) {
				byte[] bytes = new byte[4];
				for (int i = 0; i < 4; i++) {
					int part = Integer.parseInt(v4.group(i + 1));
					if (part > 255) {
						return null;
					}
					bytes[i] = (byte) part;
				}
				return InetAddress.getByAddress(bytes);
			}
			// With a colon the JDK reads an IPv6 literal and never resolves a name.
			if (s.indexOf(':') >= 0 && IPV6.matcher(s).matches()) {
				return InetAddress.getByName(s);
			}
		}
		catch (UnknownHostException e) {
			return null;
		}
		return null;
	}

	/** The first {@code bits} bits of the address, the rest zero. */
	static byte[] masked(InetAddress address, int bits) {
		byte[] bytes = address.getAddress();
		for (int i = 0; i < bytes.length; i++) {
			int keep = Math.max(0, Math.min(8, bits - i * 8));
			bytes[i] = (byte) (bytes[i] & (0xff << (8 - keep)));
		}
		return bytes;
	}

	/** The network an address belongs to, written as {@code 198.51.100.0/24} or {@code 2001:db8:1:2:0:0:0:0/64}. */
	static String network(InetAddress address, int ipv4Bits, int ipv6Bits) {
		int bits = address instanceof Inet4Address ? ipv4Bits : ipv6Bits;
		try {
			return InetAddress.getByAddress(masked(address, bits)).getHostAddress() + "/" + bits;
		}
		catch (UnknownHostException e) {
			throw new IllegalStateException(e);
		}
	}

	/** An address or a CIDR block such as {@code 10.0.0.0/8} or {@code fd00::/8}, from the settings. */
	record Block(byte[] network, int bits) {

		static Block of(String text) {
			int slash = text.indexOf('/');
			InetAddress address = parse(slash < 0 ? text : text.substring(0, slash));
			if (address == null) {
				throw new IllegalArgumentException("lvzhi.abuse.trusted-proxies: not an address or CIDR block: " + text);
			}
			int max = address.getAddress().length * 8;
			int bits = slash < 0 ? max : Integer.parseInt(text.substring(slash + 1).strip());
			if (bits < 0 || bits > max) {
				throw new IllegalArgumentException("lvzhi.abuse.trusted-proxies: prefix out of range: " + text);
			}
			return new Block(masked(address, bits), bits);
		}

		boolean contains(InetAddress address) {
			return address != null && address.getAddress().length == network.length
					&& java.util.Arrays.equals(masked(address, bits), network);
		}
	}
}
