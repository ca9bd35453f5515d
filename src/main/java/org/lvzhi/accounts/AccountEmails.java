package org.lvzhi.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resolves notification recipient keys to the e-mail addresses of the accounts they stand for.
 */
@Component
class AccountEmails {

	/** Deliberately loose: the mail server is the judge, this only catches typing slips. */
	private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final JdbcClient jdbc;

	AccountEmails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String normalize(String email) {
		if (email == null || email.isBlank()) {
			return null;
		}
		String address = email.strip();
		if (address.length() > 254 || !ADDRESS.matcher(address).matches()) {
			throw new AccountException("accounts.error.email", address);
		}
		return address;
	}

	List<String> emailsFor(Collection<String> keys) {
		return addresseesFor(keys).stream().map(Addressee::email).distinct().sorted().toList();
	}

	List<Addressee> addresseesFor(Collection<String> keys) {
		List<String> conditions = new ArrayList<>();
		var params = new java.util.HashMap<String, Object>();
		addCondition(keys, "account", "id", true, conditions, params);
		addCondition(keys, "person", "person_id", true, conditions, params);
		addCondition(keys, "org", "organization_id", true, conditions, params);
		addCondition(keys, "office", "office_code", false, conditions, params);
		addCondition(keys, "role", "role", false, conditions, params);
		if (conditions.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT id, email FROM accounts_account WHERE enabled AND email IS NOT NULL AND ("
				+ String.join(" OR ", conditions) + ") ORDER BY email, id")
			.params(params)
			.query((rs, n) -> new Addressee(rs.getLong("id"), rs.getString("email")))
			.list();
	}

	private static void addCondition(Collection<String> keys, String kind, String column, boolean numeric,
			List<String> conditions, java.util.Map<String, Object> params) {
		List<Object> values = new ArrayList<>();
		for (String key : keys) {
			int colon = key.indexOf(':');
			if (colon < 0 || !key.substring(0, colon).equals(kind)) {
				continue;
			}
			String value = key.substring(colon + 1);
			if (!numeric) {
				values.add(kind.equals("role") ? value.toUpperCase(Locale.ROOT) : value);
			}
			else if (value.matches("\\d{1,18}")) {
				values.add(Long.valueOf(value));
			}
		}
		if (!values.isEmpty()) {
			conditions.add(column + " IN (:" + kind + ")");
			params.put(kind, values);
		}
	}
}
