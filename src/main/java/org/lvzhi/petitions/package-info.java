/**
 * Letters and visits from the public (信访): registration, routing within the statutory period,
 * handling, reply, review and re-review, supervision (督办). The petitioner's personal data stay
 * inside this module and are shown to the petitions office (信访局) only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Petitions")
package org.lvzhi.petitions;
