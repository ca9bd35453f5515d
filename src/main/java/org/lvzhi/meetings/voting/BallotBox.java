package org.lvzhi.meetings.voting;

import org.lvzhi.platform.SecretBallotBox;
import org.springframework.stereotype.Component;

/**
 * The meetings' secret ballots of the open rounds, kept in memory only until the round closes (see
 * {@link SecretBallotBox}); if the application stopped during a round, the round cannot close: it
 * is voided and held again.
 */
@Component
class BallotBox extends SecretBallotBox {
}
