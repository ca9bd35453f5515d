package org.lvzhi.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;
	private final SecondFactors secondFactors;
	private final SecondFactorPolicy settings;

	AccountUserDetailsService(AccountRepository accounts, SecondFactors secondFactors, SecondFactorPolicy settings) {
		this.accounts = accounts;
		this.secondFactors = secondFactors;
		this.settings = settings;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username.strip())
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
		return principal(account);
	}

	LvzhiPrincipal principal(Account account) {
		boolean enrolled = secondFactors.enrolled(account.id());
		return new LvzhiPrincipal(account, enrolled, !enrolled && settings.required(account.roleValue()));
	}
}
