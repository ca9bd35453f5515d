package org.lvzhi.participation.door;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lvzhi.meetings.SittingKind;
import org.lvzhi.meetings.Sittings;
import org.lvzhi.platform.PublicDoor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The next standing committee sitting, which the public may register to attend as listeners. */
@Component
class SittingsAtTheDoor implements PublicDoor {

	private final Sittings sittings;
	private final MessageSource messages;

	SittingsAtTheDoor(Sittings sittings, MessageSource messages) {
		this.sittings = sittings;
		this.messages = messages;
	}

	@Override
	public List<Invitation> openNow(LocalDate today) {
		return sittings.nextFrom(SittingKind.STANDING_COMMITTEE, today)
			.map(s -> new Invitation("participation.door.sitting",
					messages.getMessage("meetings.name." + s.kind(), new Object[] { s.term(), s.number() },
							LocaleContextHolder.getLocale()),
					s.heldOn(), "/public/meetings/" + s.id()))
			.stream().toList();
	}

	@Override
	public Optional<Submission> track(String code) {
		return Optional.empty();
	}
}
