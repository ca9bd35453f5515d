package org.lvzhi.liaison;

import java.time.LocalDate;

/** A closed opinion was reopened (the constituent said it is not solved); it no longer counts as solved. */
public record OpinionReopened(OpinionId opinion, LocalDate reopenedOn) {
}
