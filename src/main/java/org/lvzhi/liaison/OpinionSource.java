package org.lvzhi.liaison;

/** How an opinion reached the station. */
public enum OpinionSource {
	/** Raised at a reception day. */
	RECEPTION,
	/** Left through a QR code's online form. */
	ONLINE,
	/** A petition's matter the petitions office handed to the station to follow up; no constituent named. */
	PETITION
}
