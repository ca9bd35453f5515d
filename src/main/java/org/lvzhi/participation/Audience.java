package org.lvzhi.participation;

/** Who may answer a questionnaire; message keys {@code participation.audience.<AUDIENCE>}. */
public enum Audience {
	/** Anybody with the link or QR code, once per device. */
	LINK,
	/** Only holders of a single-use code the office hands out, once per code. */
	CODES,
	/** Only signed-in members of the public, once per account. */
	SIGNED_IN
}
