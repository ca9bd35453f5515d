package org.lvzhi.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.Addressee;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails a notification, in Chinese, once the change it is about has been committed: a mail
 * server that is down never fails the user's request. The outcome is kept on the notification
 * (sent, or failed with the error) for the administrator to see and retry. Accounts that chose the
 * daily digest get no e-mail per notification, only their digest, which lists what waits by kind.
 */
@Component
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	/** E-mail goes to people who may not have chosen a language: the working language of the committee. */
	static final Locale MAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final ObjectProvider<JavaMailSender> mail;
	private final Deliveries deliveries;
	private final Accounts accounts;
	private final MessageRenderer renderer;
	private final NotificationSettings settings;
	private final TransactionTemplate ownTransaction;
	private final Preferences preferences;
	private final DigestSummary summary;

	MailDelivery(ObjectProvider<JavaMailSender> mail, Deliveries deliveries, Accounts accounts, MessageRenderer renderer,
			NotificationSettings settings, PlatformTransactionManager transactions, Preferences preferences,
			DigestSummary summary) {
		this.preferences = preferences;
		this.summary = summary;
		this.mail = mail;
		this.deliveries = deliveries;
		this.accounts = accounts;
		this.renderer = renderer;
		this.settings = settings;
		// After the commit the publisher's transaction is over: the outcome needs a transaction of its own.
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(NotificationStored stored) {
		try {
			deliver(stored.id());
		}
		catch (RuntimeException e) {
			// Whatever goes wrong here, the user's change is committed and must be reported as done.
			log.error("Could not deliver notification {} by e-mail", stored.id(), e);
		}
	}

	void deliver(long id) {
		JavaMailSender sender = mail.getIfAvailable();
		var delivery = deliveries.find(id).orElse(null);
		if (delivery == null) {
			return;
		}
		List<Addressee> addressees = sender == null ? List.of() : accounts.addresseesFor(deliveries.recipients(id));
		boolean digest = DailyDigest.CATEGORY.equals(delivery.notification().category());
		if (!digest) {
			// Who chose the daily digest hears of this notification there, not now.
			Set<Long> daily = preferences.daily(addressees.stream().map(Addressee::accountId).toList());
			addressees = addressees.stream().filter(a -> !daily.contains(a.accountId())).toList();
		}
		List<String> addresses = addressees.stream().map(Addressee::email).distinct().toList();
		if (addresses.isEmpty()) {
			record(id, DeliveryState.SKIPPED, null);
			return;
		}
		String text = renderer.text(delivery.notification(), MAIL_LOCALE);
		String subject = renderer.message("notifications.mail.subject", MAIL_LOCALE, text);
		String details = digest && addressees.size() == 1 ? summary.of(addressees.get(0).accountId(), MAIL_LOCALE) : "";
		String body = renderer.message("notifications.mail.body", MAIL_LOCALE, text + details,
				settings.absolute(delivery.notification().link()), settings.absolute("/inbox"));
		List<String> failures = new ArrayList<>();
		// One message per address, so that no recipient learns the others' addresses.
		for (String address : addresses) {
			try {
				SimpleMailMessage message = new SimpleMailMessage();
				message.setFrom(settings.mailFrom());
				message.setTo(address);
				message.setSubject(subject);
				message.setText(body);
				sender.send(message);
			}
			catch (RuntimeException e) {
				log.warn("E-mail of notification {} to {} failed: {}", id, address, e.getMessage());
				failures.add(address + ": " + e.getMessage());
			}
		}
		record(id, failures.isEmpty() ? DeliveryState.SENT : DeliveryState.FAILED,
				failures.isEmpty() ? null : String.join("; ", failures));
	}

	private void record(long id, DeliveryState state, String error) {
		ownTransaction.executeWithoutResult(tx -> deliveries.done(id, state, error));
	}
}
