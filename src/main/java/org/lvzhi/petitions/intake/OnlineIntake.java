package org.lvzhi.petitions.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lvzhi.petitions.NewPetition;
import org.lvzhi.petitions.PetitionKind;
import org.lvzhi.petitions.ReplyKind;
import org.lvzhi.petitions.handling.Petition;
import org.lvzhi.petitions.handling.PetitionMoves;
import org.lvzhi.petitions.handling.PetitionState;
import org.lvzhi.petitions.handling.PetitionStore;
import org.lvzhi.platform.files.Upload;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A petitioner without an account: sends a petition online and gets a tracking code; later reads,
 * with that code, where the petition stands and its reply, and nothing else of anybody.
 */
@Service
public class OnlineIntake {

	private final PetitionMoves moves;
	private final PetitionStore store;
	private final Clock clock;

	OnlineIntake(PetitionMoves moves, PetitionStore store, Clock clock) {
		this.moves = moves;
		this.store = store;
		this.clock = clock;
	}

	/** What the petitioner fills in. */
	public record Form(String name, String idNumber, String phone, String address, String subject, String matter,
			String category, String area) {
	}

	/** What the tracking page shows: the petition's course and reply, never who sent it. */
	public record Tracked(String number, String subject, LocalDate receivedOn, PetitionState state, ReplyKind replyKind,
			String replyText, LocalDate repliedOn, String reviewText, String reReviewText, LocalDate closedOn) {
	}

	/** @return the tracking code */
	@Transactional
	public String submit(Form f) {
		return submit(f, List.of());
	}

	/**
	 * Registers the petition with its files; the files are checked before anything is written.
	 * @return the tracking code
	 */
	@Transactional
	public String submit(Form f, List<MultipartFile> files) {
		List<Upload> uploads = moves.checkFiles(files);
		if (f.name() == null || f.name().isBlank()) {
			throw new org.lvzhi.petitions.handling.PetitionException("petitions.error.nameRequired");
		}
		if (f.phone() == null || f.phone().isBlank()) {
			throw new org.lvzhi.petitions.handling.PetitionException("petitions.error.phone");
		}
		Petition p = moves.registered(new NewPetition(PetitionKind.ONLINE, LocalDate.now(clock), 1, f.name(), f.idNumber(),
				f.phone(), f.address(), null, f.subject(), f.matter(), f.category(), f.area(), null), uploads);
		return p.trackingCode();
	}

	@Transactional(readOnly = true)
	public Optional<Tracked> track(String code) {
		return store.findByTrackingCode(code).map(p -> new Tracked(p.number(), p.subject(), p.receivedOn(), p.state(),
				p.replyKind(), p.replyText(), p.repliedOn(), p.reviewText(), p.reReviewText(), p.closedOn()));
	}
}
