package org.lvzhi.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.lvzhi.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and managing accounts. Every change is audited; passwords are hashed before they are
 * stored and never logged.
 */
@Service
public class Accounts {

	private final AccountRepository repository;
	private final PasswordEncoder encoder;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final AccountEmails emails;

	Accounts(AccountRepository repository, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock,
			AccountEmails emails) {
		this.repository = repository;
		this.emails = emails;
		this.encoder = encoder;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens an account.
	 * @throws AccountException when the username is taken or the data is incomplete
	 */
	@Transactional
	public long open(NewAccount request) {
		request.validate();
		if (repository.existsByUsername(request.username())) {
			throw new AccountException("accounts.error.usernameTaken", request.username());
		}
		Account saved = repository.save(new Account(null, request.username(), encoder.encode(request.password()),
				request.displayName(), request.role().name(), request.officeCode(), request.personId(),
				request.organizationId(), true, 0, null, OffsetDateTime.now(clock), null, 0));
		events.publishEvent(AuditEvent.created("accounts.account.opened", "Account", saved.id(), saved.username(),
				saved.snapshot()));
		return saved.id();
	}

	@Transactional
	public void setEnabled(long id, boolean enabled, int expectedVersion) {
		Account account = load(id, expectedVersion);
		Account changed = repository.save(account.withEnabled(enabled));
		events.publishEvent(AuditEvent.changed(enabled ? "accounts.account.enabled" : "accounts.account.disabled",
				"Account", id, account.username(), account.snapshot(), changed.snapshot()));
	}

	@Transactional
	public void unlock(long id, int expectedVersion) {
		Account account = load(id, expectedVersion);
		Account changed = repository.save(account.withFailedLogins(0, null));
		events.publishEvent(AuditEvent.changed("accounts.account.unlocked", "Account", id, account.username(),
				account.snapshot(), changed.snapshot()));
	}

	@Transactional
	public void resetPassword(long id, String newPassword, int expectedVersion) {
		NewAccount.requireStrong(newPassword);
		Account account = load(id, expectedVersion);
		repository.save(account.withPasswordHash(encoder.encode(newPassword)).withFailedLogins(0, null));
		events.publishEvent(AuditEvent.changed("accounts.account.passwordReset", "Account", id, account.username(),
				null, null));
	}

	/**
	 * Sets or clears (blank) the address notifications are e-mailed to.
	 * @throws AccountException when the address is not one
	 */
	@Transactional
	public void setEmail(long id, String email, int expectedVersion) {
		String address = AccountEmails.normalize(email);
		Account account = load(id, expectedVersion);
		Account changed = repository.save(account.withEmail(address));
		events.publishEvent(AuditEvent.changed("accounts.account.emailChanged", "Account", id, account.username(),
				account.snapshot(), changed.snapshot()));
	}

	/**
	 * The e-mail addresses of the enabled accounts that notification recipient keys stand for
	 * ({@code account:3}, {@code person:7}, {@code org:42}, {@code office:DEPUTY_AFFAIRS},
	 * {@code role:ADMIN}), each once, sorted; accounts without an address are left out, unknown
	 * keys ignored.
	 */
	public List<String> emailsFor(java.util.Collection<String> keys) {
		return emails.emailsFor(keys);
	}

	public long count() {
		return repository.count();
	}

	public long countByRole(Role role) {
		return repository.countByRole(role.name());
	}

	public boolean exists(String username) {
		return repository.existsByUsername(username);
	}

	public Optional<AccountView> find(long id) {
		return repository.findById(id).map(AccountView::of);
	}

	public List<AccountView> list() {
		return repository.findAll().stream().map(AccountView::of).sorted(java.util.Comparator.comparing(AccountView::id)).toList();
	}

	private Account load(long id, int expectedVersion) {
		Account account = repository.findById(id).orElseThrow(() -> new AccountException("accounts.error.notFound", id));
		if (account.version() != expectedVersion) {
			throw new AccountException("error.concurrentEdit");
		}
		return account;
	}
}
