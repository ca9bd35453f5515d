package org.lvzhi.meetings.sittings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.meetings.MeetingsException;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingState;
import org.lvzhi.meetings.SittingView;
import org.lvzhi.platform.files.Attachment;
import org.lvzhi.platform.files.AttachmentOwner;
import org.lvzhi.platform.files.Attachments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The materials of an agenda item (会议材料: the draft, the report, the explanation), attached by
 * the general office until the sitting closes and read by everyone who reads the sitting, so that
 * members have them with the notice. Each file is checked by the platform's store before anything
 * is written; attaching is audited.
 */
@Service
class AgendaMaterials {

	static final String MODULE = "meetings";
	static final String KIND = "agenda-item";

	private final Attachments attachments;
	private final SittingReads reads;
	private final ApplicationEventPublisher events;

	AgendaMaterials(Attachments attachments, SittingReads reads, ApplicationEventPublisher events) {
		this.attachments = attachments;
		this.reads = reads;
		this.events = events;
	}

	@Transactional
	List<Attachment> attach(SittingId sitting, long item, List<MultipartFile> files) {
		SittingView s = reads.get(sitting).orElseThrow(() -> new MeetingsException("meetings.error.notFound", sitting.value()));
		SittingReads.ItemView i = item(s, item);
		if (s.state() == SittingState.CLOSED) {
			throw new MeetingsException("meetings.error.closed");
		}
		AttachmentOwner owner = owner(item);
		var uploads = attachments.check(files, attachments.count(owner));
		if (uploads.isEmpty()) {
			throw new MeetingsException("meetings.materials.none");
		}
		List<Attachment> stored = attachments.store(owner, uploads);
		for (Attachment a : stored) {
			events.publishEvent(AuditEvent.created("meetings.materials.attached", "AgendaItem", item, i.title() + " · "
					+ a.fileName(), Map.of("file", a.fileName(), "bytes", a.size(), "sha256", a.sha256())));
		}
		return stored;
	}

	/** Each agenda item's materials, by item id, for the sitting's page. */
	@Transactional(readOnly = true)
	Map<Long, List<Attachment>> of(SittingView s) {
		Map<Long, List<Attachment>> byItem = new LinkedHashMap<>();
		for (SittingReads.ItemView i : reads.agenda(s.sittingId())) {
			List<Attachment> files = attachments.of(owner(i.id()));
			if (!files.isEmpty()) {
				byItem.put(i.id(), files);
			}
		}
		return byItem;
	}

	@Transactional(readOnly = true)
	Optional<Attachments.Stored> content(SittingId sitting, long item, long file) {
		return reads.get(sitting).flatMap(s -> reads.agenda(s.sittingId()).stream().filter(i -> i.id() == item).findFirst())
			.flatMap(i -> attachments.content(owner(item), file));
	}

	private SittingReads.ItemView item(SittingView s, long item) {
		return reads.agenda(s.sittingId()).stream().filter(i -> i.id() == item).findFirst()
			.orElseThrow(() -> new MeetingsException("meetings.error.notFound", item));
	}

	private static AttachmentOwner owner(long item) {
		return new AttachmentOwner(MODULE, KIND, item);
	}
}
