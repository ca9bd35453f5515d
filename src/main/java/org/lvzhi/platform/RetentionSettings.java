package org.lvzhi.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long each kind of personal data is kept ({@code lvzhi.retention.*}, days); what has expired is
 * erased or anonymised every night by {@link RetentionJob}. The defaults follow the purpose each
 * datum serves: contact data as long as a reply or a follow-up question may still need it, client
 * hashes no longer than abuse control needs them.
 *
 * @param constituentContactDays a constituent's name and phone on a liaison opinion, counted from the
 *     day the opinion was closed (1,095: three years, the next term's follow-ups included)
 * @param commenterContactDays a commenter's name and contact on a draft, from the comment (730)
 * @param filingRequesterDays the requester and contact of a citizen's filing-review request, from its
 *     reply (730)
 * @param topicProposerDays the name of the member of the public who proposed an oversight topic,
 *     from the proposal (730)
 * @param evaluationAccessDays unused evaluation access codes and their sheets' link to a code, from
 *     the evaluation's end (365)
 * @param clientHashDays keyed client hashes and the sign-in failures of a client (30)
 * @param notificationDays notifications, from their creation (365)
 * @param auditClientDays the keyed client hash of an audit entry, from the entry (180; the entry
 *     itself is kept)
 * @param eventPublicationDays completed event publications, which hold whole documents (7)
 * @param cron when the job runs, in the committee's zone (03:30 every night)
 */
@ConfigurationProperties("lvzhi.retention")
public record RetentionSettings(Integer constituentContactDays, Integer commenterContactDays,
		Integer filingRequesterDays, Integer topicProposerDays, Integer evaluationAccessDays, Integer clientHashDays,
		Integer notificationDays, Integer auditClientDays, Integer eventPublicationDays, String cron) {

	public RetentionSettings {
		constituentContactDays = orDefault(constituentContactDays, 1095);
		commenterContactDays = orDefault(commenterContactDays, 730);
		filingRequesterDays = orDefault(filingRequesterDays, 730);
		topicProposerDays = orDefault(topicProposerDays, 730);
		evaluationAccessDays = orDefault(evaluationAccessDays, 365);
		clientHashDays = orDefault(clientHashDays, 30);
		notificationDays = orDefault(notificationDays, 365);
		auditClientDays = orDefault(auditClientDays, 180);
		eventPublicationDays = orDefault(eventPublicationDays, 7);
		cron = cron == null || cron.isBlank() ? "0 30 3 * * *" : cron;
	}

	private static int orDefault(Integer days, int fallback) {
		if (days != null && days < 1) {
			throw new IllegalArgumentException("lvzhi.retention: a period must be at least one day");
		}
		return days == null ? fallback : days;
	}
}
