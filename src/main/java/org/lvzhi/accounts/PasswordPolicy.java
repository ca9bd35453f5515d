package org.lvzhi.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Which passwords are accepted, after NIST SP 800-63B: a minimum length (longer for office staff
 * and administrators), a generous maximum, no rules about mixing kinds of characters (they make
 * passwords harder to remember, not to guess), and none of the passwords everybody tries first
 * ({@code accounts/common-passwords.txt}) or one built on the user name.
 */
@Component
class PasswordPolicy {

	private static final String LIST = "accounts/common-passwords.txt";

	private final SecuritySettings settings;
	private final Set<String> common;

	PasswordPolicy(SecuritySettings settings) {
		this.settings = settings;
		this.common = load();
	}

	/**
	 * @throws AccountException naming what is wrong with the password
	 */
	void check(String password, String username, Role role) {
		int min = settings.minPasswordLength(role);
		int length = password == null ? 0 : password.codePointCount(0, password.length());
		if (length < min) {
			throw new AccountException("accounts.error.shortPassword", min);
		}
		if (length > settings.maxPasswordLength()) {
			throw new AccountException("accounts.error.longPassword", settings.maxPasswordLength());
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower)) {
			throw new AccountException("accounts.error.commonPassword");
		}
		if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
			throw new AccountException("accounts.error.passwordHasUsername");
		}
	}

	/** The shortest password accepted for a role, for the forms' hints. */
	int minLength(Role role) {
		return settings.minPasswordLength(role);
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>();
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(LIST).getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + LIST, e);
		}
		return Set.copyOf(words);
	}
}
