package org.lvzhi.suggestions;

import org.springframework.data.relational.core.mapping.Table;

/** An office taking part in the joint supervision (五办联动) of a key suggestion. */
@Table("suggestions_joint_office")
public record JointOffice(String office) {
}
