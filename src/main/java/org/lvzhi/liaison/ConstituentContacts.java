package org.lvzhi.liaison;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.lvzhi.liaison.web.LiaisonAccess;
import org.lvzhi.platform.Roles;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who sees a constituent's name and phone. The one declaration both the promise the public intake
 * form makes ({@code liaison.intake.privacy}, naming {@link #READERS}) and the opinion page's access
 * rule ({@link #mayRead}) are made from, so that what the form promises is what the code does.
 * Deputies, also those of the opinion's station, see the opinion without them.
 */
@Component("constituentContacts")
class ConstituentContacts {

	/** A kind of reader the promise can name: a role, in an office for staff. */
	enum Reader {

		/** The staff of the deputies' affairs commission (代表工委), who run the stations' network. */
		DEPUTY_AFFAIRS_STAFF(Roles.STAFF, LiaisonAccess.DEPUTY_AFFAIRS);

		private final String role;
		private final String office;

		Reader(String role, String office) {
			this.role = role;
			this.office = office;
		}

		public String role() {
			return role;
		}

		/** The office a staff reader works in, or {@code null} for any. */
		public String office() {
			return office;
		}

		public String labelKey() {
			return "liaison.privacy.reader." + name();
		}

		boolean is(Authentication user) {
			return Roles.has(user, role) && (office == null || Roles.inOffice(user, office));
		}
	}

	/** The readers the intake form promises, and the only ones who see the contacts. */
	static final Set<Reader> READERS = EnumSet.of(Reader.DEPUTY_AFFAIRS_STAFF);

	private final MessageSource messages;

	ConstituentContacts(MessageSource messages) {
		this.messages = messages;
	}

	/** Whether the reader sees a constituent's name and phone on an opinion they may open. */
	public boolean mayRead(Authentication user) {
		return READERS.stream().anyMatch(r -> r.is(user));
	}

	/** The promise's readers, named for the current locale, joined as a sentence does. */
	public String readers() {
		Locale locale = LocaleContextHolder.getLocale();
		return READERS.stream().map(r -> messages.getMessage(r.labelKey(), null, locale))
			.collect(Collectors.joining(messages.getMessage("liaison.privacy.and", null, locale)));
	}
}
