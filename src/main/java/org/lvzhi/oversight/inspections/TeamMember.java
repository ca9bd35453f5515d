package org.lvzhi.oversight.inspections;

import org.springframework.modulith.NamedInterface;

/**
 * A member of an inspection team: a directory person (committee member, deputy, expert from the
 * directory) or an expert named in free text.
 *
 * @param personId the directory person, or {@code null} for a free-text expert
 * @param name the name as shown (taken from the directory when {@code personId} is set)
 * @param affiliation where an expert comes from, may be {@code null}
 */
@NamedInterface("inspections")
public record TeamMember(TeamRole role, Long personId, String name, String affiliation) {
}
