/**
 * The public side of the stations, without an account: station pages, reception-day announcements,
 * the QR-code form an opinion is left through and the tracking of it by its code.
 */
package org.lvzhi.liaison.intake;
