package org.lvzhi.platform;

/**
 * What a rendered anonymous form carries ({@code templates/guard.html}): its one-time token, which
 * is also the challenge of the proof of work, and how many leading zero bits the work needs.
 */
public record FormGuard(String token, int difficulty) {
}
