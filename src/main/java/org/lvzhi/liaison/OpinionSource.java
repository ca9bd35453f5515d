package org.lvzhi.liaison;

/** How an opinion reached the station. */
public enum OpinionSource {
	/** Raised at a reception day. */
	RECEPTION,
	/** Left through a QR code's online form. */
	ONLINE
}
