package org.lvzhi.petitions.handling;

import org.lvzhi.petitions.PetitionId;

/** A petition was registered, in its registration's transaction; only the module's own index listens. */
public record PetitionRegistered(PetitionId petition) {
}
