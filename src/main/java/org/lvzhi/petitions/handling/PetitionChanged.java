package org.lvzhi.petitions.handling;

import org.lvzhi.petitions.PetitionId;

/**
 * A petition moved on (routed, replied, reviewed, closed…), in the move's transaction; the
 * module's own index listens, so that the petition's state facet follows it.
 */
public record PetitionChanged(PetitionId petition) {
}
