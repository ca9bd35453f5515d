package org.lvzhi.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lvzhi.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and managing accounts. Every change is audited; passwords are checked against the
 * password policy and hashed before they are stored, and never logged.
 */
@Service
public class Accounts {

	/** Letters and digits that cannot be mistaken for one another when a user name is copied by hand. */
	private static final String NAME_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

	private final AccountRepository repository;
	private final PasswordEncoder encoder;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final AccountEmails emails;
	private final PasswordPolicy policy;
	private final SignInThrottle throttle;
	private final SecondFactors secondFactors;
	private final SecureRandom random = new SecureRandom();

	Accounts(AccountRepository repository, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock,
			AccountEmails emails, PasswordPolicy policy, SignInThrottle throttle, SecondFactors secondFactors) {
		this.repository = repository;
		this.emails = emails;
		this.encoder = encoder;
		this.events = events;
		this.clock = clock;
		this.policy = policy;
		this.throttle = throttle;
		this.secondFactors = secondFactors;
	}

	/**
	 * Opens an account.
	 * @throws AccountException when the username is taken, the password is refused by the policy or
	 *     the data is incomplete
	 */
	@Transactional
	public long open(NewAccount request) {
		request.validate();
		policy.check(request.password(), request.username(), request.role());
		return insert(request, "accounts.account.opened");
	}

	/**
	 * Opens an account whose password is published on purpose, such as a demo world's sign-ins that
	 * the README prints: the password policy is not applied, and the audit entry says so.
	 * @throws AccountException when the username is taken or the data is incomplete
	 */
	@Transactional
	public long openWithPublishedPassword(NewAccount request) {
		request.validate();
		return insert(request, "accounts.account.openedWithPublishedPassword");
	}

	/**
	 * A member of the public registers: Lvzhi gives the user name, so that registering never tells
	 * anybody which names exist (a name chosen by the visitor would have to be refused when taken).
	 * @return the user name to sign in with
	 */
	@Transactional
	public String register(String displayName, String password) {
		String username;
		do {
			StringBuilder name = new StringBuilder("gz");
			for (int i = 0; i < 8; i++) {
				name.append(NAME_ALPHABET.charAt(random.nextInt(NAME_ALPHABET.length())));
			}
			username = name.toString();
		}
		while (repository.existsByUsername(username));
		NewAccount request = new NewAccount(username, password, displayName == null ? null : displayName.strip(),
				Role.PUBLIC, null, null, null);
		request.validate();
		policy.check(password, username, Role.PUBLIC);
		insert(request, "accounts.account.registered");
		return username;
	}

	private long insert(NewAccount request, String action) {
		if (repository.existsByUsername(request.username())) {
			throw new AccountException("accounts.error.usernameTaken", request.username());
		}
		Account saved = repository.save(new Account(null, request.username(), encoder.encode(request.password()),
				request.displayName(), request.role().name(), request.officeCode(), request.personId(),
				request.organizationId(), true, OffsetDateTime.now(clock), null, 0, 0));
		events.publishEvent(AuditEvent.created(action, "Account", saved.id(), saved.username(), saved.snapshot()));
		return saved.id();
	}

	/** Enables or disables an account; disabling ends its open sessions. */
	@Transactional
	public void setEnabled(long id, boolean enabled, int expectedVersion) {
		Account account = load(id, expectedVersion);
		Account changed = repository.save(account.withEnabled(enabled));
		events.publishEvent(AuditEvent.changed(enabled ? "accounts.account.enabled" : "accounts.account.disabled",
				"Account", id, account.username(), account.snapshot(), changed.snapshot()));
	}

	/** Lifts the sign-in locks of an account, from every client. */
	@Transactional
	public void unlock(long id, int expectedVersion) {
		Account account = load(id, expectedVersion);
		throttle.lift(account.username());
		events.publishEvent(AuditEvent.changed("accounts.account.unlocked", "Account", id, account.username(), null, null));
	}

	/**
	 * The administrator sets a new password; the account's open sessions end.
	 * @throws AccountException when the policy refuses the password
	 */
	@Transactional
	public void resetPassword(long id, String newPassword, int expectedVersion) {
		Account account = load(id, expectedVersion);
		policy.check(newPassword, account.username(), account.roleValue());
		repository.save(account.withPasswordHash(encoder.encode(newPassword)));
		throttle.lift(account.username());
		events.publishEvent(AuditEvent.changed("accounts.account.passwordReset", "Account", id, account.username(),
				null, null));
	}

	/**
	 * Users change their own password with the current one; the account's other sessions end.
	 * @throws AccountException when the current password is wrong or the policy refuses the new one
	 */
	@Transactional
	public void changeOwnPassword(long id, String currentPassword, String newPassword) {
		Account account = repository.findById(id).orElseThrow(() -> new AccountException("accounts.error.notFound", id));
		if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
			throw new AccountException("accounts.error.currentPassword");
		}
		policy.check(newPassword, account.username(), account.roleValue());
		repository.save(account.withPasswordHash(encoder.encode(newPassword)));
		events.publishEvent(AuditEvent.changed("accounts.account.passwordChanged", "Account", id, account.username(),
				null, null));
	}

	/** Removes an account's second factor (its phone is lost); its open sessions end. */
	@Transactional
	public void resetSecondFactor(long id, int expectedVersion) {
		Account account = load(id, expectedVersion);
		secondFactors.remove(id, account.username());
		repository.save(account.endingSessions());
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

	/**
	 * Like {@link #emailsFor}, with the account behind each address, so that a sender can leave out
	 * accounts that asked not to be mailed one by one; sorted by address.
	 */
	public List<Addressee> addresseesFor(java.util.Collection<String> keys) {
		return emails.addresseesFor(keys);
	}

	public long count() {
		return repository.count();
	}

	public long countByRole(Role role) {
		return repository.countByRole(role.name());
	}

	/**
	 * Whether this password would sign the account in: the account exists, is enabled, and the
	 * password matches. Locks are per account and client, so none applies here. Unlike a sign-in it
	 * records nothing and locks nothing.
	 */
	public boolean signsInWith(String username, String password) {
		return repository.findByUsername(username)
			.filter(Account::enabled)
			.map(a -> encoder.matches(password, a.passwordHash()))
			.orElse(false);
	}

	/**
	 * The name a person is shown by, for pages that recorded who acted by login name (timelines):
	 * the account's display name, or empty when there is no such account.
	 */
	public Optional<String> displayNameOf(String username) {
		return username == null ? Optional.empty()
				: repository.findByUsername(username).map(Account::displayName).filter(n -> !n.isBlank());
	}

	public boolean exists(String username) {
		return repository.existsByUsername(username);
	}

	public Optional<AccountView> find(long id) {
		Map<String, OffsetDateTime> locked = throttle.lockedNames();
		Set<Long> enrolled = secondFactors.enrolledAccounts();
		return repository.findById(id).map(a -> view(a, locked, enrolled));
	}

	public List<AccountView> list() {
		Map<String, OffsetDateTime> locked = throttle.lockedNames();
		Set<Long> enrolled = secondFactors.enrolledAccounts();
		return repository.findAll().stream().map(a -> view(a, locked, enrolled))
			.sorted(Comparator.comparing(AccountView::id)).toList();
	}

	private static AccountView view(Account a, Map<String, OffsetDateTime> locked, Set<Long> enrolled) {
		return AccountView.of(a, locked.get(SignInThrottle.key(a.username())), enrolled.contains(a.id()));
	}

	private Account load(long id, int expectedVersion) {
		Account account = repository.findById(id).orElseThrow(() -> new AccountException("accounts.error.notFound", id));
		if (account.version() != expectedVersion) {
			throw new AccountException("error.concurrentEdit");
		}
		return account;
	}
}
