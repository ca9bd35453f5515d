package org.lvzhi.appointments.motions;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lvzhi.appointments.AppointmentsException;
import org.lvzhi.audit.AuditEvent;
import org.lvzhi.platform.files.Attachment;
import org.lvzhi.platform.files.AttachmentOwner;
import org.lvzhi.platform.files.Attachments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The papers of a motion as files (the proposer's letter, the nominee's record, the 考察 materials):
 * attached by the office until the motion is decided, read by everyone who reads the motion, so that
 * members have them before the sitting. The platform's store checks each file before anything is
 * written; attaching is audited.
 */
@Service
class MotionPapers {

	static final String MODULE = "appointments";
	static final String KIND = "motion";

	private final Attachments attachments;
	private final MotionStore store;
	private final ApplicationEventPublisher events;

	MotionPapers(Attachments attachments, MotionStore store, ApplicationEventPublisher events) {
		this.attachments = attachments;
		this.store = store;
		this.events = events;
	}

	@Transactional
	List<Attachment> attach(long motionId, List<MultipartFile> files) {
		MotionRow motion = store.motion(motionId)
			.orElseThrow(() -> new AppointmentsException("appointments.error.notFound", motionId));
		if (motion.state() == MotionState.DECIDED || motion.state() == MotionState.PUBLISHED) {
			throw new AppointmentsException("appointments.papers.decided");
		}
		AttachmentOwner owner = owner(motionId);
		var uploads = attachments.check(files, attachments.count(owner));
		if (uploads.isEmpty()) {
			throw new AppointmentsException("appointments.papers.none");
		}
		List<Attachment> stored = attachments.store(owner, uploads);
		for (Attachment a : stored) {
			events.publishEvent(AuditEvent.created("appointments.papers.attached", "Motion", motionId,
					motion.title() + " · " + a.fileName(), Map.of("file", a.fileName(), "bytes", a.size(), "sha256", a.sha256())));
		}
		return stored;
	}

	@Transactional(readOnly = true)
	List<Attachment> of(long motionId) {
		return attachments.of(owner(motionId));
	}

	@Transactional(readOnly = true)
	Optional<Attachments.Stored> content(long motionId, long file) {
		return store.motion(motionId).flatMap(m -> attachments.content(owner(motionId), file));
	}

	private static AttachmentOwner owner(long motionId) {
		return new AttachmentOwner(MODULE, KIND, motionId);
	}
}
