package org.lvzhi.petitions.handling;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.IdCardNumber;
import org.lvzhi.petitions.NewPetition;
import org.lvzhi.petitions.PetitionDesk;
import org.lvzhi.petitions.PetitionId;
import org.lvzhi.petitions.PetitionKind;
import org.lvzhi.petitions.PetitionRouted;
import org.lvzhi.petitions.Petitions;
import org.lvzhi.petitions.ReplyKind;
import org.lvzhi.petitions.Route;
import org.lvzhi.platform.files.Attachment;
import org.lvzhi.platform.files.AttachmentOwner;
import org.lvzhi.platform.files.Attachments;
import org.lvzhi.platform.files.Upload;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Every move of a petition: load, apply the rule, save with the version read, audit without
 * personal data. The web passes the version its form showed ({@code null}: the current one).
 */
@Service
public class PetitionMoves implements PetitionDesk, Petitions {

	static final int MAX_SUBJECT = 200;
	static final int MAX_MATTER = 4000;

	private final PetitionStore store;
	private final PetitionSettings settings;
	private final DueDates due;
	private final ApplicationEventPublisher events;
	private final Directory directory;
	private final Attachments attachments;

	PetitionMoves(PetitionStore store, PetitionSettings settings, Deadlines deadlines, ApplicationEventPublisher events,
			Directory directory, Attachments attachments) {
		this.directory = directory;
		this.attachments = attachments;
		this.store = store;
		this.settings = settings;
		this.due = (start, period) -> deadlines.dueDate(start, period).date();
		this.events = events;
	}

	public PetitionSettings settings() {
		return settings;
	}

	@Override
	@Transactional
	public PetitionId register(NewPetition n) {
		return registered(n).id();
	}

	/** Registers and answers the petition with its number and tracking code. */
	@Transactional
	public Petition registered(NewPetition n) {
		check(n, settings);
		Petition p = Petition.register(n.kind(), n.receivedOn(), n.headCount(), n.subject().strip(), n.matter().strip(),
				n.category(), blank(n.area()), blank(n.bodyConcerned()), settings, due);
		Petitioner who = new Petitioner(blank(n.name()), n.idNumber() == null || n.idNumber().isBlank() ? null
				: IdCardNumber.normalize(n.idNumber()), blank(n.phone()), blank(n.address()), blank(n.representatives()));
		store.insert(p, who);
		events.publishEvent(AuditEvent.created("petitions.registered", "Petition", p.id, p.number + " " + p.subject,
				snapshot(p)));
		events.publishEvent(new PetitionRegistered(p.id()));
		return p;
	}

	/**
	 * Registers a petition with the files that came with it, checked already ({@link #checkFiles}):
	 * both are written in one transaction, each file audited by name and size.
	 */
	@Transactional
	public Petition registered(NewPetition n, List<Upload> files) {
		Petition p = registered(n);
		attach(p, files);
		return p;
	}

	/** Reads and checks a form's files before anything is written; refuses with the file's own message. */
	public List<Upload> checkFiles(List<MultipartFile> files) {
		return attachments.check(files, 0);
	}

	/** The files of a petition, for the office and for the body it was handed to (the caller checks). */
	@Transactional(readOnly = true)
	public List<Attachment> attachments(PetitionId id) {
		return attachments.of(owner(id));
	}

	/** A file of a petition, for a reader the caller allowed; the download is written to the audit log. */
	@Transactional
	public Optional<Attachments.Stored> download(PetitionId id, long file, String reader) {
		Optional<Attachments.Stored> found = attachments.content(owner(id), file);
		found.ifPresent(f -> events.publishEvent(new AuditEvent("petitions.attachment.downloaded", "Petition",
				id.toString(), f.fileName() + " (" + reader + ")", null, null)));
		return found;
	}

	private void attach(Petition p, List<Upload> files) {
		for (Attachment a : attachments.store(owner(p.id()), files)) {
			events.publishEvent(AuditEvent.created("petitions.attached", "Petition", p.id,
					p.number + " " + a.fileName(), Map.of("file", a.fileName(), "size", a.size(), "sha256", a.sha256())));
		}
	}

	/** Whose files a petition's are, in the platform's attachment store. */
	public static AttachmentOwner owner(PetitionId id) {
		return new AttachmentOwner("petitions", "petition", id.value());
	}

	/** Refuses what cannot be registered, with the field's own message. */
	public static void check(NewPetition n, PetitionSettings settings) {
		if (n.kind() == null) {
			throw new PetitionException("petitions.error.kind");
		}
		if (n.receivedOn() == null) {
			throw new PetitionException("petitions.error.dateRequired");
		}
		if (n.subject() == null || n.subject().isBlank() || n.subject().strip().length() > MAX_SUBJECT) {
			throw new PetitionException("petitions.error.subject", MAX_SUBJECT);
		}
		if (n.matter() == null || n.matter().isBlank()) {
			throw new PetitionException("petitions.error.matterRequired");
		}
		if (n.matter().strip().length() > MAX_MATTER) {
			throw new PetitionException("petitions.error.tooLong", MAX_MATTER);
		}
		if (!settings.categories().contains(n.category())) {
			throw new PetitionException("petitions.error.category");
		}
		if (n.area() != null && !n.area().isBlank() && !settings.areas().contains(n.area())) {
			throw new PetitionException("petitions.error.area");
		}
		if (n.headCount() < 1 || n.headCount() > 10_000 || (n.headCount() > 1 && n.kind() != PetitionKind.VISIT)) {
			throw new PetitionException("petitions.error.headCount");
		}
		if (n.phone() != null && !n.phone().isBlank() && !org.lvzhi.platform.ContactData.isPhone(n.phone())) {
			throw new PetitionException("petitions.error.phone");
		}
		if (n.idNumber() != null && !n.idNumber().isBlank() && !IdCardNumber.isValid(n.idNumber())) {
			throw new PetitionException("petitions.error.idNumber");
		}
		if (tooLong(n.name(), 64) || tooLong(n.address(), 200) || tooLong(n.representatives(), 400)
				|| tooLong(n.bodyConcerned(), 120)) {
			throw new PetitionException("petitions.error.tooLong", 200);
		}
	}

	@Override
	@Transactional
	public void route(PetitionId id, Route route, String body, Long bodyId, String reason, LocalDate on) {
		route(id, null, route, body, bodyId, reason, on);
	}

	@Transactional
	public void route(PetitionId id, Integer version, Route route, String body, Long bodyId, String reason, LocalDate on) {
		if (route == null) {
			throw new PetitionException("petitions.error.route");
		}
		// A body typed by name is linked to its directory record, so that its accounts see the matter.
		Long body0 = bodyId != null || body == null || body.isBlank() ? bodyId
				: directory.organizationNamed(body.strip()).map(o -> o.id().value()).orElse(null);
		Petition p = move(id, version, "petitions.routed", x -> x.route(route, body, body0, reason, on, settings, due));
		events.publishEvent(new PetitionRouted(id, route, p.handlingBody(), p.handlingBodyId(), p.number(),
				p.subject(), p.handlingDue(), on));
	}

	@Transactional
	public void extend(PetitionId id, Integer version, LocalDate on) {
		move(id, version, "petitions.extended", p -> p.extend(on, settings, due));
	}

	@Transactional
	public void reportBack(PetitionId id, Integer version, String text, LocalDate on) {
		move(id, version, "petitions.reportedBack", p -> p.reportBack(text, on));
	}

	@Override
	@Transactional
	public void reply(PetitionId id, ReplyKind kind, String text, LocalDate on) {
		reply(id, null, kind, text, on);
	}

	@Transactional
	public void reply(PetitionId id, Integer version, ReplyKind kind, String text, LocalDate on) {
		move(id, version, "petitions.replied", p -> p.reply(kind, text, on, settings, due));
	}

	@Override
	@Transactional
	public void requestReview(PetitionId id, LocalDate on) {
		requestReview(id, null, on);
	}

	@Transactional
	public void requestReview(PetitionId id, Integer version, LocalDate on) {
		move(id, version, "petitions.reviewRequested", p -> p.requestReview(on, settings, due));
	}

	@Override
	@Transactional
	public void decideReview(PetitionId id, String text, LocalDate on) {
		decideReview(id, null, text, on);
	}

	@Transactional
	public void decideReview(PetitionId id, Integer version, String text, LocalDate on) {
		move(id, version, "petitions.reviewed", p -> p.decideReview(text, on, settings, due));
	}

	@Transactional
	public void requestReReview(PetitionId id, Integer version, LocalDate on) {
		move(id, version, "petitions.reReviewRequested", p -> p.requestReReview(on, settings, due));
	}

	@Transactional
	public void decideReReview(PetitionId id, Integer version, String text, LocalDate on) {
		move(id, version, "petitions.reReviewed", p -> p.decideReReview(text, on));
	}

	@Override
	@Transactional
	public void close(PetitionId id, LocalDate on) {
		close(id, null, on);
	}

	@Transactional
	public void close(PetitionId id, Integer version, LocalDate on) {
		move(id, version, "petitions.closed", p -> p.close(on));
	}

	@Override
	@Transactional
	public void supervise(PetitionId id, String leader, LocalDate until, String note, LocalDate on) {
		supervise(id, null, leader, until, note, on);
	}

	@Transactional
	public void supervise(PetitionId id, Integer version, String leader, LocalDate until, String note, LocalDate on) {
		move(id, version, "petitions.supervised", p -> p.supervise(leader, until, note, on));
	}

	@Override
	public boolean mayOpen(org.springframework.security.core.Authentication reader) {
		return PetitionsOffice.is(reader);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PetitionMatter> byNumber(String number) {
		if (number == null || number.isBlank() || number.length() > 16) {
			return Optional.empty();
		}
		return store.findByNumber(number.strip()).map(p -> new PetitionMatter(p.id(), p.number(), p.subject(),
				p.category(), p.state().name()));
	}

	/**
	 * The petitioner's personal data, for the petitions office only (the caller checks); the view is
	 * written to the audit log.
	 */
	@Transactional
	public Petitioner viewPetitioner(PetitionId id, String why) {
		Petitioner who = store.petitioner(id);
		events.publishEvent(new AuditEvent("petitions.petitioner.viewed", "Petition", id.toString(), why, null, null));
		return who;
	}

	/**
	 * The petitioners of these petitions, for an export by the petitions office that says why; one
	 * audit entry names the reason and how many petitioners were read.
	 */
	@Transactional
	public Map<PetitionId, Petitioner> exportPetitioners(List<PetitionId> ids, String why) {
		Map<PetitionId, Petitioner> found = new LinkedHashMap<>();
		for (PetitionId id : ids) {
			found.put(id, store.petitioner(id));
		}
		events.publishEvent(new AuditEvent("petitions.petitioners.exported", "Petition", "export",
				why + " (" + ids.size() + ")", null, null));
		return found;
	}

	/** The petitioner's data masked (张*, 138****1234), as the office's lists show them; not logged. */
	@Transactional(readOnly = true)
	public Petitioner maskedPetitioner(PetitionId id) {
		return store.petitioner(id).masked();
	}

	private Petition move(PetitionId id, Integer version, String action, Consumer<Petition> change) {
		Petition p = store.find(id).orElseThrow(() -> new PetitionException("petitions.error.notFound", id.value()));
		if (version != null && version != p.version) {
			throw new org.springframework.dao.OptimisticLockingFailureException("petition " + id + " changed");
		}
		Map<String, Object> before = snapshot(p);
		change.accept(p);
		store.update(p);
		events.publishEvent(AuditEvent.changed(action, "Petition", p.id, p.number + " " + p.subject, before, snapshot(p)));
		events.publishEvent(new PetitionChanged(p.id()));
		return p;
	}

	/** What the audit log keeps of a petition: its course, never who brought it. */
	static Map<String, Object> snapshot(Petition p) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("state", p.state.name());
		s.put("route", p.route == null ? null : p.route.name());
		s.put("handlingBody", p.handlingBody);
		s.put("handlingDue", p.handlingDue == null ? null : p.handlingDue.toString());
		s.put("replyKind", p.replyKind == null ? null : p.replyKind.name());
		s.put("supervised", p.supervised);
		s.put("closedOn", p.closedOn == null ? null : p.closedOn.toString());
		return s;
	}

	private static boolean tooLong(String s, int max) {
		return s != null && s.strip().length() > max;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
