package org.lvzhi.platform.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Who the client is, with and without trusted reverse proxies, and which network it shares an allowance with. */
class ClientAddressesTests {

	private static ClientAddresses behind(String... proxies) {
		return new ClientAddresses(new AbuseSettings(List.of(proxies), null, null, null, null, null, null, null));
	}

	@Test
	void withoutTrustedProxiesThePeerIsTheClientWhateverTheHeaderSays() {
		ClientAddresses addresses = behind();
		assertThat(addresses.resolve("203.0.113.5", List.of("198.51.100.1"))).isEqualTo("203.0.113.5");
	}

	@Test
	void behindATrustedProxyTheLastAddressItDidNotAddIsTheClient() {
		ClientAddresses addresses = behind("10.0.0.0/8", "fd00::/8");
		// The client wrote 1.2.3.4 itself; the proxy appended the address it saw.
		assertThat(addresses.resolve("10.0.0.2", List.of("1.2.3.4, 198.51.100.7"))).isEqualTo("198.51.100.7");
		// Two proxies of our own in a row.
		assertThat(addresses.resolve("10.0.0.2", List.of("198.51.100.7, 10.0.0.3"))).isEqualTo("198.51.100.7");
		assertThat(addresses.resolve("fd00::1", List.of("2001:db8::7"))).isEqualTo("2001:db8:0:0:0:0:0:7");
		// Several headers count as one list.
		assertThat(addresses.resolve("10.0.0.2", List.of("1.2.3.4", "198.51.100.8"))).isEqualTo("198.51.100.8");
		// No header: the proxy itself sent the request.
		assertThat(addresses.resolve("10.0.0.2", List.of())).isEqualTo("10.0.0.2");
	}

	@Test
	void aHostNameOrGarbageInTheHeaderIsNeverLookedUpAndEndsTheTrail() {
		ClientAddresses addresses = behind("10.0.0.0/8");
		assertThat(addresses.resolve("10.0.0.2", List.of("198.51.100.7, localhost"))).isEqualTo("10.0.0.2");
		assertThat(addresses.resolve("10.0.0.2", List.of("x, 198.51.100.7"))).isEqualTo("198.51.100.7");
		assertThat(IpAddresses.parse("example.org")).isNull();
		assertThat(IpAddresses.parse("300.1.1.1")).isNull();
	}

	@Test
	void networksAreTheSlash24AndTheSlash64AndOneHostIsTheWholeSlash64() {
		ClientAddresses addresses = behind();
		assertThat(addresses.network("198.51.100.77")).isEqualTo("198.51.100.0/24");
		assertThat(addresses.network("2001:db8:1:2:aaaa::1")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
		assertThat(addresses.network("2001:db8:1:2:bbbb::9")).isEqualTo(addresses.network("2001:db8:1:2:aaaa::1"));
		assertThat(addresses.network("::ffff:198.51.100.77")).isEqualTo("198.51.100.0/24");
		assertThat(addresses.host("198.51.100.77")).isEqualTo("198.51.100.77");
		assertThat(addresses.host("2001:db8:1:2:aaaa::1")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
		assertThat(addresses.network("not-an-address")).isEqualTo("not-an-address");
	}

	@Test
	void aTrustedProxySettingThatIsNoAddressStopsTheStart() {
		assertThatThrownBy(() -> behind("proxy.example.org")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> behind("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
	}
}
