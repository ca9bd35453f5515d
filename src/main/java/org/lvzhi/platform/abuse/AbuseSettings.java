package org.lvzhi.platform.abuse;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Lvzhi tells visitors apart and holds back floods on the forms anybody may send
 * ({@code lvzhi.abuse.*}).
 *
 * @param trustedProxies addresses or CIDR blocks of the reverse proxies in front of Lvzhi; only a
 *     request from one of them has its {@code X-Forwarded-For} header believed (none by default:
 *     the peer is the client)
 * @param ipv4Prefix the length of the IPv4 network whose addresses share one allowance (24)
 * @param ipv6Prefix the length of the IPv6 network whose addresses share one allowance (64: one
 *     household or one server usually holds a whole /64)
 * @param networkFactor a network may send this many times one address's allowance (4)
 * @param powDifficulty leading zero bits of the proof of work a browser finds before it posts an
 *     anonymous form (16: about 65,000 hashes, a fraction of a second on a phone)
 * @param formHours a rendered anonymous form may be sent within this many hours (12)
 * @param maxFormBytes the largest body an anonymous form post may have (64 KiB; a full comment
 *     of 2,000 Chinese characters takes about 18 KiB)
 * @param formSecret the key that signs form tokens; set the same on every node behind a load
 *     balancer (empty: a random key per start, so forms shown before a restart ask to be sent again)
 */
@ConfigurationProperties("lvzhi.abuse")
public record AbuseSettings(List<String> trustedProxies, Integer ipv4Prefix, Integer ipv6Prefix,
		Integer networkFactor, Integer powDifficulty, Integer formHours, Integer maxFormBytes, String formSecret) {

	public AbuseSettings {
		trustedProxies = trustedProxies == null ? List.of()
				: trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		ipv4Prefix = ipv4Prefix == null ? 24 : ipv4Prefix;
		ipv6Prefix = ipv6Prefix == null ? 64 : ipv6Prefix;
		networkFactor = networkFactor == null ? 4 : networkFactor;
		powDifficulty = powDifficulty == null ? 16 : powDifficulty;
		formHours = formHours == null ? 12 : formHours;
		maxFormBytes = maxFormBytes == null ? 64 * 1024 : maxFormBytes;
		if (ipv4Prefix < 8 || ipv4Prefix > 32 || ipv6Prefix < 16 || ipv6Prefix > 128) {
			throw new IllegalArgumentException("lvzhi.abuse: network prefixes out of range");
		}
		if (powDifficulty < 0 || powDifficulty > 32) {
			throw new IllegalArgumentException("lvzhi.abuse.pow-difficulty must be between 0 and 32");
		}
	}
}
