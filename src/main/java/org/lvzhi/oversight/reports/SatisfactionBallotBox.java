package org.lvzhi.oversight.reports;

import org.lvzhi.platform.SecretBallotBox;
import org.springframework.stereotype.Component;

/**
 * The choices of the open satisfaction votes on work reports, keyed by the report's id, in memory
 * until the vote closes (see {@link SecretBallotBox}).
 */
@Component
class SatisfactionBallotBox extends SecretBallotBox {
}
