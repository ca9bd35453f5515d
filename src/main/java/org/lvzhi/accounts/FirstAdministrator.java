package org.lvzhi.accounts;

import java.util.List;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How an installation without the demo world gets its first administrator without any shared
 * secret: while no administrator exists, each start prints a new one-time setup token, and the
 * setup page turns that token into the administrator's account, once. Afterwards the page is
 * gone; further accounts are opened by the administrator.
 */
@Service
class FirstAdministrator {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;
	private final SetupToken token;
	private final List<FirstAdministratorSource> sources;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Environment environment;

	FirstAdministrator(Accounts accounts, SetupToken token, List<FirstAdministratorSource> sources,
			ApplicationEventPublisher events, TransactionTemplate transactions, Environment environment) {
		this.accounts = accounts;
		this.token = token;
		this.sources = sources;
		this.events = events;
		this.transactions = transactions;
		this.environment = environment;
	}

	/** After start-up (the demo world, when asked for, is loaded by then): a token when one is needed. */
	@EventListener(ApplicationReadyEvent.class)
	void offerSetup() {
		if (hasAdministrator() || sources.stream().anyMatch(FirstAdministratorSource::opensFirstAdministrator)) {
			token.discard();
			return;
		}
		String issued = token.issue();
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		log.warn("""


				  履职尚无系统管理员：请凭下面的一次性安装令牌在 /setup 创建第一个管理员账户。
				  履职 Lvzhi has no administrator yet. Create the first one at
				    http://localhost:{}/setup
				  with this one-time setup token:
				    {}
				  The token works once and only until this process stops; every start without an
				  administrator prints a new one.
				""", port, issued);
	}

	/** Whether the setup page is open: a token was issued and no administrator exists yet. */
	boolean open() {
		if (!token.issued()) {
			return false;
		}
		if (hasAdministrator()) {
			token.discard();
			return false;
		}
		return true;
	}

	/**
	 * Opens the first administrator's account when the token is right; the token is spent only
	 * when the account is saved, so a refused password can be corrected with the same token.
	 *
	 * @param from the client's address, kept in the audit log
	 * @throws AccountException when the page is closed, the token wrong or the account refused
	 */
	synchronized long create(String typedToken, String username, String displayName, String password, String from) {
		if (!open()) {
			throw new AccountException("setup.error.closed");
		}
		if (!token.matches(typedToken)) {
			log.warn("Setup page: a wrong setup token was entered from {}", from);
			throw new AccountException("setup.error.token");
		}
		Long id = transactions.execute(status -> {
			long opened = accounts.open(new NewAccount(username, password, displayName, Role.ADMIN, null, null, null));
			events.publishEvent(AuditEvent.created("accounts.setup.firstAdministrator", "Account", opened, username,
					Map.of("username", username, "from", from)));
			return opened;
		});
		token.discard();
		log.info("Setup: the first administrator '{}' was created; the setup page is closed", username);
		return id;
	}

	private boolean hasAdministrator() {
		return accounts.countByRole(Role.ADMIN) > 0;
	}
}
