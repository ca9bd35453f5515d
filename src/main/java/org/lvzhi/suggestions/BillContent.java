package org.lvzhi.suggestions;

/**
 * What the lead deputy writes in a bill (议案).
 *
 * @param title 案由: what the bill is about
 * @param grounds 案据: why it is needed
 * @param proposal 方案: what should be done
 * @param year the session year; {@code null} means the year of the day it is drafted
 */
public record BillContent(String title, String grounds, String proposal, Integer year) {
}
