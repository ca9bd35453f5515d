package org.lvzhi.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;
	private final Clock clock;

	AccountUserDetailsService(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
		return new LvzhiPrincipal(account, account.lockedAt(OffsetDateTime.now(clock)));
	}
}
