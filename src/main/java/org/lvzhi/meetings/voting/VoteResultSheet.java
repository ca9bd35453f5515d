package org.lvzhi.meetings.voting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingView;
import org.lvzhi.meetings.Sittings;
import org.lvzhi.meetings.sittings.Attendance;
import org.lvzhi.platform.WordDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The result sheet of the votes on one agenda item (表决结果), as the office files it with the
 * sitting's records: every round with its form, the members counted, the totals and the outcome.
 * A roll-call round names each member's choice; a secret round names nobody, because nothing
 * stored links a ballot to a voter.
 */
@Component
@Transactional(readOnly = true)
class VoteResultSheet {

	/** A generated file and the name it is downloaded under. */
	record File(String name, byte[] bytes) {
	}

	private final VoteReads reads;
	private final Sittings sittings;
	private final Directory directory;
	private final MessageSource messages;

	VoteResultSheet(VoteReads reads, Sittings sittings, Directory directory, MessageSource messages) {
		this.reads = reads;
		this.sittings = sittings;
		this.directory = directory;
		this.messages = messages;
	}

	File of(Attendance.ItemAtSitting item, Locale locale) {
		SittingView sitting = sittings.get(new SittingId(item.sittingId())).orElseThrow();
		String name = text(locale, "meetings.name." + sitting.kind(), String.valueOf(sitting.term()),
				String.valueOf(sitting.number()));
		try (XWPFDocument doc = WordDocuments.document()) {
			WordDocuments.title(doc, text(locale, "meetings.doc.result.title", name));
			WordDocuments.heading(doc, item.title());
			List<VoteView> rounds = reads.rounds(item.itemId());
			if (rounds.isEmpty()) {
				WordDocuments.para(doc, text(locale, "meetings.vote.none"));
			}
			for (VoteView v : rounds) {
				round(doc, v, locale);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			WordDocuments.write(doc, out);
			String file = text(locale, "meetings.doc.result.fileName", name, String.valueOf(item.itemId()));
			return new File(file, out.toByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void round(XWPFDocument doc, VoteView v, Locale locale) {
		WordDocuments.heading(doc, text(locale, "meetings.vote.round", v.round()) + " · "
				+ text(locale, v.secret() ? "meetings.vote.secret" : "meetings.vote.open") + " · "
				+ text(locale, "meetings.vote.state." + v.state()));
		WordDocuments.para(doc, text(locale, "meetings.vote.counts", v.allMembers(), v.present(),
				v.castCount() == null ? reads.castSoFar(v) : v.castCount()));
		if (!v.closed()) {
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (Map.Entry<String, Integer> t : reads.totals(v).entrySet()) {
			rows.add(List.of(text(locale, "meetings.choice." + t.getKey()), String.valueOf(t.getValue())));
		}
		WordDocuments.table(doc, List.of(text(locale, "meetings.doc.result.choice"),
				text(locale, "meetings.doc.result.votes")), rows);
		boolean passed = Boolean.TRUE.equals(v.passed());
		WordDocuments.para(doc, text(locale, passed ? "meetings.vote.passed" : "meetings.vote.failed"));
		if (Boolean.TRUE.equals(v.closedEarly())) {
			WordDocuments.para(doc, text(locale, "meetings.vote.closedEarly"));
		}
		if (!v.secret()) {
			List<VoteReads.OpenBallot> ballots = reads.openBallots(v);
			Map<PersonId, String> names = directory.names(ballots.stream().map(b -> new PersonId(b.personId())).toList());
			List<List<String>> named = new ArrayList<>();
			for (VoteReads.OpenBallot b : ballots) {
				named.add(List.of(names.getOrDefault(new PersonId(b.personId()), "#" + b.personId()),
						text(locale, "meetings.choice." + b.choice())));
			}
			WordDocuments.table(doc, List.of(text(locale, "meetings.doc.result.member"),
					text(locale, "meetings.doc.result.choice")), named);
		}
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
