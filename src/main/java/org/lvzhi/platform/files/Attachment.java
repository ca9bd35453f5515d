package org.lvzhi.platform.files;

import java.time.OffsetDateTime;

/**
 * A stored file's description, without its bytes.
 *
 * @param contentType the type its bytes show, never the one the browser claimed
 * @param sha256 the hex SHA-256 of the bytes
 */
public record Attachment(long id, AttachmentOwner owner, String fileName, String contentType, long size,
		String sha256, OffsetDateTime createdAt) {

	/** The size as people read it: 12 KB, 3.4 MB. */
	public String sizeText() {
		if (size < 1024 * 1024) {
			return Math.max(1, Math.round(size / 1024.0)) + " KB";
		}
		return String.format(java.util.Locale.ROOT, "%.1f MB", size / 1024.0 / 1024.0);
	}
}
