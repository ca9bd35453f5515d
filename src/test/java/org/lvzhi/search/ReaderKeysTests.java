package org.lvzhi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.platform.Roles;
import org.lvzhi.platform.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class ReaderKeysTests {

	record Account(long accountId, String officeCode) implements SignedInUser {

		@Override
		public String displayName() {
			return "测试";
		}

		@Override
		public Long personId() {
			return null;
		}

		@Override
		public Long organizationId() {
			return null;
		}
	}

	static Authentication signedIn(String role, String office) {
		List<SimpleGrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
		if (office != null) {
			authorities.add(new SimpleGrantedAuthority(Roles.OFFICE_PREFIX + office));
		}
		return new UsernamePasswordAuthenticationToken(new Account(9, office), "", authorities);
	}

	@Test
	void staffOfAnOfficeHoldTheOfficeKey() {
		assertThat(DocumentSource.readerKeys(signedIn("STAFF", "PETITIONS"))).contains("staff", "office:PETITIONS",
				"account:9");
		assertThat(SearchDocument.officeReader("PETITIONS")).isEqualTo("office:PETITIONS");
	}

	@Test
	void nobodyElseDoes() {
		assertThat(DocumentSource.readerKeys(signedIn("STAFF", null))).noneMatch(k -> k.startsWith("office:"));
		assertThat(DocumentSource.readerKeys(signedIn("ADMIN", null))).noneMatch(k -> k.startsWith("office:"));
		// An office code without the staff role (a stale account) opens nothing.
		assertThat(DocumentSource.readerKeys(signedIn("UNIT", "PETITIONS"))).noneMatch(k -> k.startsWith("office:"));
		assertThat(DocumentSource.readerKeys(null)).containsExactly("public");
	}
}
