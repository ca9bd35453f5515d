package org.lvzhi.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * The mail server of the test suite: records what would have been sent. Component scan puts it into
 * the one shared test context, where Boot then creates no sender of its own. An address can be made
 * unreachable, so that a test sees a failure without disturbing the others.
 */
@Component
class RecordingMailSender implements JavaMailSender {

	private final List<SimpleMailMessage> sent = new ArrayList<>();
	private final Set<String> unreachable = ConcurrentHashMap.newKeySet();

	synchronized List<SimpleMailMessage> sentTo(String address) {
		return sent.stream().filter(m -> List.of(m.getTo()).contains(address)).toList();
	}

	void breakDownFor(String address) {
		unreachable.add(address);
	}

	void repairFor(String address) {
		unreachable.remove(address);
	}

	@Override
	public synchronized void send(SimpleMailMessage... messages) {
		for (SimpleMailMessage message : messages) {
			for (String to : message.getTo()) {
				if (unreachable.contains(to)) {
					throw new MailSendException("Connection refused: mail server unreachable for " + to);
				}
			}
			sent.add(new SimpleMailMessage(message));
		}
	}

	@Override
	public MimeMessage createMimeMessage() {
		return new MimeMessage((Session) null);
	}

	@Override
	public MimeMessage createMimeMessage(java.io.InputStream contentStream) {
		throw new UnsupportedOperationException("Notifications send plain text");
	}

	@Override
	public void send(MimeMessage... mimeMessages) {
		throw new UnsupportedOperationException("Notifications send plain text");
	}
}
