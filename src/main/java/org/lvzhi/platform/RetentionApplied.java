package org.lvzhi.platform;

/**
 * Published by {@link RetentionJob} in the transaction of one rule that erased or anonymised
 * something: the audit log records it.
 */
public record RetentionApplied(String kind, int days, int records) {
}
